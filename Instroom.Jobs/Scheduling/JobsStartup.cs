using Instroom.Data.Status;
using Instroom.Jobs.Demo;
using Instroom.Jobs.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Instroom.Jobs.Scheduling;

/// <summary>
/// In the background after start: seed configured connections (and, for the demo, point every source at the demo
/// server), declare the recurring jobs, fill an empty demo database with two years of history, queue the bounded
/// catch-up, and compute the statuses. Runs in the background so the dashboard answers at once.
/// </summary>
public sealed class JobsStartup(
    SourceConnectionSeeder seeder,
    SourceConnections connections,
    RecurringJobSchedule schedule,
    NightlyCatchUp catchUp,
    HistoryBackfill backfill,
    RegionStatusRecomputer statuses,
    DemoSourceServer demoServer,
    IOptions<DemoSourceOptions> demoOptions,
    IOptions<ScheduleOptions> scheduleOptions,
    ILogger<JobsStartup> logger) : BackgroundService
{
    /// <summary>Weeks of history the demo fills on first start, so trend charts over two years mean something.</summary>
    public const int DemoHistoryWeeks = 104;

    /// <summary>The configuration key of the demo token; demo connections are recognised by it.</summary>
    public const string DemoTokenKey = DemoSourceOptions.SectionName + ":Token";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seeded = await seeder.SeedConfiguredAsync(stoppingToken);
        if (demoOptions.Value.Enabled)
        {
            seeded += await PointSourcesAtDemoServerAsync(stoppingToken);
        }

        await schedule.RegisterAsync(stoppingToken);
        if (demoOptions.Value.Enabled && await backfill.IsNeededAsync(stoppingToken))
        {
            logger.LogInformation("Empty database: filling {Weeks} weeks of demo history in the background", DemoHistoryWeeks);
            var summary = await backfill.RunAsync(DemoHistoryWeeks, scheduleOptions.Value.CatchUpDays, stoppingToken);
            logger.LogInformation("Demo history filled: {Dates} peildata, {Figures} figures in {Seconds:0.0} s", summary.ReferenceDates.Count,
                summary.Figures, summary.Elapsed.TotalSeconds);
            await statuses.RecomputeWeeksAsync(summary.ReferenceDates.Select(Data.Calendar.IsoWeek.Of).Distinct(), stoppingToken);
            logger.LogInformation("Statuses computed for the demo history");
        }

        var queued = await catchUp.QueueMissedAsync(stoppingToken);
        logger.LogInformation("Jobs started: {Seeded} connections seeded, {Queued} catch-up pulls queued", seeded, queued);
    }

    private async Task<int> PointSourcesAtDemoServerAsync(CancellationToken cancellationToken)
    {
        var address = await demoServer.BaseAddress.WaitAsync(cancellationToken);
        var seeded = await seeder.SeedAllActiveAsync(_ => new SourceConnectionSeed
        {
            Connector = SourceConnectors.Http,
            BaseUrl = new Uri(address, "bronnen/").ToString(),
            TokenSecretName = DemoTokenKey,
        }, cancellationToken);

        // The demo server gets a new port at every start; its connections follow it.
        await connections.RebaseAsync(DemoTokenKey, new Uri(address, "bronnen/"), cancellationToken);
        return seeded;
    }
}
