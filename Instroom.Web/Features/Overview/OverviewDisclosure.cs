using Instroom.Data.Disclosure;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Web.Features.Dashboard;

namespace Instroom.Web.Features.Overview;

/// <summary>
/// The overview's counts through disclosure control, as one table per week: every region of every level (so the
/// jeugdregio and the toezichtregio view hide the same cells), with Nederland = its toezichtregio's = its
/// jeugdregio's and each toezichtregio = its jeugdregio's declared as groups.
/// </summary>
public static class OverviewDisclosure
{
    /// <summary>The counts the overview shows or derives a share from.</summary>
    public static readonly IReadOnlyList<string> Counted =
        [RollupIndicator.ZonderVasteJeugdbeschermer, IndicatorCatalogue.LopendeMaatregelen, IndicatorCatalogue.WachtOpHulp];

    public static DisclosedTable<(string Region, string Indicator)> Apply(IReadOnlyList<RegionInWeek> regions, DisclosurePolicy policy)
    {
        var table = new DisclosureTable<(string Region, string Indicator)>();
        foreach (var region in regions)
        {
            foreach (var indicator in Counted)
            {
                table.Add((region.Region.Code, indicator), DashboardCounts.Whole(region.Week.Indicator(indicator).Count));
            }
        }

        foreach (var group in RegionHierarchy.AdditiveGroups(regions))
        {
            foreach (var indicator in Counted)
            {
                table.AddGroup((group.Total, indicator), group.Parts.Select(part => (part, indicator)));
            }
        }

        // No roles yet (sign-in comes later): nobody is exempt.
        return DisclosureControl.Apply(table, policy, exempt: false);
    }

    /// <summary>A cell, or "geen gegevens" for a region the table does not have (e.g. not yet existing last week).</summary>
    public static DisclosedCount Get(this DisclosedTable<(string Region, string Indicator)> table, string region, string indicator) =>
        table.TryGetValue((region, indicator), out var count) ? count : DisclosedCount.NoData;
}
