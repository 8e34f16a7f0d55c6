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
    SourcePuller puller,
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

    public async Task<BackfillSummary> RunAsync(int weeks, int recentDays, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var dates = ReferenceDates(clock.Today(), weeks, recentDays);
        var pullable = (await sources.AllAsync(cancellationToken)).Where(s => s.CanBePulled && s.Connector == SourceConnectors.Http).ToList();
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<ImportOutcome, int>();
        var figures = 0;
        // Parsing and validation run in parallel; SQLite serialises the writes itself.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        for (var index = 0; index < dates.Count; index++)
        {
            var date = dates[index];
            await Parallel.ForEachAsync(pullable.Where(s => s.IsActiveOn(date)), parallel, async (source, token) =>
            {
                foreach (var result in await puller.PullAsync(source, date, PullTriggers.Backfill, 1, token))
                {
                    if (result.Outcome is { } outcome)
                    {
                        outcomes.AddOrUpdate(outcome, 1, (_, count) => count + 1);
                    }

                    Interlocked.Add(ref figures, result.FigureCount);
                }
            });

            if ((index + 1) % 10 == 0 || index == dates.Count - 1)
            {
                logger.LogInformation("History backfill: {Done}/{Total} peildata, {Figures} figures, {Seconds:0} s", index + 1, dates.Count, figures,
                    stopwatch.Elapsed.TotalSeconds);
            }
        }

        return new BackfillSummary(dates, outcomes, figures, stopwatch.Elapsed);
    }

    internal const string CountDeliveriesSql = "SELECT COUNT(*) FROM delivery";
}

public sealed record BackfillSummary(IReadOnlyList<LocalDate> ReferenceDates, IReadOnlyDictionary<ImportOutcome, int> Outcomes, int Figures,
    TimeSpan Elapsed);
