using Instroom.Data.Audit;
using Instroom.Data.Calendar;
using Instroom.Web.Exports;
using Instroom.Web.Features.Admin;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Web.Features.AuditLog;

/// <summary>
/// The audit trail for the Beheerder and the inspecties (<c>/beheer/logboek</c>): newest first, filtered by action and
/// user, paged by audit id, and as a CSV download (recorded like every download by <see cref="ExportAudit"/>).
/// </summary>
[Route("beheer/logboek")]
[Authorize(Policy = Policies.AuditLezen)]
public sealed class AuditLogController(AuditTrail trail, IClock clock) : Controller
{
    /// <summary>An export holds at most this many entries, newest first; narrow the filter for older ones.</summary>
    internal const int ExportLimit = 10_000;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? actie, string? gebruiker, long? voor, CancellationToken cancellationToken)
    {
        var (action, actor) = (Blank(actie), Blank(gebruiker));
        var entries = await trail.RecentAsync(AuditLogPage.PageSize + 1, action, actor, voor, cancellationToken);
        var lines = entries.Take(AuditLogPage.PageSize).Select(AuditLine.From).ToList();
        var next = entries.Count > AuditLogPage.PageSize ? lines[^1].Id : (long?)null;
        return View(new AuditLogPage(lines, action, actor, voor, next));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export(string? actie, string? gebruiker, CancellationToken cancellationToken)
    {
        var (action, actor) = (Blank(actie), Blank(gebruiker));
        var lines = (await trail.RecentAsync(ExportLimit, action, actor, null, cancellationToken)).Select(AuditLine.From).ToList();
        var table = new ExportTable("Logboek Instroom",
        [
            ExportColumn.Text("Nummer"), ExportColumn.Text("Tijdstip (Nederlandse tijd)"), ExportColumn.Text("Tijdstip (UTC)"), ExportColumn.Text("Actie"),
            ExportColumn.Text("Object"), ExportColumn.Text("Resultaat"), ExportColumn.Text("Gebruiker"), ExportColumn.Text("Herkomst"),
            ExportColumn.Text("Correlatie-id"), ExportColumn.Text("Toelichting"),
        ], lines.Select(line => (IReadOnlyList<ExportCell>)
        [
            line.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Time, line.TimeIso, line.Action, line.Subject, line.Result,
            line.Actor, line.Origin, line.CorrelationId, line.Details,
        ]).ToList());
        var fileName = $"instroom-logboek-{LocalDatePattern.Iso.Format(clock.Today())}.csv";
        return new ExportResult(table, ExportFormat.Csv, fileName);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
