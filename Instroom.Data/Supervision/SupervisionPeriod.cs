using NodaTime;

namespace Instroom.Data.Supervision;

/// <summary>
/// A period of verscherpt toezicht on a region, as the inspecties set it. It runs from <see cref="Start"/> until
/// <see cref="ActualEnd"/> (the day it was lifted, not itself under toezicht). <see cref="PlannedEnd"/> is the
/// announced end; toezicht continues past it until someone ends the period.
/// </summary>
public sealed record SupervisionPeriod(
    int Id,
    string AreaCode,
    string AreaName,
    LocalDate Start,
    LocalDate PlannedEnd,
    LocalDate? ActualEnd,
    string? Note,
    string SetBy,
    Instant CreatedAt)
{
    public bool IsOpenOn(LocalDate date) => Start <= date && (ActualEnd is null || date < ActualEnd);

    /// <summary>Still under toezicht past the announced end.</summary>
    public bool IsOverdueOn(LocalDate date) => IsOpenOn(date) && date >= PlannedEnd;
}
