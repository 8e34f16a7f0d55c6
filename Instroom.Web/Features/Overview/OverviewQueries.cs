using Instroom.Data.Calendar;
using Instroom.Data.Deliveries;
using Instroom.Data.Rollups;
using Instroom.Data.Status;
using Instroom.Data.Supervision;
using Instroom.Web.Features.Dashboard;
using NodaTime;

namespace Instroom.Web.Features.Overview;

/// <summary>Everything the landelijk overzicht shows for a week, read in one go; <see cref="OverviewPageBuilder"/> turns it into the page.</summary>
public sealed record OverviewData(
    IsoWeek Week,
    WeekDisclosure ThisWeek,
    WeekDisclosure LastWeek,
    IReadOnlyList<RegionWeekStatus> Statuses,
    IReadOnlyList<StatusRule> Rules,
    IReadOnlyList<SupervisionPeriod> Supervision,
    Instant? LastImport,
    Instant Now);

public sealed class OverviewQueries(
    RollupQueries rollups,
    RegionStatusStore statuses,
    RegionStatusHistory history,
    StatusRuleStore rules,
    SupervisionPeriods supervision,
    DeliveryWeekQueries deliveries,
    WeekDisclosures disclosures,
    IClock clock)
{
    /// <summary>
    /// The week asked for, or else the latest week with computed statuses, or else the current week. Two rollups
    /// (this week and the previous one, for the change column), each a single load of every region's figures.
    /// </summary>
    public async Task<OverviewData> LoadAsync(IsoWeek? week, CancellationToken cancellationToken)
    {
        var chosen = week ?? await history.LatestWeekAsync(cancellationToken) ?? IsoWeek.Of(clock.Today());
        return new OverviewData(
            chosen,
            disclosures.For(await rollups.LoadWeekAsync(chosen, cancellationToken: cancellationToken)),
            disclosures.For(await rollups.LoadWeekAsync(chosen.Previous, cancellationToken: cancellationToken)),
            await statuses.ForWeekAsync(chosen, cancellationToken),
            await rules.LoadAsync(cancellationToken),
            await supervision.OpenOnAsync(chosen.Sunday, cancellationToken),
            await deliveries.LastImportAsync(cancellationToken),
            clock.GetCurrentInstant());
    }
}
