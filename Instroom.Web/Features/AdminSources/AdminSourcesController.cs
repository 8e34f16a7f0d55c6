using Instroom.Data.Audit;
using Instroom.Jobs.Sources;
using Instroom.Web.Features.Admin;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Instroom.Web.Features.AdminSources;

/// <summary>
/// For the Beheerder: a source's connection settings (<c>/beheer/bronnen/{code}</c>), saved with post/redirect/get and
/// recorded in the audit trail without the token; "Verbinding testen" does one real request.
/// </summary>
[Route("beheer/bronnen")]
[Authorize(Policy = Policies.Beheerder)]
public sealed class AdminSourcesController(SourceConnections connections, SourceConnectionEditor editor, SourceConnectionCheck check, AccessAudit audit)
    : Controller
{
    internal const string CheckKey = "bron-test";
    internal const string CheckOkKey = "bron-test-gelukt";

    [HttpGet("{code}")]
    public async Task<IActionResult> Edit(string code, CancellationToken cancellationToken)
    {
        var source = await connections.ByCodeAsync(code, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        var result = TempData[CheckKey] is string message ? new SourceCheckResult(TempData[CheckOkKey] as bool? ?? false, message) : null;
        return View(new SourceEditPage(source, SourceConnectionForm.From(source), [], result));
    }

    [HttpPost("{code}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string code, SourceConnectionForm form, CancellationToken cancellationToken)
    {
        var source = await connections.ByCodeAsync(code, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        var (settings, readErrors) = form.Read();
        var result = readErrors.Count == 0 ? await editor.SaveAsync(source.Code, settings, form.TokenChange, cancellationToken) : null;
        if (result is { Succeeded: true })
        {
            await audit.RecordAsync(HttpContext, AuditActions.SourceChanged, source.Code, AuditResults.Succeeded, result.Changes);
            TempData[AdminController.ConfirmationKey] = $"De koppeling van {source.Code} is opgeslagen ({result.Changes}).";
            return RedirectToAction(nameof(AdminController.Index), "Admin", null, "bronnen");
        }

        // Every mistake at once: what could not be read, and what is wrong with the rest.
        var errors = readErrors.Concat((result?.Errors ?? SourceConnectionValidator.Validate(settings))
            .Where(error => readErrors.All(read => read.Field != error.Field))).ToList();
        await audit.RecordAsync(HttpContext, AuditActions.SourceChanged, source.Code, AuditResults.Refused,
            "niet opgeslagen; fout in: " + string.Join(", ", errors.Select(error => error.Field).Distinct()));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        form.Token = null;
        return View(nameof(Edit), new SourceEditPage(source, form, errors, null));
    }

    [HttpPost("{code}/testen")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Test(string code, CancellationToken cancellationToken)
    {
        var source = await connections.ByCodeAsync(code, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        var result = await check.CheckAsync(source, cancellationToken);
        TempData[CheckKey] = result.Message;
        TempData[CheckOkKey] = result.Succeeded;
        return RedirectToAction(nameof(Edit), null, new { code = source.Code }, "verbinding-testen");
    }
}
