using Microsoft.AspNetCore.Mvc;

namespace Instroom.Web.Features.Home;

[Route("")]
public sealed class HomeController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
