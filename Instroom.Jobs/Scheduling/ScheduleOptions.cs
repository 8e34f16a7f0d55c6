using System.ComponentModel.DataAnnotations;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Jobs.Scheduling;

/// <summary>Section <c>Instroom:Schedule</c>: when sources are pulled and when a delivery counts as late. Local times are Europe/Amsterdam.</summary>
public sealed class ScheduleOptions : IValidatableObject
{
    public const string SectionName = "Instroom:Schedule";

    /// <summary>Run the Hangfire server in this process (the web app); off for operator commands and some tests.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>
    /// Default local time of the nightly pull of the previous day's peildatum. 04:30 stays clear of 02:00–03:00, the
    /// hour that does not exist (March) or happens twice (October).
    /// </summary>
    public string PullTimeLocal { get; set; } = "04:30";

    /// <summary>Local time on the next working day after the peildatum by which a delivery must have arrived.</summary>
    public string LatenessDeadlineLocal { get; set; } = "12:00";

    /// <summary>Calendar days after the peildatum after which a delivery that never came is "ontbrekend".</summary>
    [Range(1, 60)]
    public int MissingAfterDays { get; set; } = 7;

    /// <summary>How many past peildata are fetched at start when they are missing (bounded catch-up after downtime).</summary>
    [Range(0, 60)]
    public int CatchUpDays { get; set; } = 14;

    /// <summary>First delay before a failed pull is tried again; it doubles each time, until the lateness deadline.</summary>
    public TimeSpan RetryFirstDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Delay before checking again when a source answered "nothing yet" (HTTP 404).</summary>
    public TimeSpan NotYetAvailableRecheckDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Base delay of the quick in-request HTTP retries (exponential, with jitter).</summary>
    public TimeSpan HttpRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Local time of the status recomputation after the night's imports.</summary>
    public string StatusRecomputeTimeLocal { get; set; } = "06:30";

    public LocalTime PullTime => Parse(PullTimeLocal);

    public LocalTime LatenessDeadline => Parse(LatenessDeadlineLocal);

    public LocalTime StatusRecomputeTime => Parse(StatusRecomputeTimeLocal);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[]
                 {
                     (nameof(PullTimeLocal), PullTimeLocal), (nameof(LatenessDeadlineLocal), LatenessDeadlineLocal),
                     (nameof(StatusRecomputeTimeLocal), StatusRecomputeTimeLocal),
                 })
        {
            if (!LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(value).Success)
            {
                yield return new ValidationResult($"{name} moet een tijd zijn als 04:30.", [name]);
            }
            else if (name != nameof(LatenessDeadlineLocal) && IsInDaylightSavingGap(Parse(value)))
            {
                yield return new ValidationResult(
                    $"{name} valt tussen 02:00 en 03:00; dat uur bestaat in maart niet en komt in oktober twee keer voor.", [name]);
            }
        }

        if (RetryFirstDelay <= TimeSpan.Zero || NotYetAvailableRecheckDelay <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Wachttijden moeten positief zijn.", [nameof(RetryFirstDelay), nameof(NotYetAvailableRecheckDelay)]);
        }
    }

    public static bool IsInDaylightSavingGap(LocalTime time) => time.Hour == 2;

    private static LocalTime Parse(string value) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(value).GetValueOrThrow();
}
