using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Deliveries;
using Instroom.Data.Rollups;
using Instroom.Data.Status;
using Instroom.Data.Supervision;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Map;
using NodaTime;

namespace Instroom.Web.Features.RegionReport;

/// <summary>Everything the weekbeeld of one region shows, read in one go; <see cref="RegionReportBuilder"/> makes the page.</summary>
public sealed record RegionReportData(
    RegionRef Region,
    IsoWeek Week,
    WeekDisclosure ThisWeek,
    WeekDisclosure LastWeek,
    WeekDisclosure FourWeeksAgo,
    IReadOnlyList<RegionWeekStatus> Statuses,
    IReadOnlyList<StatusRule> Rules,
    IReadOnlyList<SupervisionPeriod> Supervision,
    IReadOnlyDictionary<string, string> GemeenteNames,
    IReadOnlyList<SourceWeekReport> SourceReports,
    Instant Now);

public sealed class RegionReportQueries(
    RollupQueries rollups,
    RegionStatusStore statuses,
    RegionStatusHistory history,
    StatusRuleStore rules,
    SupervisionPeriods supervision,
    AreaQueries areas,
    DeliveryWeekQueries deliveries,
    NationalMapGeometry geometry,
    WeekDisclosures disclosures,
    IClock clock)
{
    /// <summary>Statuses in the strip of recent weeks.</summary>
    public const int StripWeeks = 13;

    /// <summary>
    /// A jeugdregio's or toezichtregio's week (default: the latest with computed statuses); null when there is no such
    /// region that week. The figures of this week, last week and four weeks ago are loaded for the whole country: the
    /// page's counts come from the week's one disclosure table, the same as every other page's.
    /// </summary>
    public async Task<RegionReportData?> LoadAsync(string code, IsoWeek? week, CancellationToken cancellationToken)
    {
        var chosen = week ?? await history.LatestWeekAsync(cancellationToken) ?? IsoWeek.Of(clock.Today());
        var thisWeek = await rollups.LoadWeekAsync(chosen, cancellationToken: cancellationToken);
        if (thisWeek.Regions.FirstOrDefault(r => r.Region.Code == code)?.Region is not { Kind: AreaKind.Jeugdregio or AreaKind.Toezichtregio } region)
        {
            return null;
        }

        var gemeenten = (await areas.RegionsWithGemeentenAsync(region.Kind, chosen.Sunday, cancellationToken))
            .Where(r => r.Code == code)
            .SelectMany(r => r.Gemeenten)
            .ToDictionary(g => g.Code, g => g.Name, StringComparer.Ordinal);
        var related = RelatedRegions(region);
        return new RegionReportData(
            region,
            chosen,
            disclosures.For(thisWeek),
            disclosures.For(await rollups.LoadWeekAsync(chosen.Previous, cancellationToken: cancellationToken)),
            disclosures.For(await rollups.LoadWeekAsync(chosen.Plus(-4), cancellationToken: cancellationToken)),
            await statuses.LastWeeksAsync(code, chosen, StripWeeks, cancellationToken),
            await rules.LoadAsync(cancellationToken),
            (await supervision.AllAsync(cancellationToken)).Where(period => related.Contains(period.AreaCode)).ToList(),
            gemeenten,
            await deliveries.ForWeekAsync(chosen, cancellationToken),
            clock.GetCurrentInstant());
    }

    /// <summary>Whose toezicht concerns the region: itself, its toezichtregio, or (for a toezichtregio) its jeugdregio's.</summary>
    private HashSet<string> RelatedRegions(RegionRef region)
    {
        var related = new HashSet<string>(StringComparer.Ordinal) { region.Code };
        if (geometry.SupervisionRegionOf(region.Code) is { } toezichtregio)
        {
            related.Add(toezichtregio);
        }

        foreach (var jeugdregio in geometry.SupervisionRegions.Where(r => r.Code == region.Code).SelectMany(r => r.JeugdregioCodes))
        {
            related.Add(jeugdregio);
        }

        return related;
    }
}
