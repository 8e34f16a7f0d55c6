using System.ComponentModel.DataAnnotations;

namespace Instroom.Web.Security;

/// <summary>The session: section <c>Instroom:Authentication</c>.</summary>
public sealed class SignInSettings
{
    public const string SectionName = "Instroom:Authentication";

    /// <summary>A session ends after this long without a request (OWASP ASVS 3.3.2: 30 minutes at level 2).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "08:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, however busy (ASVS 3.3.4: 12 hours).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often roles, areas and the disabled flag are read again, so an administrator's change takes effect.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ClaimsRefreshInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Only for development and tests on http://localhost: the antiforgery cookie then goes without the Secure
    /// requirement (ASP.NET Core refuses a Secure-only antiforgery cookie over http). The session cookie stays
    /// <c>__Host-</c> and Secure; browsers accept that on localhost. Never set this in production.
    /// </summary>
    public bool AllowHttp { get; set; }

    /// <summary>Create the user <c>beheerder</c> with a one-time password printed to the console when there are no users.</summary>
    public bool CreateFirstAdministrator { get; set; } = true;
}

/// <summary>
/// OpenID Connect: section <c>Instroom:Authentication:Oidc</c>. Enabled only when <see cref="Authority"/> is set; then
/// <see cref="ClientId"/> and <see cref="ClientSecret"/> are required (a confidential client using the code flow with PKCE).
/// </summary>
public sealed class OidcSettings
{
    public const string SectionName = "Instroom:Authentication:Oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Keep it out of appsettings: user-secrets or the environment (<c>Instroom__Authentication__Oidc__ClientSecret</c>).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Label on the sign-in page's button.</summary>
    public string DisplayName { get; set; } = "Aanmelden met uw organisatieaccount";

    /// <summary>The claim whose values are mapped to Instroom roles.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Identity-provider value → Instroom role (Beheerder, Inspectie, Ketenpartner, Accounthouder). A value equal to a role name maps to it.</summary>
    public Dictionary<string, string> RoleMapping { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The claim whose values are area codes (JZ07, GM0363) for a user created on first sign-in; empty for none.</summary>
    public string AreaClaim { get; set; } = "instroom_gebied";

    /// <summary>The claim that becomes the user name of a user created on first sign-in.</summary>
    public string UserNameClaim { get; set; } = "preferred_username";

    public string[] Scopes { get; set; } = ["openid", "profile"];

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority);
}
