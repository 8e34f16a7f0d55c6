namespace Instroom.Web.Features.Map;

/// <summary>A point in the map's SVG coordinates (x to the east, y to the south), rounded to 0.1.</summary>
public readonly record struct MapPoint(double X, double Y) : IComparable<MapPoint>
{
    public int CompareTo(MapPoint other) => X != other.X ? X.CompareTo(other.X) : Y.CompareTo(other.Y);

    public double DistanceTo(MapPoint other) => Math.Sqrt(((X - other.X) * (X - other.X)) + ((Y - other.Y) * (Y - other.Y)));

    public static bool operator <(MapPoint left, MapPoint right) => left.CompareTo(right) < 0;

    public static bool operator >(MapPoint left, MapPoint right) => left.CompareTo(right) > 0;

    public static bool operator <=(MapPoint left, MapPoint right) => left.CompareTo(right) <= 0;

    public static bool operator >=(MapPoint left, MapPoint right) => left.CompareTo(right) >= 0;
}
