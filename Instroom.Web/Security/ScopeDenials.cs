using Instroom.Data.Audit;
using NodaTime;

namespace Instroom.Web.Security;

/// <summary>Records a request for an area outside the user's scope in the audit trail.</summary>
public sealed class ScopeDenials(AuditTrail audit, IClock clock)
{
    public Task RecordAsync(HttpContext context, string areaCode) =>
        audit.RecordAsync(new AuditEntry(
            clock.GetCurrentInstant(),
            context.User.Identity?.Name ?? "anoniem",
            AuditActions.Denied,
            $"gebied {areaCode}",
            AuditResults.Refused,
            context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
            context.TraceIdentifier,
            $"{context.Request.Method} {context.Request.Path}"), context.RequestAborted);
}
