namespace Instroom.Web.Features.Map;

/// <summary>
/// The outer boundary of a group of adjacent regions, without their inner borders. The CBS boundaries are
/// topologically clean (neighbours share the same vertices), so an edge that occurs twice in the group is an
/// inner border and drops out; the edges left are chained into lines.
/// </summary>
internal static class GroupOutline
{
    public static IReadOnlyList<IReadOnlyList<MapPoint>> Trace(IEnumerable<IReadOnlyList<MapPoint>> rings)
    {
        var edges = BoundaryEdges(rings);
        var edgesAt = new Dictionary<MapPoint, List<int>>();
        for (var i = 0; i < edges.Count; i++)
        {
            AddAt(edgesAt, edges[i].From, i);
            AddAt(edgesAt, edges[i].To, i);
        }

        var used = new bool[edges.Count];
        var lines = new List<IReadOnlyList<MapPoint>>();
        for (var start = 0; start < edges.Count; start++)
        {
            if (used[start])
            {
                continue;
            }

            used[start] = true;
            var line = new List<MapPoint> { edges[start].From, edges[start].To };
            while (NextUnused(edgesAt, used, line[^1]) is { } next)
            {
                used[next] = true;
                line.Add(edges[next].From == line[^1] ? edges[next].To : edges[next].From);
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Edges that belong to exactly one ring of the group, in the direction their ring runs.</summary>
    internal static IReadOnlyList<(MapPoint From, MapPoint To)> BoundaryEdges(IEnumerable<IReadOnlyList<MapPoint>> rings)
    {
        var all = rings
            .SelectMany(ring => ring.Select((point, i) => (From: point, To: ring[(i + 1) % ring.Count])))
            .ToList();
        var counts = all
            .GroupBy(edge => Undirected(edge.From, edge.To))
            .ToDictionary(group => group.Key, group => group.Count());
        return all.Where(edge => counts[Undirected(edge.From, edge.To)] == 1).ToList();
    }

    private static (MapPoint, MapPoint) Undirected(MapPoint a, MapPoint b) => a < b ? (a, b) : (b, a);

    private static void AddAt(Dictionary<MapPoint, List<int>> edgesAt, MapPoint point, int edge)
    {
        if (!edgesAt.TryGetValue(point, out var list))
        {
            edgesAt[point] = list = [];
        }

        list.Add(edge);
    }

    private static int? NextUnused(Dictionary<MapPoint, List<int>> edgesAt, bool[] used, MapPoint at)
    {
        foreach (var edge in edgesAt[at])
        {
            if (!used[edge])
            {
                return edge;
            }
        }

        return null;
    }
}
