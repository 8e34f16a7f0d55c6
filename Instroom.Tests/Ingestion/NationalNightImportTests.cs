using System.Diagnostics;
using Instroom.Data.Indicators;
using Instroom.Data.Storage;
using Instroom.Jobs.Import;
using Instroom.Tests.Ingestion.Support;
using Instroom.Tests.Support;
using Xunit.Abstractions;

namespace Instroom.Tests.Ingestion;

/// <summary>
/// A night at national scale: two national GIs with every indicator for every gemeente and measure, and the Raad —
/// close to 90,000 figure rows. The time is written to the test output for the design note; nothing asserts on it.
/// </summary>
public sealed class NationalNightImportTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_OfANationalNight_StoresEveryFigureOfEveryDelivery(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var deliveries = new[]
        {
            NationalNight.Gi("GI-LDH", "a1b2c3d4-0000-4000-8000-000000000001", Measure.All),
            NationalNight.Gi("GI-WSG", "a1b2c3d4-0000-4000-8000-000000000002", Measure.All),
            NationalNight.Raad("a1b2c3d4-0000-4000-8000-000000000003"),
        };
        var payloads = deliveries.Select(d => (d.Source, Payload: DeliveryPayload.Json(d))).ToList();

        var watch = Stopwatch.StartNew();
        var results = new List<ImportResult>();
        foreach (var (source, payload) in payloads)
        {
            results.Add(await context.ImportAsync(source, payload));
        }

        watch.Stop();

        Assert.All(results, result => Assert.Equal(ImportOutcome.Imported, result.Outcome));
        var rows = deliveries.Sum(NationalNight.RowCount);
        Assert.Equal(rows, await context.CountAsync("figure"));
        Assert.Equal(0, await context.DeliveriesWithMissingFiguresAsync());
        output.WriteLine($"{provider}: {rows} figure rows in {payloads.Sum(p => p.Payload.Length) / 1024} KiB of JSON imported in {watch.ElapsedMilliseconds} ms");
    }
}
