using Instroom.Data.Areas;
using Instroom.Data.Disclosure;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;

namespace Instroom.Web.Features.Dashboard;

/// <summary>
/// Every count the dashboard shows for one ISO week, through disclosure control, consistently across pages:
/// <list type="bullet">
/// <item>the landelijk overzicht's table: the totals of every region (Nederland, toezichtregio's, jeugdregio's) with
/// Nederland = toezichtregio's = jeugdregio's and toezichtregio = its jeugdregio's;</item>
/// <item>per toezichtregio, one table for its own weekbeeld and those of its jeugdregio's: their totals, measures,
/// GIs and gemeenten (<see cref="WeekCounts"/>). A toezichtregio's page and a jeugdregio's page list the same
/// gemeenten, so they must hide the same cells.</item>
/// </list>
/// One table for the whole country would be simplest but takes a minute for a week of small counts; the tables above
/// take a fraction of that. They share the regions' totals, so a total hidden in one is hidden in all: the tables are
/// recomputed with every total that any of them hides until none hides a new one.
/// </summary>
public sealed class WeekDisclosure
{
    /// <summary>The counts the overview shows or derives a share from.</summary>
    public static readonly IReadOnlyList<string> OverviewIndicators =
    [
        RollupIndicator.ZonderVasteJeugdbeschermer, IndicatorCatalogue.Instroomlijst, IndicatorCatalogue.Doorstroomlijst,
        IndicatorCatalogue.LopendeMaatregelen, IndicatorCatalogue.WachtOpHulp,
    ];

    private readonly DisclosedTable<CountCell> _overview;
    private readonly Dictionary<string, WeekCounts> _countsOfRegion;

    private WeekDisclosure(WeekInput input, IReadOnlyList<RegionInWeek> regions, DisclosedTable<CountCell> overview,
        Dictionary<string, WeekCounts> countsOfRegion)
    {
        Input = input;
        Regions = regions;
        _overview = overview;
        _countsOfRegion = countsOfRegion;
    }

    public WeekInput Input { get; }

    /// <summary>The read model of every region of the week: national first, then toezichtregio's, then jeugdregio's.</summary>
    public IReadOnlyList<RegionInWeek> Regions { get; }

    /// <summary>A region's total as the overview shows it; "geen gegevens" for a region the week does not have.</summary>
    public DisclosedCount Total(string region, string indicator) =>
        _overview.TryGetValue(new(region, "", indicator, Measure.None), out var count) ? count : DisclosedCount.NoData;

    /// <summary>
    /// Every total (area and indicator, all sources and measures) hidden in the overview or a weekbeeld: what another
    /// table showing the same totals, such as a trend, must hide too.
    /// </summary>
    public IEnumerable<(string Area, string Indicator)> HiddenTotals() =>
        _overview.Where(cell => cell.Value.State == DisclosureState.Suppressed).Select(cell => cell.Key)
            .Concat(_countsOfRegion.Values.Distinct().SelectMany(counts => counts.HiddenCells))
            .Where(cell => cell.Source.Length == 0 && cell.Measure.Length == 0)
            .Select(cell => (cell.Area, cell.Indicator))
            .Distinct();

    /// <summary>The counts of a jeugdregio's or toezichtregio's weekbeeld, or null for a region without one.</summary>
    public WeekCounts? CountsOf(string region) => _countsOfRegion.GetValueOrDefault(region);

