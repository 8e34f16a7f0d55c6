using Instroom.Data.Areas;
using Microsoft.AspNetCore.Mvc;
using Instroom.Data.Calendar;
using NodaTime;

namespace Instroom.Web.Features.Regions;

[Route("regios")]
public sealed class RegionsController(AreaQueries areas, IClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var jeugdregios = await areas.RegionsWithGemeentenAsync(AreaKind.Jeugdregio, today, cancellationToken);
        var toezichtregios = await areas.RegionsWithGemeentenAsync(AreaKind.Toezichtregio, today, cancellationToken);
        return View(new RegionsIndexModel(today, jeugdregios, toezichtregios));
    }
}

public sealed record RegionsIndexModel(LocalDate Date, IReadOnlyList<RegionWithGemeenten> Jeugdregios, IReadOnlyList<RegionWithGemeenten> Toezichtregios);
