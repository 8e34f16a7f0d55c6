using Instroom.Data.Disclosure;
using Instroom.Web.Exports;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Instroom.Web.Features.Trends;

/// <summary>
/// Trend charts for accounthouders: the page (form, chart placeholder, table), the chart's JSON and the downloads
/// share one query and one pass through disclosure control.
/// </summary>
[Route("trends")]
public sealed class TrendsController(TrendPageQueries queries, IOptions<DisclosurePolicy> policy, AreaScopes scopes) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] TrendRequest request, CancellationToken cancellationToken)
    {
        var data = await queries.LoadAsync(request, cancellationToken);
        // The pickers offer only the user's areas; a request for another area never gets here (RegionScopeFilter).
        var offered = data with { Areas = (await scopes.ForAsync(HttpContext, cancellationToken)).Directory };
        return View(TrendsIndexModel.From(offered, DisclosedTrend.Create(data, policy.Value)));
    }

    /// <summary>The chart data; an invalid request is refused rather than answered with the default trend.</summary>
    [HttpGet("gegevens")]
    public async Task<IActionResult> ChartData([FromQuery] TrendRequest request, CancellationToken cancellationToken)
    {
        var data = await queries.LoadAsync(request, cancellationToken);
        return data.Errors.Count > 0
            ? BadRequest(new { fouten = data.Errors })
            : Json(TrendChartData.From(DisclosedTrend.Create(data, policy.Value)));
    }

    [HttpGet("download.{format}")]
    public async Task<IActionResult> Download(string format, [FromQuery] TrendRequest request, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return NotFound();
        }

        var data = await queries.LoadAsync(request, cancellationToken);
        if (data.Errors.Count > 0)
        {
            return BadRequest(new { fouten = data.Errors });
        }

        var trend = DisclosedTrend.Create(data, policy.Value);
        var fileName = ExportFileName.ForRange(trend.Area.Name, trend.Selection.From, trend.Selection.To, exportFormat, "trend " + trend.Indicator.Code);
        return new ExportResult(TrendExport.Create(trend), exportFormat, fileName);
    }
}
