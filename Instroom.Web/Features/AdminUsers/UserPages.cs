using Instroom.Data.Access;
using Instroom.Data.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Web.Features.AdminUsers;

/// <summary>A user as the Beheerder reads them: roles, areas with their names, and whether they can sign in.</summary>
public sealed record UserLine(int Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Areas, string State,
    bool Disabled, bool Locked, bool MustChangePassword, bool External)
{
    private static readonly LocalDateTimePattern Time = LocalDateTimePattern.Create("dd-MM-uuuu HH:mm", Formats.Dutch);

    public static UserLine From(UserAccount user, AreaChoices areas, Instant now)
    {
        var locked = user.IsLockedAt(now);
        var state = user.Disabled ? "uitgeschakeld"
            : locked ? $"geblokkeerd tot {Time.Format(user.LockedUntil!.Value.InZone(DutchTime.Zone).LocalDateTime)}"
            : user.MustChangePassword ? "actief; moet wachtwoord wijzigen"
            : "actief";
        return new UserLine(user.UserId, user.UserName, user.DisplayName, user.Roles, user.AreaCodes.Select(areas.Label).ToList(), state,
            user.Disabled, locked, user.MustChangePassword, user.ExternalSubject is not null);
    }
}

/// <summary>The list of users, with what was just done.</summary>
public sealed record UserListPage(IReadOnlyList<UserLine> Users, string? Confirmation);

/// <summary>A new user's form with its errors.</summary>
public sealed record NewUserPage(NewUserForm Form, AreaChoices Areas, IReadOnlyList<(string Field, string Message)> Errors)
{
    public string? ErrorFor(string field) => Errors.FirstOrDefault(error => error.Field == field).Message;
}

/// <summary>One user: roles and areas form, password reset, disable or enable, unlock; a one-time password shown once.</summary>
public sealed record UserEditPage(UserLine User, UserAccessForm Form, AreaChoices Areas, IReadOnlyList<string> Errors, string? Confirmation,
    string? OneTimePassword, bool IsSelf);
