using Instroom.Data.Calendar;
using Instroom.Data.Status;
using Instroom.Data.Supervision;
using NodaTime;

namespace Instroom.Web.Features.Inspectie;

/// <summary>What the inspectie page shows: every toezicht period and the stored statuses from the earliest open start to the latest week.</summary>
public sealed record InspectieData(
    LocalDate Today,
    IsoWeek LatestWeek,
    bool HasStatuses,
    IReadOnlyList<SupervisionPeriod> Periods,
    IReadOnlyList<RegionStatusMark> Statuses);

public sealed class InspectieQueries(SupervisionPeriods supervision, RegionStatusHistory history, IClock clock)
{
    /// <summary>Weeks in the heat strip.</summary>
    public const int HeatWeeks = 26;

    /// <summary>
    /// All periods, and the statuses of every region from the heat strip's first week (or the start week of the
    /// earliest open period, when earlier) to the latest computed week: two queries, whatever the number of regions.
    /// </summary>
    public async Task<InspectieData> LoadAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var latest = await history.LatestWeekAsync(cancellationToken);
        var latestWeek = latest ?? IsoWeek.Of(today);
        var periods = await supervision.AllAsync(cancellationToken);
        var from = periods
            .Where(period => period.IsOpenOn(today))
            .Select(period => IsoWeek.Of(period.Start))
            .Append(latestWeek.Plus(-(HeatWeeks - 1)))
            .Min();
        var statuses = latest is null ? [] : await history.BetweenAsync(from, latestWeek, cancellationToken);
        return new InspectieData(today, latestWeek, latest is not null, periods, statuses);
    }
}
