using Instroom.Data.Calendar;
using NodaTime;

namespace Instroom.Jobs.Scheduling;

/// <summary>
/// When a delivery for a peildatum is due and when it is missing. A delivery for peildatum D is "te laat" after the
/// deadline time on the first working day after D (Dutch calendar), and "ontbrekend" some days later.
/// </summary>
public sealed record LatenessDeadlines(LocalTime DeadlineTime, int MissingAfterDays)
{
    public Instant DueBy(LocalDate referenceDate) =>
        WorkingDays.NextWorkingDay(referenceDate).At(DeadlineTime).InZoneLeniently(DutchTime.Zone).ToInstant();

    public Instant MissingAfter(LocalDate referenceDate) =>
        referenceDate.PlusDays(MissingAfterDays).At(DeadlineTime).InZoneLeniently(DutchTime.Zone).ToInstant();

    public DeliveryState StateOf(LocalDate referenceDate, bool delivered, Instant now) =>
        delivered ? DeliveryState.Ontvangen
        : now >= MissingAfter(referenceDate) ? DeliveryState.Ontbrekend
        : now >= DueBy(referenceDate) ? DeliveryState.TeLaat
        : DeliveryState.Verwacht;
}

/// <summary>The states of <c>delivery_expectation.state</c>.</summary>
public enum DeliveryState
{
    Verwacht,
    Ontvangen,
    TeLaat,
    Ontbrekend,
}

public static class DeliveryStates
{
    public static string Code(DeliveryState state) => state switch
    {
        DeliveryState.Verwacht => "verwacht",
        DeliveryState.Ontvangen => "ontvangen",
        DeliveryState.TeLaat => "te-laat",
        DeliveryState.Ontbrekend => "ontbrekend",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
