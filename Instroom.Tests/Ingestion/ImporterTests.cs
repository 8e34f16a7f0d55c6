using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Import;
using Instroom.Tests.Ingestion.Support;
using Instroom.Tests.Support;
using NodaTime;

namespace Instroom.Tests.Ingestion;

/// <summary>The importer on a real database: stored once, no-op on a known leveringId, corrections, quarantine.</summary>
public sealed class ImporterTests
{
    /// <summary>
    /// The stored rows of docs/contract/voorbeelden/geldig-gi.json: its 78 values less the 16 empty histogram classes,
    /// which are not stored.
    /// </summary>
    internal const int ExampleRows = 62;

    private static readonly ContractExample GiExample = ContractExamples.Get("geldig-gi.json");

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_StoresAValidDeliveryOnce_WithEveryFigure(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var payload = GiExample.ReadBytes();

        var result = await context.ImportAsync("GI-JBBRA", payload, fileName: "geldig-gi.json");

        // 30 entries: 8 histograms of 7 classes and 22 single values.
        Assert.Equal((ImportOutcome.Imported, "3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10", (LocalDate?)ImportTestContext.Peildatum, ExampleRows),
            (result.Outcome, result.LeveringId, result.ReferenceDate, result.FigureCount));
        Assert.Empty(result.Reasons);
        var delivery = Assert.Single(await context.DeliveriesAsync());
        Assert.Equal(("GI-JBBRA", "3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10", ImportTestContext.Peildatum, "2026-11-23T01:12:09+01:00", "json"),
            (delivery.Source, delivery.LeveringId, delivery.ReferenceDate, delivery.CreatedAt, delivery.Format));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(payload)), delivery.PayloadSha256);
        Assert.Equal((ExampleRows, (Instant?)null, result.ImportRunId), (delivery.FigureCount, delivery.SupersededAt, delivery.ImportRunId));
        Assert.Equal(ExampleRows, await context.CountAsync("figure"));

        var run = Assert.Single(await context.RunsAsync());
        Assert.Equal(("GI-JBBRA", "geimporteerd", "cli", 1, (int?)ExampleRows, delivery.LeveringId),
            (run.Source, run.Outcome, run.TriggerKind, run.Attempt, run.FigureCount, run.LeveringId));
        Assert.Equal(ImportTestContext.Now, run.StartedAt);
        Assert.Equal(0, await context.CountAsync("quarantine"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_StoresHistogramsAsClassRows_AndOrganisationFiguresOnTheNation(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var result = await context.ImportAsync("GI-JBBRA", GiExample.ReadBytes());

        var figures = await context.FiguresAsync(result.LeveringId!);

        Assert.Contains(new StoredFigure("GM0796", "instroomlijst", "OTS", "", 23), figures);
        // The example's histogram 4/3/5/6/3/2/0: its empty class 183+ is not stored (a class without a row is zero).
        Assert.Equal([4m, 3m, 5m, 6m, 3m, 2m, 0m],
            Data.Indicators.WaitingTimeClass.All.Select(c => figures.SingleOrDefault(f => f is { Area: "GM0796", Indicator: "instroomlijst-wachtduur", Measure: "OTS" } && f.Class == c.Code)?.Value ?? 0m));
        Assert.DoesNotContain(figures, f => f.Class.Length > 0 && f.Value == 0);
        Assert.Contains(new StoredFigure("NL", "verzuim-percentage", "", "", 7.4m), figures);
        Assert.Contains(new StoredFigure("NL", "vacatures-fte", "", "", 12), figures);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_IsNoOp_WhenLeveringIdWasSeen(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var first = await context.ImportAsync("GI-JBBRA", GiExample.ReadBytes());
        context.Clock.AdvanceHours(24);

        var again = await context.ImportAsync("GI-JBBRA", GiExample.ReadBytes());

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal((first.LeveringId, first.ReferenceDate, ExampleRows), (again.LeveringId, again.ReferenceDate, again.FigureCount));
        Assert.Equal("leveringId 3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10 is al ontvangen op 2026-11-23 08:00; er is niets gewijzigd", Assert.Single(again.Reasons));
        Assert.Single(await context.DeliveriesAsync());
        Assert.Equal(ExampleRows, await context.CountAsync("figure"));
        Assert.Equal(["geimporteerd", "ongewijzigd"], (await context.RunsAsync()).Select(r => r.Outcome));
        Assert.NotEqual(first.ImportRunId, again.ImportRunId);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_IsNoOp_ButSaysSo_WhenAKnownLeveringIdComesWithOtherContent(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        await context.ImportAsync("GI-JBBRA", GiExample.ReadBytes());
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(GiExample.ReadBytes()).Replace("\"waarde\": 412", "\"waarde\": 413", StringComparison.Ordinal));

        var again = await context.ImportAsync("GI-JBBRA", changed);

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.EndsWith("De inhoud wijkt af van de eerdere levering: stuur een correctie met een nieuwe leveringId", Assert.Single(again.Reasons), StringComparison.Ordinal);
        Assert.DoesNotContain(new StoredFigure("GM0796", "lopende-maatregelen", "OTS", "", 413), await context.FiguresAsync(again.LeveringId!));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_TreatsALeveringIdInCapitals_AsTheSameDelivery(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        await context.ImportAsync("GI-JBBRA", GiExample.ReadBytes());
        var upper = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(GiExample.ReadBytes())
            .Replace("3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10", "3F0D8A4E-6C1B-4A57-9A5E-2F6F1D7C9B10", StringComparison.Ordinal));

        Assert.Equal(ImportOutcome.Unchanged, (await context.ImportAsync("GI-JBBRA", upper)).Outcome);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_Correction_SupersedesTheEarlierDelivery_AndKeepsItsHistory(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var original = await context.ImportAsync("GI-JBBRA", GiExample.ReadBytes());
        context.Clock.AdvanceHours(5);
        var corrected = Correction(GiExample.ReadBytes(), "6b1f9c2e-8d4a-4f3b-9e7c-1a2b3c4d5e6f", from: "\"waarde\": 412", to: "\"waarde\": 415");

        var correction = await context.ImportAsync("GI-JBBRA", corrected);

        Assert.Equal(ImportOutcome.Imported, correction.Outcome);
        var deliveries = await context.DeliveriesAsync();
        Assert.Equal([original.LeveringId, correction.LeveringId], deliveries.Select(d => d.LeveringId));
        Assert.Equal(ImportTestContext.Now.Plus(Duration.FromHours(5)), deliveries[0].SupersededAt);
        Assert.Equal(deliveries[1].DeliveryId, deliveries[0].SupersededBy);
        Assert.Equal(((Instant?)null, (long?)null), (deliveries[1].SupersededAt, deliveries[1].SupersededBy));
        Assert.Equal(1, await context.ScalarAsync<int>("SELECT COUNT(*) FROM delivery WHERE superseded_at IS NULL"));
        Assert.Contains(new StoredFigure("GM0796", "lopende-maatregelen", "OTS", "", 412), await context.FiguresAsync(original.LeveringId!));
        Assert.Contains(new StoredFigure("GM0796", "lopende-maatregelen", "OTS", "", 415), await context.FiguresAsync(correction.LeveringId!));
        Assert.Equal(ExampleRows * 2, await context.CountAsync("figure"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_SecondCorrection_SupersedesOnlyTheCurrentDelivery(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        await context.ImportAsync("GI-JBBRA", GiExample.ReadBytes());
        await context.ImportAsync("GI-JBBRA", Correction(GiExample.ReadBytes(), "6b1f9c2e-8d4a-4f3b-9e7c-1a2b3c4d5e6f"));
        context.Clock.AdvanceHours(1);

        await context.ImportAsync("GI-JBBRA", Correction(GiExample.ReadBytes(), "0c9d8e7f-6a5b-4c3d-8e1f-2a3b4c5d6e7f"));

        var deliveries = await context.DeliveriesAsync();
        Assert.Equal([deliveries[1].DeliveryId, deliveries[2].DeliveryId, (long?)null], deliveries.Select(d => d.SupersededBy));
        Assert.Equal(ImportTestContext.Now, deliveries[0].SupersededAt);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_Rejected_GoesToQuarantineWithItsRawBytes_AndNothingIsCounted(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var example = ContractExamples.Get("ongeldig-instroomlijst-groter-dan-lopend.json");
        var payload = example.ReadBytes();

        var result = await context.ImportAsync("GI-JBBRA", payload, fileName: "/landing/GI-JBBRA/" + example.FileName);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Equal(["cijfers[17]: indicator 'instroomlijst' voor GM0796/OTS is 31, groter dan 'lopende-maatregelen' (24)"], result.Reasons);
        Assert.Equal((0, "eeeacbe2-26e8-4555-9790-f82ec1d3fcff", (LocalDate?)ImportTestContext.Peildatum), (result.FigureCount, result.LeveringId, result.ReferenceDate));
        var quarantined = Assert.Single(await context.QuarantineAsync());
        Assert.Equal(payload, quarantined.Payload);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(payload)), quarantined.PayloadSha256);
        Assert.Equal(result.Reasons, JsonSerializer.Deserialize<string[]>(quarantined.Reasons));
        Assert.Equal(("GI-JBBRA", result.ImportRunId, "eeeacbe2-26e8-4555-9790-f82ec1d3fcff", (LocalDate?)ImportTestContext.Peildatum, "json", example.FileName),
            (quarantined.Source, quarantined.ImportRunId, quarantined.LeveringId, quarantined.ReferenceDate, quarantined.Format, quarantined.FileName));
        var run = Assert.Single(await context.RunsAsync());
        Assert.Equal(("afgekeurd", result.Reasons[0], (int?)null), (run.Outcome, run.Message, run.FigureCount));
        Assert.Equal(0, await context.CountAsync("delivery"));
        Assert.Equal(0, await context.CountAsync("figure"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_Rejected_KeepsWhatCouldBeRead_OfAnUnparsableDelivery(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var payload = ContractExamples.Get("ongeldig-veldaantal.csv").ReadBytes();

        var result = await context.ImportAsync("GI-JBBRA", payload, DeliveryFormat.Csv);

        var quarantined = Assert.Single(await context.QuarantineAsync());
        Assert.Equal(("csv", (LocalDate?)ImportTestContext.Peildatum, (string?)null), (quarantined.Format, quarantined.ReferenceDate, quarantined.FileName));
        Assert.NotNull(quarantined.LeveringId);
        Assert.Equal(quarantined.LeveringId, result.LeveringId);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_SameRejectedPayloadTwice_KeepsOneQuarantineRow_AndRecordsBothRuns(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var payload = ContractExamples.Get("ongeldig-verdeling-som.json").ReadBytes();

        var first = await context.ImportAsync("GI-JBBRA", payload);
        context.Clock.AdvanceHours(24);
        var second = await context.ImportAsync("GI-JBBRA", payload);

        Assert.Equal([ImportOutcome.Rejected, ImportOutcome.Rejected], new[] { first.Outcome, second.Outcome });
        Assert.Equal(first.ImportRunId, Assert.Single(await context.QuarantineAsync()).ImportRunId);
        Assert.Equal(["afgekeurd", "afgekeurd"], (await context.RunsAsync()).Select(r => r.Outcome));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_OfTheSameBrokenPayloadForAnotherSource_IsQuarantinedForThatSourceToo(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var payload = ContractExamples.Get("ongeldig-kopregel.csv").ReadBytes();

        await context.ImportAsync("GI-JBBRA", payload, DeliveryFormat.Csv);
        await context.ImportAsync("GI-JBN", payload, DeliveryFormat.Csv);

        Assert.Equal(["GI-JBBRA", "GI-JBN"], (await context.QuarantineAsync()).Select(q => q.Source));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_RejectsALeveringIdThatAnotherSourceUsed(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        await context.ImportAsync("GI-JBBRA", GiExample.ReadBytes());
        var sameId = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(ContractExamples.Get("geldig-vt.json").ReadBytes())
            .Replace(JsonLeveringId(ContractExamples.Get("geldig-vt.json").ReadBytes()), "3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10", StringComparison.Ordinal));

        var result = await context.ImportAsync("VT-27", sameId);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Equal(["leveringId: 3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10 is al gebruikt voor een andere bron of peildatum; elke aanlevering heeft een eigen leveringId"],
            result.Reasons);
        Assert.Single(await context.DeliveriesAsync());
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_OfAnUnknownSource_Throws_AndRecordsNothing(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);

        var exception = await Assert.ThrowsAsync<UnknownSourceException>(() => context.ImportAsync("GI-ONBEKEND", GiExample.ReadBytes()));

        Assert.Equal("Bron 'GI-ONBEKEND' is niet geregistreerd in Instroom (tabel source).", exception.Message);
        Assert.Equal(0, await context.CountAsync("import_run"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_RejectsADeliveryForAnotherPeildatumThanAskedFor(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);

        var result = await context.Importer.ImportAsync(new ImportRequest("GI-JBBRA", GiExample.ReadBytes(), DeliveryFormat.Json, "schema", Attempt: 3,
            ExpectedReferenceDate: new LocalDate(2026, 11, 21)));

        Assert.Equal(["peildatum: 2026-11-22 is niet de gevraagde peildatum 2026-11-21"], result.Reasons);
        Assert.Equal(("schema", 3), (Assert.Single(await context.RunsAsync()).TriggerKind, Assert.Single(await context.RunsAsync()).Attempt));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_RejectsADeliveryOfASourceThatHasStopped(DatabaseProvider provider)
    {
        // Briedis lost its certificate in 2021; a delivery for a peildatum after that is not taken in.
        await using var context = await ImportTestContext.CreateAsync(provider);
        var payload = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(GiExample.ReadBytes()).Replace("GI-JBBRA", "GI-BRIEDIS", StringComparison.Ordinal));

        var result = await context.ImportAsync("GI-BRIEDIS", payload);

        Assert.Equal(["peildatum: bron GI-BRIEDIS levert alleen voor peildata van 2018-01-01 tot 2021-10-12, niet voor 2026-11-22"], result.Reasons);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_FromTwoProcessesAtOnce_LeavesExactlyOneCurrentDelivery(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var one = context.CreateImporter(context.OpenAnotherHandle());
        var two = context.CreateImporter(context.OpenAnotherHandle());
        var correction = Correction(GiExample.ReadBytes(), "6b1f9c2e-8d4a-4f3b-9e7c-1a2b3c4d5e6f");

        var results = await Task.WhenAll(
            Task.Run(() => one.ImportAsync(new ImportRequest("GI-JBBRA", GiExample.ReadBytes(), DeliveryFormat.Json, "schema"))),
            Task.Run(() => two.ImportAsync(new ImportRequest("GI-JBBRA", correction, DeliveryFormat.Json, "handmatig"))));

        Assert.All(results, result => Assert.Equal(ImportOutcome.Imported, result.Outcome));
        var deliveries = await context.DeliveriesAsync();
        Assert.Equal(2, deliveries.Count);
        var current = Assert.Single(deliveries, d => d.SupersededAt is null);
        Assert.Equal(current.DeliveryId, Assert.Single(deliveries, d => d.SupersededAt is not null).SupersededBy);
        Assert.Equal(2, (await context.RunsAsync()).Count);
        Assert.Equal(0, await context.DeliveriesWithMissingFiguresAsync());
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_OfTheSameDeliveryFromTwoProcessesAtOnce_StoresItOnce(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var one = context.CreateImporter(context.OpenAnotherHandle());
        var two = context.CreateImporter(context.OpenAnotherHandle());

        var results = await Task.WhenAll(
            Task.Run(() => one.ImportAsync(new ImportRequest("GI-JBBRA", GiExample.ReadBytes(), DeliveryFormat.Json, "schema"))),
            Task.Run(() => two.ImportAsync(new ImportRequest("GI-JBBRA", GiExample.ReadBytes(), DeliveryFormat.Json, "inhaal"))));

        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Unchanged], results.Select(r => r.Outcome).Order());
        Assert.Single(await context.DeliveriesAsync());
        Assert.Equal(ExampleRows, await context.CountAsync("figure"));
        Assert.Equal(["geimporteerd", "ongewijzigd"], (await context.RunsAsync()).Select(r => r.Outcome).Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task RunLog_RecordsAttemptsThatBroughtNoPayload(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var log = new ImportRunLog(context.Database, context.Clock);

        var notYet = await log.RecordAsync("RAAD", ImportTestContext.Peildatum, "schema", 1, ImportOutcome.NotYetAvailable, null);
        var failed = await log.RecordAsync("VT-27", null, "inhaal", 2, ImportOutcome.Failed, "HTTP 503 van de bron");

        var runs = await context.RunsAsync();
        Assert.Equal([notYet, failed], runs.Select(r => r.ImportRunId));
        Assert.Equal(("RAAD", (LocalDate?)ImportTestContext.Peildatum, "nog-niet-beschikbaar", (string?)null), (runs[0].Source, runs[0].ReferenceDate, runs[0].Outcome, runs[0].Message));
        Assert.Equal(("VT-27", (LocalDate?)null, "mislukt", "HTTP 503 van de bron", 2), (runs[1].Source, runs[1].ReferenceDate, runs[1].Outcome, runs[1].Message, runs[1].Attempt));
        await Assert.ThrowsAsync<UnknownSourceException>(() => log.RecordAsync("GEEN", null, "schema", 1, ImportOutcome.Failed, null));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_InBatchesOfRows_StoresTheSameFiguresAsRowByRow(DatabaseProvider provider)
    {
        // SQL Server inserts 100 rows per command, SQLite one; both ways run here on the database at hand.
        await using var context = await ImportTestContext.CreateAsync(provider);
        var document = NationalNight.Gi("GI-JBBRA", "7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9", [Data.Indicators.Measure.Vots]);
        var rowByRow = context.CreateImporter(context.Database);
        rowByRow.FigureRowsPerCommand = 1;
        var batched = context.CreateImporter(context.Database);
        batched.FigureRowsPerCommand = 100;

        var one = await rowByRow.ImportAsync(new ImportRequest("GI-JBBRA", DeliveryPayload.Json(document), DeliveryFormat.Json, "cli"));
        var other = await batched.ImportAsync(new ImportRequest("GI-JBBRA",
            DeliveryPayload.Json(document with { LeveringId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" }), DeliveryFormat.Json, "cli"));

        Assert.NotEqual(0, NationalNight.RowCount(document) % 100);
        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Imported], new[] { one.Outcome, other.Outcome });
        Assert.Equal(DeliveryPayload.ExpectedRows(document), await context.FiguresAsync(one.LeveringId!));
        Assert.Equal(DeliveryPayload.ExpectedRows(document), await context.FiguresAsync(other.LeveringId!));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void FigureInsert_ParsesAsTransactSql(int rows) =>
        Assert.Empty(Foundation.TransactSqlStatements.ParseErrors(DeliveryStore.InsertFiguresSql(rows)));

    [Theory]
    [InlineData(ImportOutcome.Imported, "geimporteerd", "geïmporteerd")]
    [InlineData(ImportOutcome.Unchanged, "ongewijzigd", "ongewijzigd")]
    [InlineData(ImportOutcome.Rejected, "afgekeurd", "afgekeurd")]
    [InlineData(ImportOutcome.Failed, "mislukt", "mislukt")]
    [InlineData(ImportOutcome.NotYetAvailable, "nog-niet-beschikbaar", "nog niet beschikbaar")]
    public void Outcome_HasTheDatabaseCodeAndTheDutchLabel(ImportOutcome outcome, string code, string label)
    {
        Assert.Equal((code, label), (ImportOutcomes.Code(outcome), ImportOutcomes.Label(outcome)));
        Assert.Equal(outcome, ImportOutcomes.FromCode(code));
    }

    internal static byte[] Correction(byte[] payload, string leveringId, string? from = null, string? to = null)
    {
        var text = Encoding.UTF8.GetString(payload).Replace(JsonLeveringId(payload), leveringId, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(from is null ? text : text.Replace(from, to, StringComparison.Ordinal));
    }

    private static string JsonLeveringId(byte[] payload) => JsonDocument.Parse(payload).RootElement.GetProperty("leveringId").GetString()!;
}
