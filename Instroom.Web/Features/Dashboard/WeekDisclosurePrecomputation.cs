using Instroom.Data.Calendar;
using Instroom.Web.Caching;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Instroom.Web.Features.Dashboard;

/// <summary>
/// After every change of the data (an import, a correction), computes in the background the
/// <see cref="WeekHiddenTotals"/> of the weeks that changed, newest first, over the history trends can show: the
/// weekbeelden of the newest weeks are then ready in memory and a trend finds every week stored. It waits for the
/// data to hold still (on the demo's first start, for the backfill to end); a page that needs a week before then
/// computes it itself.
/// </summary>
public sealed class WeekDisclosurePrecomputation(
    WeekHiddenTotals hiddenTotals,
    DataVersionMonitor versions,
    IOptions<CachingOptions> caching,
    IClock clock,
    ILogger<WeekDisclosurePrecomputation> logger) : BackgroundService
{
    /// <summary>Trends show at most 104 weeks and the same weeks a year earlier.</summary>
    private const int WeeksBack = 156;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? done = null;
        string? seen = null;
        using var timer = new PeriodicTimer(caching.Value.PollInterval);
        do
        {
            // Wait until the data holds still for one interval: during a backfill it changes every few seconds, and
            // computing behind it would only take the import's cores.
            var version = versions.Current.Token;
            var settled = version == seen;
            seen = version;
            if (!settled || version == done)
            {
                continue;
            }

            try
            {
                var to = IsoWeek.Of(clock.Today());
                var stopwatch = System.Diagnostics.Stopwatch.StartNew();
                await hiddenTotals.EnsureAsync(to.Plus(-WeeksBack), to, cancellationToken: stoppingToken);
                if (stopwatch.Elapsed > TimeSpan.FromSeconds(1))
                {
                    logger.LogInformation("Disclosure of the changed weeks computed for the trends in {Seconds:0} s", stopwatch.Elapsed.TotalSeconds);
                }

                done = version;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed round (the database busy with a long import) is tried again at the next tick.
                logger.LogWarning(exception, "Computing the weeks' disclosure failed; trying again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
