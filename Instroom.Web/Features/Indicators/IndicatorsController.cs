using Instroom.Data.Status;
using Microsoft.AspNetCore.Mvc;

namespace Instroom.Web.Features.Indicators;

/// <summary>The definitions every figure on screen links to (<c>/indicatoren#indicator-{code}</c>), with the current status rules.</summary>
[Route("indicatoren")]
public sealed class IndicatorsController(StatusRuleStore rules) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(IndicatorsIndexModel.From(await rules.LoadAsync(cancellationToken)));
}
