using Instroom.Jobs.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Instroom.Jobs.Scheduling;

/// <summary>At start: seed configured connections, declare the recurring jobs, and queue the bounded catch-up.</summary>
public sealed class JobsStartup(
    SourceConnectionSeeder seeder,
    RecurringJobSchedule schedule,
    NightlyCatchUp catchUp,
    ILogger<JobsStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seeded = await seeder.SeedConfiguredAsync(cancellationToken);
        await schedule.RegisterAsync(cancellationToken);
        var queued = await catchUp.QueueMissedAsync(cancellationToken);
        logger.LogInformation("Jobs started: {Seeded} connections seeded, {Queued} catch-up pulls queued", seeded, queued);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
