using System.Security.Claims;
using Instroom.Data.Areas;

namespace Instroom.Data.Access;

/// <summary>
/// Which regions a signed-in user may see, read from their claims: roles (<see cref="ClaimTypes.Role"/>) and assigned
/// areas (<see cref="AreaClaimType"/>, an area code). Beheerder and Inspectie see every region. A Ketenpartner sees
/// their assigned jeugdregio's; an Accounthouder their assigned jeugdregio's and gemeenten. Nederland, the national
/// aggregate, is visible to everybody. Resolve it against the areas of a date with <see cref="Resolve"/>.
/// </summary>
/// <remarks>
/// Deny by default: a role this class does not know, an area code of another kind (a toezichtregio, a provincie) or a
/// gemeente assigned to a Ketenpartner grants nothing; the administrator assigns jeugdregio's or gemeenten.
/// </remarks>
public sealed class UserScope
{
    /// <summary>The claim type of an assigned area; its value is a code from table <c>area</c>.</summary>
    public const string AreaClaimType = "instroom:gebied";

    private UserScope(bool everyRegion, IReadOnlySet<string> jeugdregioClaims, IReadOnlySet<string> gemeenteClaims, IReadOnlySet<string> assigned)
    {
        SeesEveryRegion = everyRegion;
        JeugdregioGrants = jeugdregioClaims;
        GemeenteGrants = gemeenteClaims;
        AssignedAreas = assigned;
    }

    /// <summary>Beheerder or Inspectie: no region is out of scope.</summary>
    public bool SeesEveryRegion { get; }

    /// <summary>Every area code in the user's claims, whether or not it grants anything.</summary>
    public IReadOnlySet<string> AssignedAreas { get; }

    /// <summary>Assigned codes that may grant a jeugdregio (Ketenpartner, Accounthouder).</summary>
    private IReadOnlySet<string> JeugdregioGrants { get; }

    /// <summary>Assigned codes that may grant a gemeente (Accounthouder only).</summary>
    private IReadOnlySet<string> GemeenteGrants { get; }

    /// <summary>A user without roles or areas: Nederland only.</summary>
    public static UserScope Nothing { get; } = From([], []);

    public static UserScope From(IEnumerable<string> roles, IEnumerable<string> areaCodes)
    {
        var roleSet = roles.ToHashSet(StringComparer.Ordinal);
        var codes = areaCodes.Where(code => !string.IsNullOrWhiteSpace(code))
            .Select(code => code.Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var everyRegion = roleSet.Contains(Roles.Beheerder) || roleSet.Contains(Roles.Inspectie);
        IReadOnlySet<string> none = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var jeugdregios = roleSet.Contains(Roles.Ketenpartner) || roleSet.Contains(Roles.Accounthouder) ? codes : none;
        var gemeenten = roleSet.Contains(Roles.Accounthouder) ? codes : none;
        return new UserScope(everyRegion, jeugdregios, gemeenten, codes);
    }

    public static UserScope From(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? From(user.FindAll(ClaimTypes.Role).Select(claim => claim.Value), user.FindAll(AreaClaimType).Select(claim => claim.Value))
            : Nothing;

    /// <summary>
    /// The areas of <paramref name="directory"/> this user may see: Nederland; granted jeugdregio's and every gemeente
    /// in them; granted gemeenten; and a toezichtregio only when every jeugdregio in it is visible — a toezichtregio
    /// aggregates its jeugdregio's, so its figures would otherwise reveal a region that is not the user's.
    /// </summary>
    public VisibleAreas Resolve(AreaDirectory directory)
    {
        if (SeesEveryRegion)
        {
            return VisibleAreas.Everything(directory);
        }

        var visible = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { AreaKind.NationalCode };
        var jeugdregios = directory.OfKind(AreaKind.Jeugdregio)
            .Where(area => JeugdregioGrants.Contains(area.Code))
            .Select(area => area.Code)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        visible.UnionWith(jeugdregios);
        foreach (var gemeente in directory.OfKind(AreaKind.Gemeente))
        {
            if (GemeenteGrants.Contains(gemeente.Code) || gemeente.RegionCodes.Any(jeugdregios.Contains))
            {
                visible.Add(gemeente.Code);
            }
        }

        var jeugdregiosPerToezichtregio = directory.OfKind(AreaKind.Jeugdregio)
            .SelectMany(jeugdregio => jeugdregio.RegionCodes.Select(toezicht => (Toezicht: toezicht, Jeugdregio: jeugdregio.Code)))
            .ToLookup(pair => pair.Toezicht, pair => pair.Jeugdregio, StringComparer.OrdinalIgnoreCase);
        foreach (var toezichtregio in directory.OfKind(AreaKind.Toezichtregio))
        {
            var members = jeugdregiosPerToezichtregio[toezichtregio.Code].ToList();
            if (members.Count > 0 && members.All(jeugdregios.Contains))
            {
                visible.Add(toezichtregio.Code);
            }
        }

        return new VisibleAreas(directory, visible);
    }
}
