namespace Instroom.Web.Features.Map;

/// <summary>
/// Equirectangular projection with longitudes scaled by cos(52°): for a country the size of the Netherlands the
/// distortion is invisible at map scale, and it needs no projection library. The result is translated so the
/// given bounds start at <see cref="Margin"/> and rounded to 0.1 unit (about 45 m), which also thins the points.
/// </summary>
internal sealed class MapProjection(double west, double north)
{
    /// <summary>SVG units per degree of latitude.</summary>
    public const double UnitsPerDegree = 250;

    public const double Margin = 8;

    private static readonly double LongitudeScale = Math.Cos(52 * Math.PI / 180);

    public MapPoint Project(double longitude, double latitude) => new(
        Math.Round(((longitude - west) * LongitudeScale * UnitsPerDegree) + Margin, 1),
        Math.Round(((north - latitude) * UnitsPerDegree) + Margin, 1));

    /// <summary>A ring in map units without repeated points and without the closing point (SVG closes with Z).</summary>
    public IReadOnlyList<MapPoint> ProjectRing(IReadOnlyList<(double Lon, double Lat)> ring)
    {
        var points = new List<MapPoint>(ring.Count);
        foreach (var (lon, lat) in ring)
        {
            var point = Project(lon, lat);
            if (points.Count == 0 || points[^1] != point)
            {
                points.Add(point);
            }
        }

        if (points.Count > 1 && points[0] == points[^1])
        {
            points.RemoveAt(points.Count - 1);
        }

        return points;
    }
}
