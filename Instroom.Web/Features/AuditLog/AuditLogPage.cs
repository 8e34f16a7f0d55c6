using System.Globalization;
using Instroom.Data.Audit;
using Instroom.Data.Calendar;
using NodaTime.Text;

namespace Instroom.Web.Features.AuditLog;

/// <summary>One audit entry as the page and the export show it: Dutch labels, the time in Europe/Amsterdam.</summary>
public sealed record AuditLine(long Id, string Time, string TimeIso, string Action, string ActionCode, string Subject, string Result, string ResultCode,
    string Actor, string Origin, string CorrelationId, string Details)
{
    private static readonly LocalDateTimePattern Display = LocalDateTimePattern.Create("dd-MM-uuuu HH:mm:ss", CultureInfo.GetCultureInfo("nl-NL"));

    public static AuditLine From(StoredAuditEntry entry) => new(
        entry.AuditId,
        Display.Format(entry.OccurredAt.InZone(DutchTime.Zone).LocalDateTime),
        InstantPattern.ExtendedIso.Format(entry.OccurredAt),
        AuditLabels.Action(entry.Action),
        entry.Action,
        entry.Subject,
        AuditLabels.Result(entry.Result),
        entry.Result,
        entry.Actor,
        entry.Origin,
        entry.CorrelationId ?? "",
        entry.Details ?? "");
}

/// <summary>A page of the audit log, newest first, with its filters and the id to continue from.</summary>
public sealed record AuditLogPage(IReadOnlyList<AuditLine> Lines, string? Action, string? Actor, long? Before, long? NextBefore)
{
    public const int PageSize = 50;

    public string Query(long? before) => QueryString.Create(new Dictionary<string, string?>
    {
        ["actie"] = Action,
        ["gebruiker"] = Actor,
        ["voor"] = before?.ToString(CultureInfo.InvariantCulture),
    }.Where(pair => !string.IsNullOrEmpty(pair.Value))).ToUriComponent();
}
