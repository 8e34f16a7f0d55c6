using Instroom.Data.Reference;
using Instroom.Data.Text;

namespace Instroom.Web.Features.Map;

/// <summary>
/// The national map's shapes, projected once from the embedded CBS 2025 jeugdregio boundaries and grouped into the
/// toezichtregio's of <c>toezichtregios_2021.csv</c>. Registered as a singleton; pure, so tests build it directly.
/// </summary>
public sealed class NationalMapGeometry
{
    private readonly Dictionary<string, string> _supervisionRegionOf;

    private NationalMapGeometry(double width, double height, IReadOnlyList<RegionShape> regions,
        IReadOnlyList<SupervisionRegionShape> supervisionRegions)
    {
        Width = width;
        Height = height;
        Regions = regions;
        SupervisionRegions = supervisionRegions;
        _supervisionRegionOf = supervisionRegions
            .SelectMany(group => group.JeugdregioCodes.Select(code => (code, group.Code)))
            .ToDictionary(pair => pair.code, pair => pair.Code, StringComparer.OrdinalIgnoreCase);
    }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The <c>viewBox</c> attribute of the map's SVG.</summary>
    public string ViewBox => $"0 0 {SvgPathData.Number(Width)} {SvgPathData.Number(Height)}";

    /// <summary>All 42 jeugdregio's, ordered by code.</summary>
    public IReadOnlyList<RegionShape> Regions { get; }

    /// <summary>The 11 toezichtregio's, ordered by code; together they hold every jeugdregio once.</summary>
    public IReadOnlyList<SupervisionRegionShape> SupervisionRegions { get; }

    public RegionShape Region(string jeugdregioCode) =>
        Regions.First(region => string.Equals(region.Code, jeugdregioCode, StringComparison.OrdinalIgnoreCase));

    /// <summary>The toezichtregio code (e.g. <c>TR10</c>) a jeugdregio belongs to, or null for an unknown code.</summary>
    public string? SupervisionRegionOf(string jeugdregioCode) => _supervisionRegionOf.GetValueOrDefault(jeugdregioCode);

    public static NationalMapGeometry Load() =>
        Build(ReferenceFiles.ReadText("jeugdregios_2025.geojson"), ReferenceFiles.ReadText("toezichtregios_2021.csv"));

    internal static NationalMapGeometry Build(string jeugdregioGeoJson, string toezichtregioCsv)
    {
        var boundaries = GeoJsonBoundaries.Parse(jeugdregioGeoJson);
        var all = boundaries.SelectMany(b => b.Rings).SelectMany(ring => ring).ToList();
        double west = all.Min(p => p.Lon), east = all.Max(p => p.Lon), south = all.Min(p => p.Lat), north = all.Max(p => p.Lat);
        var projection = new MapProjection(west, north);
        var corner = projection.Project(east, south);

        var ringsOf = boundaries.ToDictionary(
            boundary => boundary.Code,
            boundary => (IReadOnlyList<IReadOnlyList<MapPoint>>)boundary.Rings
                .Select(projection.ProjectRing)
                .Where(ring => ring.Count >= 3)
                .ToList(),
            StringComparer.Ordinal);

        var regions = boundaries
            .OrderBy(boundary => boundary.Code, StringComparer.Ordinal)
            .Select(boundary => new RegionShape(boundary.Code, boundary.Name, SvgPathData.Closed(ringsOf[boundary.Code])))
            .ToList();

        var groups = ReadSupervisionRegions(toezichtregioCsv);
        var unknown = groups.SelectMany(group => group.Codes).Where(code => !ringsOf.ContainsKey(code)).ToList();
        var ungrouped = ringsOf.Keys.Except(groups.SelectMany(group => group.Codes)).ToList();
        if (unknown.Count > 0 || ungrouped.Count > 0)
        {
            throw new InvalidDataException(
                $"Toezichtregio's and jeugdregio boundaries disagree: unknown {string.Join(' ', unknown)}; without toezichtregio {string.Join(' ', ungrouped)}.");
        }

        var supervisionRegions = groups
            .Select(group =>
            {
                var rings = group.Codes.SelectMany(code => ringsOf[code]).ToList();
                var outline = GroupOutline.Trace(rings);
                var marker = MarkerPlacement.Inside(rings, GroupOutline.BoundaryEdges(rings));
                return new SupervisionRegionShape(group.Code, group.Name, group.Codes, SvgPathData.Open(outline), marker);
            })
            .ToList();

        return new NationalMapGeometry(corner.X + MapProjection.Margin, corner.Y + MapProjection.Margin, regions, supervisionRegions);
    }

    private static List<(string Code, string Name, IReadOnlyList<string> Codes)> ReadSupervisionRegions(string csv)
    {
        var parsed = CsvReader.Parse(csv, ',');
        if (!parsed.Succeeded)
        {
            throw new InvalidDataException($"toezichtregios line {parsed.ErrorLine}: {parsed.Error}");
        }

        var header = parsed.Rows[0].Fields.ToList();
        int code = header.IndexOf("code"), name = header.IndexOf("naam"), members = header.IndexOf("jeugdregiocodes");
        return parsed.Rows.Skip(1)
            .Select(row => (row.Fields[code], row.Fields[name],
                (IReadOnlyList<string>)row.Fields[members].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .OrderBy(group => group.Item1, StringComparer.Ordinal)
            .ToList();
    }
}
