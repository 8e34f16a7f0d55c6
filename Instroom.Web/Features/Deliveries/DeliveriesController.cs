using Hangfire;
using Instroom.Data.Audit;
using Instroom.Data.Calendar;
using Instroom.Data.Deliveries;
using Instroom.Jobs.Scheduling;
using Instroom.Jobs.Sources;
using Instroom.Web.Exports;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Web.Features.Deliveries;

/// <summary>
/// Whether the sources deliver: the overview per source, a source's attempts, quarantined deliveries with their raw
/// content, and a manual pull.
/// </summary>
[Route("aanleveringen")]
public sealed class DeliveriesController(DeliveryOverviewQueries deliveries, SourceConnections connections, IClock clock,
    AccessAudit audit)
    : Controller
{
    private const string ConfirmationKey = "Bevestiging";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await LoadAsync(TempData[ConfirmationKey] as string, cancellationToken));

    [HttpGet("download.{format}")]
    public async Task<IActionResult> Download(string format, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return NotFound();
        }

        var model = await LoadAsync(null, cancellationToken);
        return new ExportResult(DeliveriesExport.Create(model), exportFormat,
            ExportFileName.For("aanleveringen", IsoWeek.Of(clock.Today()), exportFormat));
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> Runs(string code, [FromQuery(Name = "pagina")] int page = 1, CancellationToken cancellationToken = default)
    {
        var runs = await deliveries.RunsAsync(code, Math.Max(1, page), SourceRunsModel.PageSize, cancellationToken);
        return runs is null ? NotFound() : View(new SourceRunsModel(runs));
    }

    [HttpGet("quarantaine/{id:int}")]
    public async Task<IActionResult> Quarantine(int id, CancellationToken cancellationToken)
    {
        var quarantined = await deliveries.QuarantinedAsync(id, cancellationToken);
        return quarantined is null ? NotFound() : View(QuarantineModel.From(quarantined));
    }

    /// <summary>The raw bytes as a file: never served as something a browser would render.</summary>
    [HttpGet("quarantaine/{id:int}/inhoud")]
    public async Task<IActionResult> QuarantinePayload(int id, CancellationToken cancellationToken)
    {
        var quarantined = await deliveries.QuarantinedAsync(id, cancellationToken);
        if (quarantined is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(quarantined.Payload, "application/octet-stream", QuarantineModel.DownloadName(quarantined.Summary));
    }

    /// <summary>Queues the source's pull job for yesterday's peildatum, as the nightly schedule would, and says so.</summary>
    /// <remarks>
    /// The job client is taken by this action only: Hangfire creates it with its static, process-wide log provider, which
    /// in a process with several hosts (the tests) can belong to one already stopped; the read-only pages must not depend on it.
    /// </remarks>
    [HttpPost("{code}/ophalen")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Pull(string code, [FromServices] IBackgroundJobClient jobs, CancellationToken cancellationToken)
    {
        var source = await connections.ByCodeAsync(code, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        var referenceDate = clock.Today().PlusDays(-1);
        if (!source.CanBePulled || !source.IsActiveOn(clock.Today()))
        {
            TempData[ConfirmationKey] = $"{source.Code} {source.Name} heeft geen ingeschakelde koppeling; er is niets opgehaald.";
            await audit.RecordAsync(HttpContext, AuditActions.JobRun, source.Code, AuditResults.Refused, "geen ingeschakelde koppeling");
            return Redirect("/aanleveringen");
        }

        var date = LocalDatePattern.Iso.Format(referenceDate);
        jobs.Enqueue<PullSourceJob>(job => job.RunAsync(source.SourceId, date, PullTriggers.Manual, 1, null, CancellationToken.None));
        await audit.RecordAsync(HttpContext, AuditActions.JobRun, source.Code, AuditResults.Succeeded, $"ophalen voor peildatum {date} in de wachtrij");
        TempData[ConfirmationKey] = $"Ophalen van {source.Code} {source.Name} voor peildatum {DeliveryText.Date(referenceDate)} staat in de wachtrij. " +
            "Vernieuw deze pagina straks om het resultaat te zien.";
        return Redirect("/aanleveringen");
    }

    private async Task<DeliveriesIndexModel> LoadAsync(string? confirmation, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var overview = await deliveries.OverviewAsync(today.PlusDays(-DeliveriesIndexModel.Days),
            clock.GetCurrentInstant() - Duration.FromDays(DeliveriesIndexModel.QuarantineDays), cancellationToken);
        return DeliveriesIndexModel.From(overview, today, confirmation);
    }
}
