using Instroom.Data.Audit;
using NodaTime;

namespace Instroom.Web.Features.Admin;

/// <summary>Records what an administrator did, with the request's actor, origin and correlation id (BIO fields).</summary>
public sealed class AdminAudit(AuditTrail trail, IClock clock)
{
    public const string Anonymous = "anoniem";

    public Task RecordAsync(HttpContext context, string action, string subject, string result, string? details = null,
        CancellationToken cancellationToken = default) =>
        trail.RecordAsync(new AuditEntry(
            clock.GetCurrentInstant(),
            Actor(context),
            action,
            subject,
            result,
            context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
            context.TraceIdentifier,
            details), cancellationToken);

    public static string Actor(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
}
