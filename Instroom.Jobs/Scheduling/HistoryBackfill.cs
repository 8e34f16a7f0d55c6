using System.Diagnostics;
using Dapper;
using Instroom.Data.Calendar;
using Instroom.Data.Status;
using Instroom.Data.Storage;
using Instroom.Jobs.Import;
using Instroom.Jobs.Sources;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Instroom.Jobs.Scheduling;

/// <summary>
/// Fills an empty database with history: the Sunday peildatum of each of the last <c>weeks</c> ISO weeks plus every day
/// of the recent days, for every pullable source, through the real connectors and importer. Used on the first start of
/// the embedded default (demo sources) so trend charts mean something; the dashboard stays usable while it runs.
/// Newest first, with each week's statuses computed as soon as its nights are in: the current week is complete within
/// seconds of the first start, and history fills in behind it.
/// </summary>
public sealed class HistoryBackfill(
    InstroomDatabase database,
    SourceConnections sources,
    PullHistory history,
    HttpSourceConnector http,
    ImportRunLog runLog,
    NightImporter nights,
    RegionStatusRecomputer statuses,
    IClock clock,
    ILogger<HistoryBackfill> logger)
{
    public async Task<bool> IsNeededAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountDeliveriesSql, cancellationToken: cancellationToken)) == 0;
    }

    /// <summary>The peildata to fill, oldest first: one Sunday per past week, then each of the last <paramref name="recentDays"/> days.</summary>
    public static IReadOnlyList<LocalDate> ReferenceDates(LocalDate today, int weeks, int recentDays)
    {
        var yesterday = today.PlusDays(-1);
        var lastSunday = IsoWeek.Of(yesterday).Sunday > yesterday ? IsoWeek.Of(yesterday).Previous.Sunday : IsoWeek.Of(yesterday).Sunday;
        var dates = new SortedSet<LocalDate>();
        for (var i = 0; i < weeks; i++)
        {
            dates.Add(lastSunday.PlusWeeks(-i));
        }

        for (var i = 0; i < recentDays; i++)
        {
            dates.Add(yesterday.PlusDays(-i));
        }

        return dates.ToList();
    }

    /// <summary>
    /// Fetches night after night, newest first (every source of a peildatum in parallel over its connector), while
    /// <see cref="NightImporter"/> parses, validates and writes the nights already fetched — one transaction per night —
    /// and <see cref="StatusesBehindImport"/> computes the statuses of each week whose nights are all written.
    /// </summary>
    public async Task<BackfillSummary> RunAsync(int weeks, int recentDays, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var dates = ReferenceDates(clock.Today(), weeks, recentDays).Reverse().ToList();
        var pullable = (await sources.AllAsync(cancellationToken)).Where(s => s.CanBePulled && s.Connector == SourceConnectors.Http).ToList();
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<ImportOutcome, int>();
        var statusWeeks = new StatusesBehindImport(statuses, dates, cancellationToken);
        NightImportSummary imported;
        try
        {
            imported = await nights.ImportNightsAsync(FetchNightsAsync(dates, pullable, outcomes, cancellationToken), async night =>
            {
                await statusWeeks.NightWrittenAsync(night);
                if ((night + 1) % 10 == 0 || night + 1 == dates.Count)
                {
                    logger.LogInformation("History backfill: {Done}/{Total} peildata imported (back to {Peildatum}), {Seconds:0} s", night + 1,
                        dates.Count, dates[night].ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), stopwatch.Elapsed.TotalSeconds);
                }
            }, cancellationToken);
        }
        finally
        {
            await statusWeeks.CompleteAsync();
        }

        foreach (var result in imported.Results)
        {
            outcomes.AddOrUpdate(result.Outcome, 1, (_, count) => count + 1);
        }

        var computed = await statusWeeks.CompleteAsync();
        return new BackfillSummary(dates, outcomes, (int)imported.Figures, computed.Count, stopwatch.Elapsed);
    }

    /// <summary>
    /// The nights in order, each fetched while the ones before it are still parsed and written: up to
    /// <see cref="NightsFetchedAhead"/> nights are in flight, so the writer never waits for a source's answer.
    /// </summary>
    private async IAsyncEnumerable<IReadOnlyList<ImportRequest>> FetchNightsAsync(IReadOnlyList<LocalDate> dates, IReadOnlyList<SourceConnection> pullable,
        System.Collections.Concurrent.ConcurrentDictionary<ImportOutcome, int> outcomes,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var inFlight = new Queue<Task<IReadOnlyList<ImportRequest>>>();
        try
        {
            foreach (var date in dates)
            {
                inFlight.Enqueue(FetchNightAsync(date, pullable, outcomes, cancellationToken));
                if (inFlight.Count > NightsFetchedAhead)
                {
                    yield return await inFlight.Dequeue();
                }
            }

            while (inFlight.Count > 0)
            {
                yield return await inFlight.Dequeue();
            }
        }
        finally
        {
            // Stopped early (cancelled, or the import failed): let the fetches still running end before leaving.
            await Task.WhenAll(inFlight).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<IReadOnlyList<ImportRequest>> FetchNightAsync(LocalDate date, IReadOnlyList<SourceConnection> pullable,
        System.Collections.Concurrent.ConcurrentDictionary<ImportOutcome, int> outcomes, CancellationToken cancellationToken)
    {
        var requests = new System.Collections.Concurrent.ConcurrentBag<(int Order, ImportRequest Request)>();
        var active = pullable.Where(s => s.IsActiveOn(date)).ToList();
        await Parallel.ForAsync(0, active.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = FetchesAtOnce },
            async (index, token) =>
            {
                var source = active[index];
                if (await history.HasCurrentDeliveryAsync(source.SourceId, date, token))
                {
                    return;
                }

                switch (await http.FetchAsync(source, date, token))
                {
                    case FetchResult.Delivered delivered:
                        requests.Add((index, new ImportRequest(source.Code, delivered.Payload, delivered.Format, PullTriggers.Backfill, 1, date,
                            delivered.FileName)));
                        break;
                    case FetchResult.NotYetAvailable:
                        await runLog.RecordAsync(source.Code, date, PullTriggers.Backfill, 1, ImportOutcome.NotYetAvailable, null, token);
                        outcomes.AddOrUpdate(ImportOutcome.NotYetAvailable, 1, (_, count) => count + 1);
                        break;
                    case FetchResult.TransportFailed failed:
                        await runLog.RecordAsync(source.Code, date, PullTriggers.Backfill, 1, ImportOutcome.Failed, failed.Reason, token);
                        outcomes.AddOrUpdate(ImportOutcome.Failed, 1, (_, count) => count + 1);
                        break;
                }
            });
        return requests.OrderBy(r => r.Order).Select(r => r.Request).ToList();
    }

    /// <summary>Nights fetched while an earlier one is parsed and written.</summary>
    private const int NightsFetchedAhead = 2;

    /// <summary>
    /// Sources of one night fetched at the same time. A pull mostly waits for the source, so the default (one per
    /// core) leaves the writer idle; more than this only queues at the sources.
    /// </summary>
    private const int FetchesAtOnce = 8;

    internal const string CountDeliveriesSql = "SELECT COUNT(*) FROM delivery";
}

/// <summary>What a backfill did: the peildata in the order imported, the outcome of every pull, and the weeks whose statuses it computed.</summary>
public sealed record BackfillSummary(IReadOnlyList<LocalDate> ReferenceDates, IReadOnlyDictionary<ImportOutcome, int> Outcomes, int Figures,
    int StatusWeeks, TimeSpan Elapsed);