    public static WeekDisclosure Compute(WeekInput input, DisclosurePolicy policy)
    {
        var regions = RegionInWeek.From(input);
        var families = Families(regions);
        var regionCodes = regions.Select(r => r.Region.Code).ToHashSet(StringComparer.Ordinal);
        bool IsRegionTotal(CountCell cell) =>
            regionCodes.Contains(cell.Area) && cell.Source.Length == 0 && cell.Measure.Length == 0 && OverviewIndicators.Contains(cell.Indicator);

        // Start with nothing hidden elsewhere; recompute only the tables that hold a total another table hid, until none
        // hides a new one (hiding only grows, so this ends).
        var hidden = new HashSet<CountCell>();
        var overview = Overview(regions, policy, hidden);
        var counts = families.ToDictionary(family => family.Key, family => WeekCounts.Disclose(input, family.Value, policy, hidden), StringComparer.Ordinal);
        while (true)
        {
            var added = overview.Where(cell => cell.Value.State == DisclosureState.Suppressed).Select(cell => cell.Key)
                .Concat(counts.Values.SelectMany(table => table.HiddenCells).Where(IsRegionTotal))
                .Where(cell => !hidden.Contains(cell))
                .ToHashSet();
            if (added.Count == 0)
            {
                var countsOfRegion = families.SelectMany(family => family.Value.Select(region => (region.Region.Code, Counts: counts[family.Key])))
                    .ToDictionary(pair => pair.Code, pair => pair.Counts, StringComparer.Ordinal);
                return new WeekDisclosure(input, regions, overview, countsOfRegion);
            }

            hidden.UnionWith(added);
            var touched = added.Select(cell => cell.Area).ToHashSet(StringComparer.Ordinal);
            overview = Overview(regions, policy, hidden);
            foreach (var family in families.Where(family => family.Value.Any(region => touched.Contains(region.Region.Code))))
            {
                counts[family.Key] = WeekCounts.Disclose(input, family.Value, policy, hidden);
            }
        }
    }

    /// <summary>Each toezichtregio with the jeugdregio's inside it; a jeugdregio outside every toezichtregio is a family of its own.</summary>
    private static Dictionary<string, List<RegionInWeek>> Families(IReadOnlyList<RegionInWeek> regions)
    {
        var families = new Dictionary<string, List<RegionInWeek>>(StringComparer.Ordinal);
        var jeugdregios = regions.Where(r => r.Region.Kind == AreaKind.Jeugdregio).ToList();
        foreach (var toezichtregio in regions.Where(r => r.Region.Kind == AreaKind.Toezichtregio))
        {
            var gemeenten = toezichtregio.Gemeenten.ToHashSet(StringComparer.Ordinal);
            families[toezichtregio.Region.Code] = [toezichtregio, .. jeugdregios.Where(j => j.Gemeenten.Count > 0 && j.Gemeenten.All(gemeenten.Contains))];
        }

        var placed = families.Values.SelectMany(family => family).Select(r => r.Region.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var alone in jeugdregios.Where(j => !placed.Contains(j.Region.Code)))
        {
            families[alone.Region.Code] = [alone];
        }

        return families;
    }

    private static DisclosedTable<CountCell> Overview(IReadOnlyList<RegionInWeek> regions, DisclosurePolicy policy, HashSet<CountCell> hidden)
    {
        var table = new DisclosureTable<CountCell>();
        foreach (var region in regions)
        {
            foreach (var indicator in OverviewIndicators)
            {
                var cell = new CountCell(region.Region.Code, "", indicator, Measure.None);
                table.Add(cell, DashboardCounts.Whole(region.Week.Indicator(indicator).Count));
                if (hidden.Contains(cell))
                {
                    table.HideAsElsewhere(cell);
                }
            }
        }

        // Zonder vaste jeugdbeschermer = instroomlijst + doorstroomlijst in every row: the overview shows all three.
        foreach (var region in regions)
        {
            var total = new CountCell(region.Region.Code, "", RollupIndicator.ZonderVasteJeugdbeschermer, Measure.None);
            table.AddGroup(total, [total with { Indicator = IndicatorCatalogue.Instroomlijst }, total with { Indicator = IndicatorCatalogue.Doorstroomlijst }]);
        }

        foreach (var group in RegionHierarchy.AdditiveGroups(regions))
        {
            foreach (var indicator in OverviewIndicators)
            {
                table.AddGroup(new(group.Total, "", indicator, Measure.None), group.Parts.Select(part => new CountCell(part, "", indicator, Measure.None)));
            }
        }

        // No roles yet (sign-in comes later): nobody is exempt.
        return DisclosureControl.Apply(table, policy, exempt: false);
    }
}
