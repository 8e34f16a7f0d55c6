using System.Security.Claims;
using Instroom.Data.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Instroom.Web.Security;

/// <summary>Who may open a page at all; which regions they then see is <see cref="RegionScopeFilter"/>'s concern.</summary>
public enum Audience
{
    /// <summary>No role needed (sign-in, errors, the accessibility statement); whether anonymous users may come is up to the page.</summary>
    Public,

    /// <summary>Every role, each within their regions: the dashboard, regions, trends and definitions.</summary>
    Everyone,

    /// <summary>Beheerder and Inspectie: the inspectie page and reading the deliveries.</summary>
    Inspectie,

    /// <summary>Beheerder only: administration, manual pulls, quarantined raw content — and any page not listed here.</summary>
    Beheerder,
}

/// <summary>
/// The one table of which role may open which page, applied to every controller action as authorisation metadata.
/// A controller or action missing from it is for Beheerder only (deny by default); <c>[AllowAnonymous]</c> on a
/// page still wins, as it does for the sign-in pages. Adding a page means adding a line here and to the route matrix
/// test (Instroom.Tests/Access/RouteMatrixTests), which fails for a route without an expectation.
/// </summary>
public static class PageAccess
{
    private static readonly Dictionary<string, Audience> Controllers = new(StringComparer.Ordinal)
    {
        ["Overview"] = Audience.Everyone,
        ["Regions"] = Audience.Everyone,
        ["RegionReport"] = Audience.Everyone,
        ["Trends"] = Audience.Everyone,
        ["Indicators"] = Audience.Everyone,
        ["Inspectie"] = Audience.Inspectie,
        // Read-only for the inspecties: whether the sources deliver explains an "onvolledig" status.
        ["Deliveries"] = Audience.Inspectie,
        ["Accessibility"] = Audience.Public,
        ["Errors"] = Audience.Public,
        // Sign-in and sign-out are [AllowAnonymous]; changing one's own password is for every signed-in user.
        ["Account"] = Audience.Public,
    };

    private static readonly Dictionary<string, Audience> Actions = new(StringComparer.Ordinal)
    {
        // Raw quarantined files hold unsuppressed figures; a manual pull changes state.
        ["Deliveries.Quarantine"] = Audience.Beheerder,
        ["Deliveries.QuarantinePayload"] = Audience.Beheerder,
        ["Deliveries.Pull"] = Audience.Beheerder,
    };

    public static Audience Of(string controller, string action) =>
        Actions.TryGetValue($"{controller}.{action}", out var audience) ? audience
        : Controllers.TryGetValue(controller, out audience) ? audience
        : Audience.Beheerder;

    /// <summary>The roles that may open a page for <paramref name="audience"/>; empty for <see cref="Audience.Public"/>.</summary>
    public static IReadOnlyList<string> RolesOf(Audience audience) => audience switch
    {
        Audience.Public => [],
        Audience.Everyone => Roles.All,
        Audience.Inspectie => [Roles.Beheerder, Roles.Inspectie],
        _ => [Roles.Beheerder],
    };

    /// <summary>The authorisation policy of <paramref name="audience"/> (<see cref="Policies"/>); null for <see cref="Audience.Public"/>.</summary>
    public static string? PolicyOf(Audience audience) => audience switch
    {
        Audience.Public => null,
        Audience.Everyone => Policies.Gebruiker,
        Audience.Inspectie => Policies.Inspectie,
        _ => Policies.Beheerder,
    };

    /// <summary>Whether <paramref name="user"/> may open pages for <paramref name="audience"/> (for menus and links).</summary>
    public static bool Admits(ClaimsPrincipal user, Audience audience) =>
        audience == Audience.Public || RolesOf(audience).Any(user.IsInRole);

    /// <summary>
    /// Adds the table's policy to every action as <see cref="AuthorizeAttribute"/> endpoint metadata, so the
    /// authorisation middleware enforces (and audits) it before anything runs; <c>[AllowAnonymous]</c> still exempts a page.
    /// </summary>
    internal sealed class Convention : IApplicationModelConvention
    {
        public void Apply(ApplicationModel application)
        {
            foreach (var controller in application.Controllers)
            {
                foreach (var action in controller.Actions)
                {
                    // A page that states its own [Authorize] or [AllowAnonymous] keeps exactly that.
                    if (controller.Attributes.Concat(action.Attributes).Any(attribute => attribute is IAuthorizeData or IAllowAnonymous))
                    {
                        continue;
                    }

                    if (PolicyOf(Of(controller.ControllerName, action.ActionName)) is not { } policy)
                    {
                        continue;
                    }

                    foreach (var selector in action.Selectors)
                    {
                        selector.EndpointMetadata.Add(new AuthorizeAttribute(policy));
                    }
                }
            }
        }
    }
}
