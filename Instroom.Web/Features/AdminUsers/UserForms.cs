using System.Text.RegularExpressions;

namespace Instroom.Web.Features.AdminUsers;

/// <summary>The roles and areas of a user as posted (checkboxes and a multiple select).</summary>
public class UserAccessForm
{
    public List<string> Roles { get; set; } = [];

    public List<string> Areas { get; set; } = [];

    public IReadOnlyList<string> CleanRoles => Roles.Select(role => role.Trim()).Where(role => role.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> CleanAreas =>
        Areas.Select(code => code.Trim().ToUpperInvariant()).Where(code => code.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>A new user: a name to sign in with, a name to show, roles and areas. The password is made by Instroom, never typed.</summary>
public sealed partial class NewUserForm : UserAccessForm
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public IReadOnlyList<(string Field, string Message)> ValidateNames()
    {
        var errors = new List<(string, string)>();
        var name = UserName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add((nameof(UserName), "Vul een gebruikersnaam in."));
        }
        else if (name.Length is < 3 or > 100 || !AllowedName().IsMatch(name))
        {
            errors.Add((nameof(UserName),
                "Een gebruikersnaam is 3 tot 100 tekens: letters, cijfers, punt, streepje, liggend streepje of @ (bijvoorbeeld j.jansen@gemeente.nl)."));
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            errors.Add((nameof(DisplayName), "Vul de naam in zoals collega's die kennen."));
        }
        else if (DisplayName.Trim().Length > 200 || DisplayName.Any(char.IsControl))
        {
            errors.Add((nameof(DisplayName), "De naam is hoogstens 200 tekens, zonder regeleinden."));
        }

        return errors;
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]+$")]
    private static partial Regex AllowedName();
}
