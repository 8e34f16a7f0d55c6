using NodaTime;

namespace Instroom.Data.Audit;

/// <summary>
/// One line of the audit trail with the fields the Baseline Informatiebeveiliging Overheid (BIO 12.4.1) asks for:
/// what was done (<see cref="Action"/>) to what (<see cref="Subject"/> (the BIO "object")), with which <see cref="Result"/>, from where
/// (<see cref="Origin"/>), by whom (<see cref="Actor"/>) and when (<see cref="OccurredAt"/>).
/// </summary>
/// <param name="Action">A stable code such as <c>aanmelden</c>, <c>toegang-geweigerd</c>, <c>export</c>; see <see cref="AuditActions"/>.</param>
/// <param name="Subject">What the action was about: a route, a user name, a region code, a source code.</param>
/// <param name="Result">A stable code: <c>gelukt</c>, <c>mislukt</c> or <c>geweigerd</c>; see <see cref="AuditResults"/>.</param>
/// <param name="Origin">The remote address of the request, or <c>systeem</c> for jobs.</param>
/// <param name="Actor">The signed-in user name, or <c>anoniem</c>.</param>
/// <param name="CorrelationId">The request's trace identifier, also shown on error pages.</param>
/// <param name="Details">Free text; never a password, token, cookie or personal data of a child.</param>
public sealed record AuditEntry(
    Instant OccurredAt,
    string Actor,
    string Action,
    string Subject,
    string Result,
    string Origin,
    string? CorrelationId = null,
    string? Details = null);
