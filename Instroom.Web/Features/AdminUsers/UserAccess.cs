using Instroom.Data.Access;

namespace Instroom.Web.Features.AdminUsers;

/// <summary>
/// Which areas fit which roles (issue 6): Beheerder and Inspectie see every region and get no areas; a Ketenpartner
/// gets jeugdregio's; an Accounthouder gemeenten and jeugdregio's. Every error is a Dutch sentence.
/// </summary>
public static class UserAccess
{
    public static IReadOnlyList<string> Validate(IReadOnlyCollection<string> roles, IReadOnlyCollection<string> areaCodes, AreaChoices areas)
    {
        var errors = new List<string>();
        if (roles.Count == 0)
        {
            errors.Add("Kies ten minste één rol.");
        }

        var unknownRoles = roles.Where(role => !Roles.IsKnown(role)).ToList();
        if (unknownRoles.Count > 0)
        {
            errors.Add($"Onbekende rol: {string.Join(", ", unknownRoles)}.");
        }

        var unknownAreas = areaCodes.Where(code => !areas.IsJeugdregio(code) && !areas.IsGemeente(code)).ToList();
        if (unknownAreas.Count > 0)
        {
            errors.Add($"Onbekend gebied: {string.Join(", ", unknownAreas)}. Kies jeugdregio's of gemeenten uit de lijst.");
        }

        var scoped = roles.Contains(Roles.Ketenpartner) || roles.Contains(Roles.Accounthouder);
        if (scoped && areaCodes.Count == 0)
        {
            errors.Add("Een ketenpartner of accounthouder ziet alleen de gebieden die je toewijst: kies ten minste één jeugdregio of gemeente.");
        }

        if (roles.Contains(Roles.Ketenpartner) && !roles.Contains(Roles.Accounthouder) && areaCodes.Any(areas.IsGemeente))
        {
            errors.Add("Een ketenpartner krijgt jeugdregio's, geen losse gemeenten: kies de jeugdregio, of geef ook de rol accounthouder.");
        }

        if (!scoped && roles.Count > 0 && areaCodes.Count > 0)
        {
            errors.Add("Beheerder en Inspectie zien alle regio's: wijs dan geen gebieden toe.");
        }

        return errors;
    }

    /// <summary>"Ketenpartner, Accounthouder; gebieden: JZ29, GM0489" — for the audit trail.</summary>
    public static string Describe(IEnumerable<string> roles, IEnumerable<string> areaCodes)
    {
        var areaList = areaCodes.ToList();
        return $"rollen: {Join(roles)}; gebieden: {(areaList.Count == 0 ? "alle (geen toewijzing)" : Join(areaList))}";
    }

    private static string Join(IEnumerable<string> values)
    {
        var list = values.Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "geen" : string.Join(", ", list);
    }
}
