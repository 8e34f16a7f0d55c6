using Instroom.Data.Disclosure;
using Instroom.Web.Exports;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Map;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Instroom.Web.Features.Overview;

/// <summary>The landelijk overzicht (<c>/</c>) and its download.</summary>
[Route("")]
public sealed class OverviewController(OverviewQueries queries, IOptions<DisclosurePolicy> policy, NationalMapGeometry geometry, AreaScopes scopes)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? week, string? niveau, string? sorteer, string? richting, CancellationToken cancellationToken)
    {
        if (!WeekNavigation.TryRead(week, out var chosen) || !OverviewRequest.TryRead(niveau, sorteer, richting, out var request))
        {
            return BadRequest();
        }

        var visible = await scopes.ForAsync(HttpContext, cancellationToken);
        var data = await queries.LoadAsync(chosen, cancellationToken);
        return View(OverviewPageBuilder.Build(data, request, policy.Value, geometry).Within(visible));
    }

    [HttpGet("export/overzicht.{format}")]
    public async Task<IActionResult> Export(string format, string? week, string? niveau, string? sorteer, string? richting,
        CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return NotFound();
        }

        if (!WeekNavigation.TryRead(week, out var chosen) || !OverviewRequest.TryRead(niveau, sorteer, richting, out var request))
        {
            return BadRequest();
        }

        var visible = await scopes.ForAsync(HttpContext, cancellationToken);
        var data = await queries.LoadAsync(chosen, cancellationToken);
        var page = OverviewPageBuilder.Build(data, request, policy.Value, geometry).Within(visible);
        return new ExportResult(OverviewExport.Table(page), exportFormat, OverviewExport.FileName(page, exportFormat));
    }
}
