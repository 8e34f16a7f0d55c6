using System.Security.Claims;
using Instroom.Web.Security;

namespace Instroom.Web.Features;

/// <summary>The main menu, in the order users work through it; each item only for whom may open it.</summary>
public sealed record NavigationItem(string Label, string Path, Audience Audience = Audience.Everyone)
{
    public static readonly IReadOnlyList<NavigationItem> All =
    [
        new("Landelijk overzicht", "/"),
        new("Regio's", "/regios"),
        new("Inspectie", "/inspectie", Audience.Inspectie),
        new("Trends", "/trends"),
        new("Aanleveringen", "/aanleveringen", Audience.Inspectie),
        new("Beheer", "/beheer", Audience.Beheerder),
    ];

    /// <summary>The items <paramref name="user"/> may open: a menu that leads to a refusal helps nobody.</summary>
    public static IEnumerable<NavigationItem> For(ClaimsPrincipal user) => All.Where(item => PageAccess.Admits(user, item.Audience));

    public bool IsCurrent(PathString requestPath) =>
        Path == "/" ? requestPath == "/" : requestPath.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);
}
