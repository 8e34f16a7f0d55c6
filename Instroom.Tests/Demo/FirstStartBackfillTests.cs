using Dapper;
using Instroom.Data.Calendar;
using Instroom.Data.Storage;
using Instroom.Jobs.Import;
using Instroom.Jobs.Scheduling;
using Instroom.Tests.Support;
using Instroom.Tests.Transport;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Instroom.Tests.Demo;

/// <summary>
/// The embedded default's first start, as <see cref="JobsStartup"/> runs it: the demo sources on a loopback port, an
/// empty database, a few weeks of history pulled through the real HTTP connector and imported, and the statuses of
/// every week computed while the import goes on. (The demo's own default is 104 weeks; three keep the test short.)
/// </summary>
public sealed class FirstStartBackfillTests
{
    private const int Weeks = 3;
    private const int RecentDays = 2;

    // Monday 23 November 2026, 06:00 in Amsterdam: every demo source has answered for last Sunday by now.
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 5, 0);

    [Fact]
    public async Task FirstStart_FillsEveryWeekFromEverySource_NewestFirst_WithTheStatusOfEveryWeek()
    {
        await using var harness = await DemoHarnessAsync();
        var startup = ActivatorUtilities.CreateInstance<JobsStartup>(harness.Services);

        await startup.StartAsync(CancellationToken.None);
        await startup.ExecuteTask!;

        var dates = HistoryBackfill.ReferenceDates(harness.Clock.Today(), Weeks, RecentDays);
        await using var connection = await harness.Test.Database.OpenAsync();
        var pairs = (await connection.QueryAsync<(string Date, string Source, int Delivered, int Runs)>("""
            SELECT d.reference_date, s.code,
                   (SELECT COUNT(*) FROM delivery x WHERE x.source_id = s.source_id AND x.reference_date = d.reference_date
                                                      AND x.superseded_at IS NULL),
                   (SELECT COUNT(*) FROM import_run r WHERE r.source_id = s.source_id AND r.reference_date = d.reference_date)
            FROM (SELECT DISTINCT reference_date FROM import_run) d
            JOIN source s ON s.valid_from <= d.reference_date AND (s.valid_to IS NULL OR s.valid_to > d.reference_date)
            """)).ToList();
        var newest = dates[^1].ToString("uuuu-MM-dd", null);

        // Every peildatum was pulled from every source active on it; each pull is on record, and all but the newest
        // night (where a source may be late or its first version rejected, by design) gave a current delivery.
        Assert.Equal(dates.Select(d => d.ToString("uuuu-MM-dd", null)).Order(), pairs.Select(p => p.Date).Distinct().Order());
        Assert.All(pairs, pair => Assert.True(pair.Runs > 0, $"{pair.Source} {pair.Date} was not pulled"));
        Assert.All(pairs.Where(p => p.Date != newest), pair => Assert.Equal((pair.Source, pair.Date, 1), (pair.Source, pair.Date, pair.Delivered)));
        Assert.True(pairs.Count(p => p.Date == newest && p.Delivered == 1) >= pairs.Count(p => p.Date == newest) - 3);

        // Newest first: the first import run is for the newest peildatum, the last for the oldest.
        var runDates = (await connection.QueryAsync<string>("""
            SELECT reference_date FROM import_run WHERE outcome = 'geimporteerd' ORDER BY import_run_id
            """)).ToList();
        Assert.Equal(dates[^1].ToString("uuuu-MM-dd", null), runDates[0]);
        Assert.Equal(dates[0].ToString("uuuu-MM-dd", null), runDates[^1]);

        // Every region has a status in every week that was filled.
        var regions = await connection.ExecuteScalarAsync<int>("""
            SELECT COUNT(*) FROM area WHERE kind IN ('jeugdregio', 'toezichtregio', 'land') AND valid_to IS NULL
            """);
        var statuses = (await connection.QueryAsync<(int Year, int Week, int Regions)>("""
            SELECT iso_year, iso_week, COUNT(*) FROM region_status GROUP BY iso_year, iso_week
            """)).ToList();
        var weeks = dates.Select(IsoWeek.Of).Distinct().ToList();
        Assert.Equal(weeks.Select(w => (w.Year, w.Week)).Order(), statuses.Select(s => (s.Year, s.Week)).Order());
        Assert.All(statuses, week => Assert.Equal(regions, week.Regions));
    }

    [Fact]
    public async Task Backfill_RunAgain_ImportsNothingTwice()
    {
        await using var harness = await DemoHarnessAsync();
        var startup = ActivatorUtilities.CreateInstance<JobsStartup>(harness.Services);
        await startup.StartAsync(CancellationToken.None);
        await startup.ExecuteTask!;
        var deliveries = await PullTests.CountAsync(harness, "SELECT COUNT(*) FROM delivery");
        var figures = await PullTests.CountAsync(harness, "SELECT COUNT(*) FROM figure");

        var second = await harness.Get<HistoryBackfill>().RunAsync(Weeks, RecentDays);

        Assert.True(deliveries > 0);
        Assert.Equal(0, second.Outcomes.GetValueOrDefault(ImportOutcome.Imported));
        Assert.Equal(deliveries, await PullTests.CountAsync(harness, "SELECT COUNT(*) FROM delivery"));
        Assert.Equal(figures, await PullTests.CountAsync(harness, "SELECT COUNT(*) FROM figure"));
    }

    /// <summary>The jobs composition with the demo server on (and the Hangfire server off, so nothing else runs jobs).</summary>
    private static async Task<JobsHarness> DemoHarnessAsync()
    {
        var harness = await JobsHarness.CreateAsync(DatabaseProvider.Sqlite, Now, new Dictionary<string, string?>
        {
            ["Instroom:Demo:Enabled"] = "true",
            ["Instroom:Demo:Port"] = "0",
            ["Instroom:Demo:Token"] = "demo-test-token",
            ["Instroom:Demo:HistoryWeeks"] = Weeks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Instroom:Schedule:CatchUpDays"] = RecentDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await harness.AppHost.StartAsync();
        return harness;
    }
}
