using Hangfire;
using Instroom.Data.Calendar;
using Instroom.Jobs.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Jobs.Scheduling;

/// <summary>
/// After downtime, queues one pull per missed peildatum of the last <see cref="ScheduleOptions.CatchUpDays"/> days —
/// bounded, and once per peildatum rather than once per missed trigger (the recurring jobs ignore misfires).
/// </summary>
public sealed class NightlyCatchUp(
    SourceConnections sources,
    PullHistory history,
    IBackgroundJobClient jobs,
    IClock clock,
    IOptions<ScheduleOptions> options,
    ILogger<NightlyCatchUp> logger)
{
    public async Task<int> QueueMissedAsync(CancellationToken cancellationToken = default)
    {
        var days = options.Value.CatchUpDays;
        if (days == 0)
        {
            return 0;
        }

        var to = clock.Today().PlusDays(-1);
        var from = to.PlusDays(1 - days);
        var queued = 0;
        foreach (var source in (await sources.AllAsync(cancellationToken)).Where(s => s.CanBePulled && s.Connector == SourceConnectors.Http))
        {
            foreach (var date in await history.OpenReferenceDatesAsync(source.SourceId, from, to, cancellationToken))
            {
                if (!source.IsActiveOn(date))
                {
                    continue;
                }

                var referenceDate = LocalDatePattern.Iso.Format(date);
                var sourceId = source.SourceId;
                jobs.Enqueue<PullSourceJob>(job => job.RunAsync(sourceId, referenceDate, PullTriggers.CatchUp, 1, null, CancellationToken.None));
                queued++;
            }
        }

        logger.LogInformation("Catch-up queued {Count} missed pulls over the last {Days} days", queued, days);
        return queued;
    }
}
