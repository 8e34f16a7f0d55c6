using System.Globalization;
using System.Security.Claims;
using Instroom.Data.Access;
using NodaTime;

namespace Instroom.Web.Security;

/// <summary>
/// The claims of a signed-in Instroom user: <see cref="ClaimTypes.Name"/> (user name), a <see cref="ClaimTypes.Role"/>
/// per role, an <see cref="Area"/> claim per assigned area code, plus bookkeeping for the session (user id, when
/// signed in, when last refreshed from the database, whether the password must be changed first).
/// </summary>
public static class InstroomClaims
{
    public const string Area = "instroom:gebied";
    public const string UserId = "instroom:gebruiker";
    public const string DisplayName = "instroom:weergavenaam";
    public const string SignedInAt = "instroom:aangemeld";
    public const string RefreshedAt = "instroom:ververst";
    public const string MustChangePassword = "instroom:wachtwoord-wijzigen";
    public const string AuthenticationType = "Instroom";

    public static ClaimsPrincipal For(UserAccount user, Instant signedInAt, Instant refreshedAt)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.UserName),
            new(UserId, user.UserId.ToString(CultureInfo.InvariantCulture)),
            new(DisplayName, user.DisplayName),
            new(SignedInAt, signedInAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new(RefreshedAt, refreshedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        };
        claims.AddRange(user.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        claims.AddRange(user.AreaCodes.Select(code => new Claim(Area, code)));
        if (user.MustChangePassword && user.PasswordHash is not null)
        {
            claims.Add(new Claim(MustChangePassword, "ja"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static int? UserIdOf(ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(UserId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static Instant? InstantOf(ClaimsPrincipal principal, string claimType) =>
        long.TryParse(principal.FindFirstValue(claimType), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
            ? Instant.FromUnixTimeSeconds(seconds)
            : null;

    public static IReadOnlyList<string> AreaCodesOf(ClaimsPrincipal principal) =>
        principal.FindAll(Area).Select(claim => claim.Value).ToList();
}
