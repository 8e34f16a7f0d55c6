using Instroom.Data.Calendar;
using Instroom.Data.Status;
using Instroom.Jobs.Sources;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Instroom.Web.Features.Admin;

/// <summary>For the Beheerder: the sources' connection settings and the status rules, each with a link to change it.</summary>
[Route("beheer")]
[Authorize(Policy = Policies.Beheerder)]
public sealed class AdminController(SourceConnections connections, StatusRuleStore rules, IClock clock) : Controller
{
    /// <summary>The TempData key of the sentence that confirms a saved change after the redirect.</summary>
    internal const string ConfirmationKey = "beheer-bevestiging";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(AdminIndexModel.From(await connections.AllAsync(cancellationToken), await rules.LoadAsync(cancellationToken), clock.Today())
            with { Confirmation = TempData[ConfirmationKey] as string });
}
