namespace Instroom.Web.Features;

/// <summary>The main menu, in the order users work through it.</summary>
public sealed record NavigationItem(string Label, string Path)
{
    public static readonly IReadOnlyList<NavigationItem> All =
    [
        new("Landelijk overzicht", "/"),
        new("Regio's", "/regios"),
        new("Inspectie", "/inspectie"),
        new("Trends", "/trends"),
        new("Aanleveringen", "/aanleveringen"),
        new("Beheer", "/beheer"),
    ];

    public bool IsCurrent(PathString requestPath) =>
        Path == "/" ? requestPath == "/" : requestPath.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);
}
