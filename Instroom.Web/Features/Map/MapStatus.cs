namespace Instroom.Web.Features.Map;

/// <summary>The status a region has on the national map; each one has a colour and a pattern.</summary>
public enum MapStatus
{
    /// <summary>No status (yet): nothing delivered or not computed.</summary>
    Geen,
    Groen,
    Oranje,
    Rood,

    /// <summary>Some sources did not deliver, so the status cannot be judged.</summary>
    Onvolledig,
}

public static class MapStatusText
{
    /// <summary>The Dutch word users read and hear, e.g. in "Rijnmond: rood".</summary>
    public static string Word(this MapStatus status) => status switch
    {
        MapStatus.Groen => "groen",
        MapStatus.Oranje => "oranje",
        MapStatus.Rood => "rood",
        MapStatus.Onvolledig => "onvolledig",
        _ => "geen status",
    };

    /// <summary>The suffix of the CSS classes and pattern ids for a status: "rood", "geen", ...</summary>
    public static string CssName(this MapStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>What the pattern looks like, for the legend (colour is never the only signal).</summary>
    public static string PatternDescription(this MapStatus status) => status switch
    {
        MapStatus.Groen => "effen groen",
        MapStatus.Oranje => "oranje met stippen",
        MapStatus.Rood => "rood met schuine arcering",
        MapStatus.Onvolledig => "grijs met ruitarcering",
        _ => "lichtgrijs, effen",
    };
}
