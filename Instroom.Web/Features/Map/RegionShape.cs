namespace Instroom.Web.Features.Map;

/// <summary>A jeugdregio as drawn: SVG path data for its area (holes and islands included, even-odd fill).</summary>
public sealed record RegionShape(string Code, string Name, string PathData);

/// <summary>
/// A toezichtregio as drawn: the jeugdregio's it groups (in drawing order), the path of its outer boundary and
/// the point where its verscherpt-toezicht marker goes.
/// </summary>
public sealed record SupervisionRegionShape(
    string Code,
    string Name,
    IReadOnlyList<string> JeugdregioCodes,
    string OutlinePathData,
    MapPoint MarkerPoint);
