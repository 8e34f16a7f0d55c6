using Instroom.Data.Status;
using Instroom.Web.Features.Map;

namespace Instroom.Web.Features.Dashboard;

/// <summary>
/// A status as the dashboard shows it: the word, a shape and a colour, never the colour alone. The shapes follow the
/// map's statuses: groen a circle, oranje a triangle, rood a square, onvolledig a diamond, no status an open circle.
/// </summary>
public static class StatusMarks
{
    public static readonly IReadOnlyList<MapStatus> All = [MapStatus.Rood, MapStatus.Oranje, MapStatus.Onvolledig, MapStatus.Groen, MapStatus.Geen];

    public static MapStatus ToMapStatus(this StatusColour colour) => colour switch
    {
        StatusColour.Green => MapStatus.Groen,
        StatusColour.Orange => MapStatus.Oranje,
        StatusColour.Red => MapStatus.Rood,
        _ => MapStatus.Onvolledig,
    };

    public static MapStatus ToMapStatus(this RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Green => MapStatus.Groen,
        RuleOutcome.Orange => MapStatus.Oranje,
        RuleOutcome.Red => MapStatus.Rood,
        RuleOutcome.Incomplete => MapStatus.Onvolledig,
        _ => MapStatus.Geen,
    };

    /// <summary>How bad a status is, for sorting worst first: rood, oranje, onvolledig, groen, none.</summary>
    public static int Severity(this MapStatus status) => status switch
    {
        MapStatus.Rood => 4,
        MapStatus.Oranje => 3,
        MapStatus.Onvolledig => 2,
        MapStatus.Groen => 1,
        _ => 0,
    };

    /// <summary>The shape of the status mark, for the legend.</summary>
    public static string Shape(this MapStatus status) => status switch
    {
        MapStatus.Groen => "cirkel",
        MapStatus.Oranje => "driehoek",
        MapStatus.Rood => "vierkant",
        MapStatus.Onvolledig => "ruit",
        _ => "open cirkel",
    };

    /// <summary>One letter for narrow cells (the heat strip), always next to the full word for screen readers.</summary>
    public static string Letter(this MapStatus status) => status switch
    {
        MapStatus.Groen => "G",
        MapStatus.Oranje => "O",
        MapStatus.Rood => "R",
        MapStatus.Onvolledig => "?",
        _ => "–",
    };

    /// <summary>"Rood", "Geen status": the word at the start of a sentence or cell.</summary>
    public static string Title(this MapStatus status)
    {
        var word = status.Word();
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
