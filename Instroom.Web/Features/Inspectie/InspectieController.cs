using Instroom.Data.Audit;
using Instroom.Data.Supervision;
using Instroom.Web.Security;
using Instroom.Web.Features.Map;
using Instroom.Web.Features.Overview;
using Microsoft.AspNetCore.Mvc;

namespace Instroom.Web.Features.Inspectie;

/// <summary>
/// The inspecties' page (<c>/inspectie</c>) and the forms that start and end verscherpt toezicht (POST, antiforgery,
/// then a redirect back to the page: post/redirect/get).
/// </summary>
[Route("inspectie")]
public sealed class InspectieController(InspectieQueries queries, SupervisionPeriods supervision, NationalMapGeometry geometry, AccessAudit audit)
    : Controller
{
    /// <summary>Who set a period: the signed-in user.</summary>
    private string SetBy => User.Identity?.Name ?? AccessAudit.Anonymous;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? niveau, string? gestart, string? beeindigd, CancellationToken cancellationToken)
    {
        if (!TryReadLevel(niveau, out var level))
        {
            return BadRequest();
        }

        var data = await queries.LoadAsync(cancellationToken);
        return View(InspectiePageBuilder.Build(data, level, geometry, InspectiePageBuilder.Confirmation(gestart, beeindigd, geometry)));
    }

    [HttpPost("toezicht/starten")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Start([Bind(Prefix = nameof(InspectiePage.StartForm))] StartSupervisionForm form, CancellationToken cancellationToken)
    {
        // Read the dates first, so every mistake is reported at once, not one per attempt.
        var read = form.TryRead(ModelState, nameof(InspectiePage.StartForm), out var start);
        if (read && ModelState.IsValid)
        {
            try
            {
                var period = await supervision.StartAsync(start.Region, start.Start, start.PlannedEnd, start.Note, SetBy, cancellationToken);
                await audit.RecordAsync(HttpContext, AuditActions.SupervisionChanged, period.AreaCode, AuditResults.Succeeded,
                    $"verscherpt toezicht gestart op {NodaTime.Text.LocalDatePattern.Iso.Format(start.Start)}");
                return RedirectToAction(nameof(Index), null, new { gestart = period.AreaCode }, "toezicht");
            }
            catch (SupervisionPeriodException refused)
            {
                ModelState.AddModelError(nameof(InspectiePage.StartForm), refused.Message);
            }
        }

        var page = InspectiePageBuilder.Build(await queries.LoadAsync(cancellationToken), OverviewLevel.Toezichtregio, geometry, null);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), page with { StartForm = form });
    }

    [HttpPost("toezicht/{id:int}/beeindigen")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> End(int id, [Bind(Prefix = nameof(InspectiePage.EndForm))] EndSupervisionForm form, CancellationToken cancellationToken)
    {
        var end = string.IsNullOrWhiteSpace(form.End) ? null : FormDates.Read(form.End, ModelState, $"{nameof(InspectiePage.EndForm)}.{nameof(form.End)}");
        if (end is { } actualEnd && ModelState.IsValid)
        {
            try
            {
                var period = await supervision.EndAsync(id, actualEnd, form.Note, SetBy, cancellationToken);
                await audit.RecordAsync(HttpContext, AuditActions.SupervisionChanged, period.AreaCode, AuditResults.Succeeded,
                    $"verscherpt toezicht beëindigd op {NodaTime.Text.LocalDatePattern.Iso.Format(actualEnd)}");
                return RedirectToAction(nameof(Index), null, new { beeindigd = period.AreaCode }, "toezicht");
            }
            catch (SupervisionPeriodException refused)
            {
                ModelState.AddModelError(nameof(InspectiePage.EndForm), refused.Message);
            }
        }

        var page = InspectiePageBuilder.Build(await queries.LoadAsync(cancellationToken), OverviewLevel.Toezichtregio, geometry, null);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), page with { EndForm = form, EndFormPeriod = id });
    }

    private static bool TryReadLevel(string? text, out OverviewLevel level)
    {
        level = text == "jeugdregio" ? OverviewLevel.Jeugdregio : OverviewLevel.Toezichtregio;
        return text is null or "" or "jeugdregio" or "toezichtregio";
    }
}
