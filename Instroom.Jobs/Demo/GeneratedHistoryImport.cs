using System.Diagnostics;
using Instroom.Data.Calendar;
using Instroom.Data.Status;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Import;
using NodaTime;

namespace Instroom.Jobs.Demo;

/// <summary>
/// <c>genereer --importeer</c>: the generator's deliveries imported straight into the configured database instead of
/// written as files — every source, every peildatum, through <see cref="NightImporter"/> (parse, validate, one
/// transaction per night) with the backfill trigger, an inconsistent first version before its correction as the
/// source would send them — and the statuses of each week computed as soon as its nights are written. For benchmarks and load tests.
/// </summary>
public sealed class GeneratedHistoryImport(DemoLandscapeQueries landscapes, NightImporter importer, RegionStatusRecomputer statuses)
{
    public async Task<GeneratedHistorySummary> RunAsync(DeliverySimulator simulator, GenerationRequest request, Action<int, int>? nightDone = null,
        CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var landscape = await landscapes.LoadAsync(cancellationToken);
        var dates = request.Peildata().ToList();
        var statusWeeks = new StatusesBehindImport(statuses, dates, cancellationToken);
        NightImportSummary imported;
        try
        {
            imported = await importer.ImportNightsAsync(dates.Select(date => Night(landscape, simulator, request, date)), night =>
            {
                nightDone?.Invoke(night + 1, dates.Count);
                return statusWeeks.NightWrittenAsync(night);
            }, cancellationToken);
        }
        finally
        {
            await statusWeeks.CompleteAsync();
        }

        var importTime = stopwatch.Elapsed;
        var weeks = await statusWeeks.CompleteAsync();
        return new GeneratedHistorySummary(dates.Count, imported, weeks.Count, importTime, stopwatch.Elapsed - importTime);
    }

    private static readonly int[] FirstOnly = [1];
    private static readonly int[] FirstAndCorrection = [1, 2];
    private static readonly int[] CorrectionOnly = [2];

    private static List<ImportRequest> Night(DemoLandscape landscape, DeliverySimulator simulator, GenerationRequest request, LocalDate date) =>
        landscape.SourcesOn(date).AsParallel().AsOrdered().SelectMany(source =>
        {
            var invalid = simulator.BehaviourOf(source.Code, date).Kind == DemoBehaviourKind.Invalid;
            var versions = invalid ? (request.IncludeInvalid ? FirstAndCorrection : CorrectionOnly) : FirstOnly;
            return versions.Select(version => new ImportRequest(source.Code, simulator.Simulate(source, date, version).ToJson(), DeliveryFormat.Json,
                ImportRequest.HistoricTrigger, ExpectedReferenceDate: date));
        }).ToList();
}

public sealed record GeneratedHistorySummary(int Nights, NightImportSummary Import, int Weeks, TimeSpan ImportTime, TimeSpan StatusTime);
