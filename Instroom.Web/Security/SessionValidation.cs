using Instroom.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Instroom.Web.Security;

/// <summary>
/// Checks the session cookie on every request: the absolute lifetime counted from sign-in (the cookie handler itself
/// only knows the sliding idle timeout), and — every <see cref="SignInSettings.ClaimsRefreshInterval"/> — the user's
/// roles, areas and disabled flag read again from the database.
/// </summary>
public sealed class SessionValidation(UserAccounts accounts, IClock clock, IOptions<SignInSettings> settings) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var now = clock.GetCurrentInstant();
        var signedInAt = principal is null ? null : InstroomClaims.InstantOf(principal, InstroomClaims.SignedInAt);
        var userId = principal is null ? null : InstroomClaims.UserIdOf(principal);
        if (signedInAt is not { } since || userId is not { } id || now - since >= Duration.FromTimeSpan(settings.Value.AbsoluteLifetime) || now < since)
        {
            await RejectAsync(context);
            return;
        }

        var refreshedAt = InstroomClaims.InstantOf(principal!, InstroomClaims.RefreshedAt) ?? since;
        if (now - refreshedAt < Duration.FromTimeSpan(settings.Value.ClaimsRefreshInterval))
        {
            return;
        }

        var user = await accounts.FindByIdAsync(id, context.HttpContext.RequestAborted);
        if (user is null || user.Disabled || user.Roles.Count == 0)
        {
            await RejectAsync(context);
            return;
        }

        context.ReplacePrincipal(InstroomClaims.For(user, since, now));
        context.ShouldRenew = true;
    }

    /// <summary>A refused request gets a 403 page, not a redirect to an "access denied" page.</summary>
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }
}
