using System.Security.Claims;
using Instroom.Data.Access;
using Instroom.Data.Audit;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Instroom.Web.Security;

/// <summary>
/// Turns a validated OpenID Connect sign-in into an Instroom user: found by external subject, or created on first
/// sign-in with the roles (and areas) the identity provider's claims map to. Without a mapped role the sign-in is
/// refused. The session then carries Instroom's claims, not the provider's tokens.
/// </summary>
public sealed class ExternalSignIn(UserAccounts accounts, AccessAudit audit, IClock clock, IOptions<OidcSettings> settings)
{
    public async Task MapAsync(TokenValidatedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var external = context.Principal;
        var subject = external?.FindFirstValue("sub") ?? external?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (external is null || string.IsNullOrEmpty(subject))
        {
            await RefuseAsync(context, "(onbekend)", "geen subject in het token");
            return;
        }

        var user = await accounts.FindByExternalSubjectAsync(subject, context.HttpContext.RequestAborted);
        if (user is null)
        {
            var roles = MappedRoles(external);
            var name = external.FindFirstValue(settings.Value.UserNameClaim) ?? external.FindFirstValue("email") ?? subject;
            if (roles.Count == 0)
            {
                await RefuseAsync(context, name, "geen rol toegekend door de identiteitsprovider");
                return;
            }

            try
            {
                var areas = string.IsNullOrEmpty(settings.Value.AreaClaim) ? [] : external.FindAll(settings.Value.AreaClaim).Select(claim => claim.Value);
                var id = await accounts.CreateAsync(name, external.FindFirstValue("name") ?? name, null, false, roles, areas, subject,
                    context.HttpContext.RequestAborted);
                user = await accounts.FindByIdAsync(id, context.HttpContext.RequestAborted);
            }
            catch (UserAccountException refused)
            {
                await RefuseAsync(context, name, refused.Message);
                return;
            }
        }

        if (user is null || user.Disabled || user.Roles.Count == 0)
        {
            await RefuseAsync(context, user?.UserName ?? subject, user is null ? "onbekend" : user.Disabled ? "uitgeschakeld" : "geen rol");
            return;
        }

        var now = clock.GetCurrentInstant();
        await audit.RecordAsync(context.HttpContext, user.UserName, AuditActions.SignIn, user.UserName, AuditResults.Succeeded, "OpenID Connect");
        context.Principal = InstroomClaims.For(user, now, now);
    }

    private List<string> MappedRoles(ClaimsPrincipal external) =>
        external.FindAll(settings.Value.RoleClaim)
            .Select(claim => settings.Value.RoleMapping.TryGetValue(claim.Value, out var role) ? role : claim.Value)
            .Where(Roles.IsKnown)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private async Task RefuseAsync(TokenValidatedContext context, string name, string reason)
    {
        await audit.RecordAsync(context.HttpContext, AccessAudit.Anonymous, AuditActions.SignIn, AuditTrail.Clean(name, 100), AuditResults.Refused, reason);
        context.Fail("Aanmelden geweigerd: " + reason);
    }
}
