using Hangfire;
using Instroom.Data.Calendar;
using Instroom.Data.Status;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Instroom.Jobs.Scheduling;

/// <summary>
/// After imports: recomputes the status of every week that received a delivery since the last computation (so a
/// correction recomputes its week), plus this week and last week, whose completeness changes as deliveries come in or
/// stay away.
/// </summary>
public sealed class StatusRecomputeJob(RegionStatusRecomputer recomputer, RegionStatusStore statuses, IClock clock, ILogger<StatusRecomputeJob> logger)
{
    [DisableConcurrentExecution(30 * 60)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var since = await statuses.LastComputedAtAsync(cancellationToken) ?? Instant.MinValue;
        var changed = await recomputer.RecomputeReceivedSinceAsync(since, cancellationToken);
        var thisWeek = IsoWeek.Of(clock.Today());
        await recomputer.RecomputeWeeksAsync([thisWeek.Previous, thisWeek], cancellationToken);
        logger.LogInformation("Statuses recomputed for {Weeks} weeks with new deliveries and the two most recent weeks", changed.Count);
    }
}
