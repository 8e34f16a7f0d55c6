using Instroom.Data.Calendar;
using Instroom.Data.Status;
using Instroom.Jobs.Sources;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Instroom.Web.Features.Admin;

/// <summary>For administrators: the sources' connection settings and the status rules. Read-only until sign-in exists.</summary>
[Route("beheer")]
public sealed class AdminController(SourceConnections connections, StatusRuleStore rules, IClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(AdminIndexModel.From(await connections.AllAsync(cancellationToken), await rules.LoadAsync(cancellationToken), clock.Today()));
}
