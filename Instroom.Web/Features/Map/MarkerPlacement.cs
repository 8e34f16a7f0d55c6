namespace Instroom.Web.Features.Map;

/// <summary>
/// Where a marker sits inside a (possibly concave) area: the point of a grid inside the area that is furthest
/// from its boundary — a centroid can fall in the sea for Noord-Holland. Runs once per toezichtregio at start.
/// </summary>
internal static class MarkerPlacement
{
    private const int GridSteps = 48;

    public static MapPoint Inside(IReadOnlyList<IReadOnlyList<MapPoint>> rings, IReadOnlyList<(MapPoint From, MapPoint To)> boundary)
    {
        var points = rings.SelectMany(ring => ring).ToList();
        double minX = points.Min(p => p.X), maxX = points.Max(p => p.X), minY = points.Min(p => p.Y), maxY = points.Max(p => p.Y);
        var step = Math.Max(maxX - minX, maxY - minY) / GridSteps;

        var best = new MapPoint(Math.Round((minX + maxX) / 2, 1), Math.Round((minY + maxY) / 2, 1));
        var bestDistance = double.NegativeInfinity;
        for (var x = minX + (step / 2); x < maxX; x += step)
        {
            for (var y = minY + (step / 2); y < maxY; y += step)
            {
                var candidate = new MapPoint(x, y);
                if (!IsInside(rings, candidate))
                {
                    continue;
                }

                var distance = boundary.Min(edge => DistanceToSegment(candidate, edge.From, edge.To));
                if (distance > bestDistance)
                {
                    bestDistance = distance;
                    best = new MapPoint(Math.Round(x, 1), Math.Round(y, 1));
                }
            }
        }

        return best;
    }

    /// <summary>Even-odd rule over all rings, as the map fills them.</summary>
    internal static bool IsInside(IReadOnlyList<IReadOnlyList<MapPoint>> rings, MapPoint point)
    {
        var inside = false;
        foreach (var ring in rings)
        {
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            {
                var (a, b) = (ring[i], ring[j]);
                if ((a.Y > point.Y) != (b.Y > point.Y)
                    && point.X < ((b.X - a.X) * (point.Y - a.Y) / (b.Y - a.Y)) + a.X)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }

    private static double DistanceToSegment(MapPoint p, MapPoint a, MapPoint b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var lengthSquared = (dx * dx) + (dy * dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / lengthSquared, 0, 1);
        return p.DistanceTo(new MapPoint(a.X + (t * dx), a.Y + (t * dy)));
    }
}
