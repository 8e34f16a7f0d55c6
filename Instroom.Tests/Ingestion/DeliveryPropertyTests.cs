using CsCheck;
using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Import;
using Instroom.Tests.Ingestion.Support;
using Instroom.Tests.Support;

namespace Instroom.Tests.Ingestion;

/// <summary>
/// Properties over generated deliveries: the two forms store the same figures, and a damaged delivery is either
/// refused with a reason or imported whole — never half, never with an exception.
/// </summary>
public sealed class DeliveryPropertyTests
{
    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task AnyValidDelivery_StoresTheSameFigures_ThroughJsonAndThroughCsv(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);

        await DeliveryGenerators.Valid(context.Clock).SampleAsync(async document =>
        {
            var json = await ImportAsync(context, document, DeliveryFormat.Json);
            var csv = await ImportAsync(context, document, DeliveryFormat.Csv);

            Assert.Equal((ImportOutcome.Imported, ImportOutcome.Imported), (json.Outcome, csv.Outcome));
            var expected = DeliveryPayload.ExpectedRows(document);
            Assert.Equal(expected, await context.FiguresAsync(json.LeveringId!));
            Assert.Equal(expected, await context.FiguresAsync(csv.LeveringId!));
        }, iter: 120, threads: 1, print: Describe);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task AnyDamagedDelivery_IsRefusedWithAReason_OrImportedWhole(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var outcomes = new Dictionary<ImportOutcome, int>();
        var damaged =
            from document in DeliveryGenerators.Valid(context.Clock)
            from format in Gen.OneOf(DeliveryFormat.Json, DeliveryFormat.Csv)
            from mutation in DeliveryMutations.For(format)
            select (document, format, mutation);

        await damaged.SampleAsync(async sample =>
        {
            var (document, format, mutation) = sample;
            var deliveriesBefore = await context.CountAsync("delivery");
            var figuresBefore = await context.CountAsync("figure");
            var payload = mutation.Apply(DeliveryPayload.Write(document with { LeveringId = Guid.NewGuid().ToString() }, format));

            var result = await context.Importer.ImportAsync(new ImportRequest(document.Source, payload, format, "cli"));

            outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
            Assert.Contains(result.Outcome, new[] { ImportOutcome.Imported, ImportOutcome.Rejected });
            if (result.Outcome == ImportOutcome.Rejected)
            {
                Assert.NotEmpty(result.Reasons);
                Assert.All(result.Reasons, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
                Assert.Equal((deliveriesBefore, figuresBefore), (await context.CountAsync("delivery"), await context.CountAsync("figure")));
            }
            else
            {
                Assert.Equal(figuresBefore + result.FigureCount, await context.CountAsync("figure"));
            }

            Assert.Equal(0, await context.DeliveriesWithMissingFiguresAsync());
        }, iter: 200, threads: 1, print: sample => $"{sample.format} {sample.mutation}: {Describe(sample.document)}");

        // Guards the property itself: damage that never gets refused would mean the mutations do nothing.
        Assert.True(outcomes.GetValueOrDefault(ImportOutcome.Rejected) > 50, string.Join(", ", outcomes));
    }

    [Fact]
    public void AnyBytes_AreParsedOrRefused_WithoutAnException() =>
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            foreach (var format in new[] { DeliveryFormat.Json, DeliveryFormat.Csv })
            {
                var result = DeliveryParser.Parse(bytes, format, DeliveryLimits.Default);
                Assert.True(result.Succeeded || result.Reasons.Count > 0);
            }
        }, iter: 2000);

    private static Task<ImportResult> ImportAsync(ImportTestContext context, DeliveryDocument document, DeliveryFormat format) =>
        context.Importer.ImportAsync(new ImportRequest(document.Source,
            DeliveryPayload.Write(document with { LeveringId = Guid.NewGuid().ToString() }, format), format, "cli"));

    private static string Describe(DeliveryDocument document) =>
        System.Text.Encoding.UTF8.GetString(DeliveryPayload.Json(document));
}
