using Instroom.Data.Access;
using Microsoft.AspNetCore.Authorization;

namespace Instroom.Web.Security;

/// <summary>
/// The authorisation policies by name, for <c>[Authorize(Policy = Policies.Beheerder)]</c> and
/// <c>RequireAuthorization(Policies.Beheerder)</c>. Every request needs a signed-in user (the fallback policy) unless
/// its endpoint says <c>[AllowAnonymous]</c>.
/// </summary>
public static class Policies
{
    /// <summary>Sources, status rules, users, the Hangfire dashboard.</summary>
    public const string Beheerder = "Beheerder";

    /// <summary>Toezicht periods and every region: the inspecties, and the administrator.</summary>
    public const string Inspectie = "Inspectie";

    /// <summary>The audit trail: read by the administrator and the inspecties.</summary>
    public const string AuditLezen = "AuditLezen";

    /// <summary>Any role at all: a signed-in user without a role sees nothing.</summary>
    public const string Gebruiker = "Gebruiker";

    public static void Add(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Beheerder, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Beheerder));
        options.AddPolicy(Inspectie, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Inspectie, Roles.Beheerder));
        options.AddPolicy(AuditLezen, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Beheerder, Roles.Inspectie));
        options.AddPolicy(Gebruiker, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.All));
    }
}
