using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Instroom.Web.Security;

/// <summary>Records every request the authorisation policies refuse to a signed-in user (403), then answers as usual.</summary>
public sealed class AuditedAuthorizationResultHandler(AccessAudit audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden)
        {
            await audit.DeniedAsync(context, AccessAudit.Route(context));
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
