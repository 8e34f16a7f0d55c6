using Hangfire.Common;
using Hangfire.States;
using NodaTime;

namespace Instroom.Jobs.Scheduling;

/// <summary>
/// Retries a pull that failed on transport with doubling delays, but only while the next attempt still comes before
/// the lateness deadline of its peildatum; one last attempt is placed just before the deadline. After that the job
/// stays failed (every attempt is recorded as an import run). Validation failures never reach this filter: they are
/// not exceptions.
/// </summary>
public sealed class RetryBeforeDeadlineFilter(LatenessDeadlines deadlines, TimeSpan firstDelay, IClock clock) : JobFilterAttribute, IElectStateFilter
{
    /// <summary>Job parameter with the number of retries so far; the job adds it to its attempt number.</summary>
    public const string RetryCountParameter = "RetryCount";

    private static readonly Duration LastChanceMargin = Duration.FromMinutes(5);

    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is not FailedState { Exception: SourceUnavailableException unavailable })
        {
            return;
        }

        var retries = context.GetJobParameter<int>(RetryCountParameter) + 1;
        var next = NextAttemptDelay(unavailable.ReferenceDate, retries, clock.GetCurrentInstant());
        if (next is null)
        {
            return;
        }

        context.SetJobParameter(RetryCountParameter, retries);
        context.CandidateState = new ScheduledState(next.Value.ToTimeSpan())
        {
            Reason = $"Nieuwe poging over {next.Value.TotalMinutes:0} minuten na transportfout (poging {retries + 1})",
        };
    }

    /// <summary>Pure: the delay before retry number <paramref name="retry"/>, or null when none fits before the deadline.</summary>
    public Duration? NextAttemptDelay(LocalDate referenceDate, int retry, Instant now)
    {
        var deadline = deadlines.DueBy(referenceDate);
        var delay = Duration.FromTimeSpan(firstDelay * Math.Pow(2, Math.Max(0, retry - 1)));
        if (now + delay < deadline - LastChanceMargin)
        {
            return delay;
        }

        var lastChance = deadline - LastChanceMargin;
        return now < lastChance - Duration.FromMinutes(1) ? lastChance - now : null;
    }
}
