using Instroom.Data.Areas;
using Microsoft.AspNetCore.Mvc;
using Instroom.Data.Calendar;
using Instroom.Web.Security;
using NodaTime;

namespace Instroom.Web.Features.Regions;

[Route("regios")]
public sealed class RegionsController(AreaQueries areas, AreaScopes scopes, IClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var visible = await scopes.ForAsync(HttpContext, cancellationToken);
        var jeugdregios = await areas.RegionsWithGemeentenAsync(AreaKind.Jeugdregio, today, cancellationToken);
        var toezichtregios = await areas.RegionsWithGemeentenAsync(AreaKind.Toezichtregio, today, cancellationToken);
        return View(new RegionsIndexModel(today, visible.Filter(jeugdregios, region => region.Code).ToList(),
            visible.Filter(toezichtregios, region => region.Code).ToList()));
    }
}

public sealed record RegionsIndexModel(LocalDate Date, IReadOnlyList<RegionWithGemeenten> Jeugdregios, IReadOnlyList<RegionWithGemeenten> Toezichtregios);
