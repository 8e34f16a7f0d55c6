using Instroom.Web.Features.Map;
using Microsoft.AspNetCore.Mvc;

namespace Instroom.Web.Features.Home;

[Route("")]
public sealed class HomeController(NationalMapGeometry geometry) : Controller
{
    [HttpGet("")]
    public IActionResult Index()
    {
        // Until statuses are computed every jeugdregio shows "geen status" and links to its gemeenten.
        var map = NationalMapModel.WithoutStatus(geometry, "Status per jeugdregio",
            "Kaart van Nederland met de 42 jeugdregio's, gegroepeerd in de 11 toezichtregio's. Er is nog geen status " +
            "berekend. Dezelfde informatie staat in de tabel bij de kaart.",
            code => $"/regios#{code}");
        return View(new HomeIndexModel(map));
    }
}

public sealed record HomeIndexModel(NationalMapModel Map);
