using Hangfire;
using Hangfire.Server;
using Instroom.Data.Calendar;
using Instroom.Jobs.Import;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Jobs.Scheduling;

/// <summary>
/// The Hangfire job that pulls one source. Arguments are ids only (source id, peildatum as ISO text, trigger, attempt),
/// never figures. It is safe to run more than once: the pull checks what is already there first.
/// </summary>
public sealed class PullSourceJob(SourcePuller puller, IBackgroundJobClient jobs, IClock clock, IOptions<ScheduleOptions> options)
{
    /// <summary>
    /// Recurring entry point: queues the pull of yesterday's peildatum (Europe/Amsterdam) as its own job, so that a retry
    /// after midnight still pulls the same peildatum.
    /// </summary>
    public void QueueNightly(int sourceId)
    {
        var referenceDate = LocalDatePattern.Iso.Format(clock.Today().PlusDays(-1));
        jobs.Enqueue<PullSourceJob>(job => job.RunAsync(sourceId, referenceDate, PullTriggers.Schedule, 1, null, CancellationToken.None));
    }

    /// <summary>
    /// Pulls one peildatum. A transport failure throws <see cref="SourceUnavailableException"/> so Hangfire shows it and
    /// <see cref="RetryBeforeDeadlineFilter"/> schedules the next attempt; "nothing yet" (404) schedules a re-check itself;
    /// a rejected delivery is final and returns normally (it is in quarantine).
    /// </summary>
    [DisableConcurrentExecution("instroom-bron-{0}", 15 * 60)]
    [AutomaticRetry(Attempts = 0, LogEvents = false)]
    public async Task RunAsync(int sourceId, string referenceDate, string trigger, int attempt, PerformContext? context,
        CancellationToken cancellationToken)
    {
        var date = LocalDatePattern.Iso.Parse(referenceDate).GetValueOrThrow();
        attempt += context?.GetJobParameter<int>(RetryBeforeDeadlineFilter.RetryCountParameter) ?? 0;
        var results = await puller.PullAsync(sourceId, date, trigger, attempt, cancellationToken);
        if (results.FirstOrDefault(r => r.IsTransportFailure) is { } failure)
        {
            throw new SourceUnavailableException(failure.SourceCode, date, string.Join("; ", failure.Reasons));
        }

        // The nightly imports are followed by the scheduled recomputation; a pull on request shows its effect at once.
        if (trigger == PullTriggers.Manual && results.Any(r => r.Outcome == ImportOutcome.Imported))
        {
            jobs.Enqueue<StatusRecomputeJob>(job => job.RunAsync(CancellationToken.None));
        }

        if (results.Any(r => r.Outcome == ImportOutcome.NotYetAvailable))
        {
            var deadlines = new LatenessDeadlines(options.Value.LatenessDeadline, options.Value.MissingAfterDays);
            var recheckAt = clock.GetCurrentInstant() + Duration.FromTimeSpan(options.Value.NotYetAvailableRecheckDelay);
            if (recheckAt < deadlines.MissingAfter(date))
            {
                jobs.Schedule<PullSourceJob>(job => job.RunAsync(sourceId, referenceDate, trigger, attempt + 1, null, CancellationToken.None),
                    options.Value.NotYetAvailableRecheckDelay);
            }
        }
    }
}

/// <summary>The source could not be reached or answered with an error; the attempt is recorded as "mislukt".</summary>
public sealed class SourceUnavailableException(string sourceCode, LocalDate referenceDate, string reason)
    : Exception($"Bron {sourceCode}, peildatum {LocalDatePattern.Iso.Format(referenceDate)}: {reason}")
{
    public string SourceCode { get; } = sourceCode;

    public LocalDate ReferenceDate { get; } = referenceDate;
}
