using System.Diagnostics;
using Dapper;
using Instroom.Data.Calendar;
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
/// </summary>
public sealed class HistoryBackfill(
    InstroomDatabase database,
    SourceConnections sources,
    PullHistory history,
    HttpSourceConnector http,
    ImportRunLog runLog,
    NightImporter nights,
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
    /// Fetches night after night (every source of a peildatum in parallel over its connector) while
    /// <see cref="NightImporter"/> parses, validates and writes the nights already fetched — one transaction per night.
    /// The statuses are recomputed once afterwards by the caller, not after every import.
    /// </summary>
    public async Task<BackfillSummary> RunAsync(int weeks, int recentDays, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var dates = ReferenceDates(clock.Today(), weeks, recentDays);
        var pullable = (await sources.AllAsync(cancellationToken)).Where(s => s.CanBePulled && s.Connector == SourceConnectors.Http).ToList();
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<ImportOutcome, int>();
        var fetched = 0;
        var imported = await nights.ImportNightsAsync(FetchNightsAsync(dates, pullable, outcomes, () =>
        {
            if (++fetched % 10 == 0 || fetched == dates.Count)
            {
                logger.LogInformation("History backfill: {Done}/{Total} peildata fetched, {Seconds:0} s", fetched, dates.Count,
                    stopwatch.Elapsed.TotalSeconds);
            }
        }, cancellationToken), cancellationToken);
        foreach (var result in imported.Results)
        {
            outcomes.AddOrUpdate(result.Outcome, 1, (_, count) => count + 1);
        }

        return new BackfillSummary(dates, outcomes, (int)imported.Figures, stopwatch.Elapsed);
    }

    private async IAsyncEnumerable<IReadOnlyList<ImportRequest>> FetchNightsAsync(IReadOnlyList<LocalDate> dates, IReadOnlyList<SourceConnection> pullable,
        System.Collections.Concurrent.ConcurrentDictionary<ImportOutcome, int> outcomes, Action fetchedOne,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var date in dates)
        {
            var requests = new System.Collections.Concurrent.ConcurrentBag<(int Order, ImportRequest Request)>();
            var active = pullable.Where(s => s.IsActiveOn(date)).ToList();
            await Parallel.ForAsync(0, active.Count, new ParallelOptions { CancellationToken = cancellationToken }, async (index, token) =>
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
            fetchedOne();
            yield return requests.OrderBy(r => r.Order).Select(r => r.Request).ToList();
        }
    }

    internal const string CountDeliveriesSql = "SELECT COUNT(*) FROM delivery";
}

public sealed record BackfillSummary(IReadOnlyList<LocalDate> ReferenceDates, IReadOnlyDictionary<ImportOutcome, int> Outcomes, int Figures,
    TimeSpan Elapsed);
