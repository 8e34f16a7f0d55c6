using Instroom.Data.Audit;
using Instroom.Web.Features.Errors;
using NodaTime;

namespace Instroom.Web.Security;

/// <summary>
/// Writes audit entries for a request, filling in actor (the signed-in user or <c>anoniem</c>), origin (the remote
/// address) and correlation id (as the error page shows it). Never pass a password, token or cookie value.
/// </summary>
public sealed class AccessAudit(AuditTrail trail, IClock clock)
{
    public const string Anonymous = "anoniem";

    /// <summary>A request refused: 403, or a 404 that hides another region.</summary>
    public Task DeniedAsync(HttpContext context, string subject) =>
        RecordAsync(context, AuditActions.Denied, subject, AuditResults.Refused);

    public Task RecordAsync(HttpContext context, string action, string subject, string result, string? details = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RecordAsync(context, context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name ?? Anonymous : Anonymous,
            action, subject, result, details);
    }

    /// <summary>For sign-in, when the request has no user yet: the actor is the (cleaned) name that was tried.</summary>
    public Task RecordAsync(HttpContext context, string actor, string action, string subject, string result, string? details)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Not the request's token: an entry must be written even when the visitor gives up halfway.
        return trail.RecordAsync(new AuditEntry(clock.GetCurrentInstant(), actor, action, subject, result, Origin(context),
            ErrorsController.CorrelationId(context), details), CancellationToken.None);
    }

    /// <summary>Method and path, never the query string's values beyond the path (they could hold anything).</summary>
    public static string Route(HttpContext context) => $"{context.Request.Method} {context.Request.PathBase}{context.Request.Path}";

    private static string Origin(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "onbekend";
}
