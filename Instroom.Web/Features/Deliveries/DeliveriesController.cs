using Instroom.Data.Calendar;
using Instroom.Data.Deliveries;
using Instroom.Web.Exports;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Instroom.Web.Features.Deliveries;

/// <summary>
/// Whether the sources deliver: the overview per source, a source's attempts, quarantined deliveries with their raw
/// content, and a manual pull.
/// </summary>
[Route("aanleveringen")]
public sealed class DeliveriesController(DeliveryOverviewQueries deliveries, IClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await LoadAsync(TempData["Bevestiging"] as string, cancellationToken));

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

    private async Task<DeliveriesIndexModel> LoadAsync(string? confirmation, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var overview = await deliveries.OverviewAsync(today.PlusDays(-DeliveriesIndexModel.Days),
            clock.GetCurrentInstant() - Duration.FromDays(DeliveriesIndexModel.QuarantineDays), cancellationToken);
        return DeliveriesIndexModel.From(overview, today, confirmation);
    }
}
