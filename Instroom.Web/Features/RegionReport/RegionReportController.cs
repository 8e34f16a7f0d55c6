using Instroom.Data.Disclosure;
using Instroom.Web.Exports;
using Instroom.Web.Features.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Instroom.Web.Features.RegionReport;

/// <summary>The weekbeeld of a jeugdregio or toezichtregio (<c>/regios/JZ29</c>) and its download.</summary>
[Route("regios/{code}")]
public sealed class RegionReportController(RegionReportQueries queries, IOptions<DisclosurePolicy> policy) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string code, string? week, CancellationToken cancellationToken)
    {
        if (!WeekNavigation.TryRead(week, out var chosen))
        {
            return BadRequest();
        }

        var data = await queries.LoadAsync(code.ToUpperInvariant(), chosen, cancellationToken);
        return data is null ? NotFound() : View(RegionReportBuilder.Build(data, policy.Value));
    }

    [HttpGet("export.{format}")]
    public async Task<IActionResult> Export(string code, string format, string? week, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return NotFound();
        }

        if (!WeekNavigation.TryRead(week, out var chosen))
        {
            return BadRequest();
        }

        var data = await queries.LoadAsync(code.ToUpperInvariant(), chosen, cancellationToken);
        if (data is null)
        {
            return NotFound();
        }

        var page = RegionReportBuilder.Build(data, policy.Value);
        return new ExportResult(RegionReportExport.Table(page), exportFormat, RegionReportExport.FileName(page, exportFormat));
    }
}
