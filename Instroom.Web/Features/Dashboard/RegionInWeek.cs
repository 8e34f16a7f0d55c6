using Instroom.Data.Areas;
using Instroom.Data.Rollups;

namespace Instroom.Web.Features.Dashboard;

/// <summary>A region's read model for a week with the gemeenten it is made of, so a page knows which regions add up.</summary>
public sealed record RegionInWeek(RegionWeek Week, IReadOnlyList<string> Gemeenten)
{
    public RegionRef Region => Week.Region;

    /// <summary>The read model of every region in the week's input: one load, aggregated in memory.</summary>
    public static IReadOnlyList<RegionInWeek> From(WeekInput input) =>
        WeekRollup.Aggregate(input)
            .Select(rollup => new RegionInWeek(RegionWeekBuilder.Build(rollup), rollup.Gemeenten))
            .OrderBy(region => RegionOrder.Of(region.Region.Kind))
            .ThenBy(region => region.Region.Code, StringComparer.Ordinal)
            .ToList();
}

/// <summary>A total and the regions that add up to it exactly.</summary>
public sealed record RegionGroup(string Total, IReadOnlyList<string> Parts);

public static class RegionHierarchy
{
    // Finest groups first: disclosure control looks for a complement in the order groups were declared, and a
    // complement within one toezichtregio hides less than one chosen among all 42 jeugdregio's.
    private static readonly (string Outer, string Inner)[] Levels =
    [
        (AreaKind.Toezichtregio, AreaKind.Jeugdregio),
        (AreaKind.Land, AreaKind.Toezichtregio),
        (AreaKind.Land, AreaKind.Jeugdregio),
    ];

    /// <summary>
    /// For Nederland and each toezichtregio, the regions of a smaller kind whose gemeenten together are exactly its
    /// gemeenten, each gemeente once: then the larger region's count is the sum of theirs, a relation a reader can
    /// use and disclosure control must know. A level that does not partition the larger region gives no group.
    /// </summary>
    public static IReadOnlyList<RegionGroup> AdditiveGroups(IReadOnlyList<RegionInWeek> regions)
    {
        var groups = new List<RegionGroup>();
        foreach (var (outerKind, innerKind) in Levels)
        {
            var inner = regions.Where(r => r.Region.Kind == innerKind && r.Gemeenten.Count > 0).ToList();
            foreach (var outer in regions.Where(r => r.Region.Kind == outerKind && r.Gemeenten.Count > 0))
            {
                var gemeenten = outer.Gemeenten.ToHashSet(StringComparer.Ordinal);
                var parts = inner.Where(r => r.Gemeenten.All(gemeenten.Contains)).ToList();
                var covered = parts.SelectMany(r => r.Gemeenten).ToList();
                if (parts.Count > 0 && covered.Count == gemeenten.Count && covered.Distinct(StringComparer.Ordinal).Count() == covered.Count)
                {
                    groups.Add(new RegionGroup(outer.Region.Code, parts.Select(r => r.Region.Code).ToList()));
                }
            }
        }

        return groups;
    }
}
