using Instroom.Data.Audit;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Instroom.Web.Security;

/// <summary>
/// Records a state-changing request refused for a missing or wrong antiforgery token as a denied request: such a
/// refusal is what a cross-site request forgery attempt looks like, so the audit trail must show it.
/// </summary>
public sealed class AntiforgeryAudit(AccessAudit audit) : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            await audit.RecordAsync(context.HttpContext, AuditActions.Denied, AccessAudit.Route(context.HttpContext), AuditResults.Refused,
                "antiforgery-token ontbreekt of klopt niet");
        }

        await next();
    }
}
