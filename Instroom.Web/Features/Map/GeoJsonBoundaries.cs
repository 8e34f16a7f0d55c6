using System.Text.Json;

namespace Instroom.Web.Features.Map;

/// <summary>A region's boundary as read from GeoJSON: rings of (longitude, latitude) in WGS84.</summary>
internal sealed record GeoBoundary(string Code, string Name, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings);

/// <summary>
/// Reads a CBS/PDOK FeatureCollection (properties <c>statcode</c>, <c>statnaam</c>; Polygon or MultiPolygon).
/// Outer rings and holes are returned alike: the map fills them with the even-odd rule.
/// </summary>
internal static class GeoJsonBoundaries
{
    public static IReadOnlyList<GeoBoundary> Parse(string geoJson)
    {
        using var document = JsonDocument.Parse(geoJson);
        var boundaries = new List<GeoBoundary>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var geometry = feature.GetProperty("geometry");
            var coordinates = geometry.GetProperty("coordinates");
            var polygons = geometry.GetProperty("type").GetString() switch
            {
                "Polygon" => [coordinates],
                "MultiPolygon" => coordinates.EnumerateArray().ToList(),
                var other => throw new InvalidDataException($"Unexpected geometry type {other}."),
            };

            var rings = polygons
                .SelectMany(polygon => polygon.EnumerateArray())
                .Select(ring => (IReadOnlyList<(double, double)>)ring.EnumerateArray()
                    .Select(position => (position[0].GetDouble(), position[1].GetDouble()))
                    .ToList())
                .ToList();
            boundaries.Add(new GeoBoundary(properties.GetProperty("statcode").GetString()!, properties.GetProperty("statnaam").GetString()!, rings));
        }

        return boundaries;
    }
}
