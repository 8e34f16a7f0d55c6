using Instroom.Jobs.Demo;
using Instroom.Jobs.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Instroom.Jobs.Scheduling;

/// <summary>
/// In the background after start: seed configured connections (and, for the demo, point every source at the demo
/// server), declare the recurring jobs, fill an empty demo database with two years of history and its statuses,
/// queue the bounded catch-up. Runs in the background so the dashboard answers at once.
/// </summary>
public sealed class JobsStartup(
    SourceConnectionSeeder seeder,
    SourceConnections connections,
    RecurringJobSchedule schedule,
    NightlyCatchUp catchUp,
    HistoryBackfill backfill,
    DemoSourceServer demoServer,
    IOptions<DemoSourceOptions> demoOptions,
    IOptions<ScheduleOptions> scheduleOptions,
    ILogger<JobsStartup> logger) : BackgroundService
{
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
            var weeks = demoOptions.Value.HistoryWeeks;
            logger.LogInformation("Empty database: filling {Weeks} weeks of demo history in the background, newest first", weeks);
            var summary = await backfill.RunAsync(weeks, scheduleOptions.Value.CatchUpDays, stoppingToken);
            logger.LogInformation("Demo history filled: {Dates} peildata, {Figures} figures, statuses of {StatusWeeks} weeks in {Seconds:0.0} s",
                summary.ReferenceDates.Count, summary.Figures, summary.StatusWeeks, summary.Elapsed.TotalSeconds);
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
