using Instroom.Data.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Instroom.Web.Security;

/// <summary>
/// Region-scoped authorisation for every MVC action, by convention rather than per action: any route value, query
/// string value or form field whose value is the code of an area (a gemeente, jeugdregio or toezichtregio) the user
/// may not see ends the request with a plain 404 — the same page as a code that does not exist — and is recorded as
/// a denied request. Runs before model binding, so nothing of the region is read.
/// </summary>
/// <remarks>
/// Matching values rather than parameter names keeps new routes safe without registration: <c>/regios/{code}</c>,
/// <c>/trends?gebied=</c>, the chart data and every download are covered because they name an area code. Values that
/// are not area codes (source codes like GI-JBRR, weeks, formats) pass untouched.
/// </remarks>
public sealed class RegionScopeFilter(AreaScopes scopes, AccessAudit audit) : IAsyncResourceFilter
{
    private static readonly HashSet<string> RoutingKeys = new(StringComparer.OrdinalIgnoreCase) { "controller", "action", "area", "page" };

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (UserScope.From(http.User).SeesEveryRegion)
        {
            await next();
            return;
        }

        var values = await NamedValuesAsync(context);
        if (values.Count > 0)
        {
            var visible = await scopes.ForAsync(http, http.RequestAborted);
            if (values.FirstOrDefault(visible.Forbids) is { } foreign)
            {
                await audit.DeniedAsync(http, $"gebied {foreign.ToUpperInvariant()}: {AccessAudit.Route(http)}");
                context.Result = new NotFoundResult();
                return;
            }
        }

        await next();
    }

    private static async Task<List<string>> NamedValuesAsync(ResourceExecutingContext context)
    {
        var values = new List<string>();
        foreach (var (key, value) in context.RouteData.Values)
        {
            if (!RoutingKeys.Contains(key) && value?.ToString() is { Length: > 0 } text)
            {
                values.Add(text);
            }
        }

        var request = context.HttpContext.Request;
        foreach (var (_, query) in request.Query)
        {
            values.AddRange(query.OfType<string>());
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            foreach (var (_, field) in form)
            {
                values.AddRange(field.OfType<string>());
            }
        }

        return values.Select(value => value.Trim()).Where(value => value.Length is > 0 and <= 16).ToList();
    }
}
