using Instroom.Data.Areas;
using Instroom.Data.Rollups;
using Instroom.Data.Supervision;
using Instroom.Data.Text;
using Instroom.Web.Features.Map;

namespace Instroom.Web.Features.Overview;

/// <summary>
/// Which regions are under verscherpt toezicht in the overview's week. A period on a toezichtregio covers its
/// jeugdregio's; a period on a jeugdregio shows at its toezichtregio as "deels". Kept apart from the computed status.
/// </summary>
public sealed class OverviewSupervision(IReadOnlyList<SupervisionPeriod> open, NationalMapGeometry geometry)
{
    private readonly Dictionary<string, SupervisionPeriod> _byRegion = open
        .GroupBy(period => period.AreaCode, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

    /// <summary>"onder verscherpt toezicht sinds 01-03-2026", or null when the region is not under toezicht.</summary>
    public string? Describe(RegionRef region)
    {
        if (_byRegion.TryGetValue(region.Code, out var own))
        {
            return $"onder verscherpt toezicht sinds {DutchFormat.Date(own.Start)}";
        }

        if (region.Kind == AreaKind.Jeugdregio && geometry.SupervisionRegionOf(region.Code) is { } toezichtregio
            && _byRegion.TryGetValue(toezichtregio, out var viaToezichtregio))
        {
            return $"onder verscherpt toezicht via toezichtregio {viaToezichtregio.AreaName} (sinds {DutchFormat.Date(viaToezichtregio.Start)})";
        }

        if (region.Kind == AreaKind.Toezichtregio)
        {
            var parts = JeugdregiosOf(region.Code).Where(_byRegion.ContainsKey).Select(code => _byRegion[code].AreaName).ToList();
            return parts.Count == 0 ? null : $"deels onder verscherpt toezicht: {string.Join(", ", parts)}";
        }

        return null;
    }

    /// <summary>Whether the map marks this jeugdregio (and so its toezichtregio's outline) as under toezicht.</summary>
    public bool MarksOnMap(string jeugdregioCode, OverviewLevel level)
    {
        var toezichtregio = geometry.SupervisionRegionOf(jeugdregioCode);
        if (_byRegion.ContainsKey(jeugdregioCode) || (toezichtregio is not null && _byRegion.ContainsKey(toezichtregio)))
        {
            return true;
        }

        // At the toezichtregio level a region is one area on the map: all of it is marked when part of it is.
        return level == OverviewLevel.Toezichtregio && toezichtregio is not null && JeugdregiosOf(toezichtregio).Any(_byRegion.ContainsKey);
    }

    private IEnumerable<string> JeugdregiosOf(string toezichtregio) =>
        geometry.SupervisionRegions.FirstOrDefault(region => region.Code == toezichtregio)?.JeugdregioCodes ?? [];
}
