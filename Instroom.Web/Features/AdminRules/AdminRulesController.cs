using Instroom.Data.Audit;
using Instroom.Data.Status;
using Instroom.Web.Features.Admin;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Instroom.Web.Features.AdminRules;

/// <summary>
/// For the Beheerder: a status rule's thresholds (<c>/beheer/statusregels/{code}</c>). A change is first previewed —
/// which regions would change colour — then confirmed; saving records old → new in the audit trail and recomputes the
/// statuses of the previewed week.
/// </summary>
[Route("beheer/statusregels")]
[Authorize(Policy = Policies.Beheerder)]
public sealed class AdminRulesController(StatusRuleStore rules, StatusRulePreview preview, RegionStatusRecomputer recomputer, AccessAudit audit)
    : Controller
{
    [HttpGet("{code}")]
    public async Task<IActionResult> Edit(string code, CancellationToken cancellationToken) =>
        await FindAsync(code, cancellationToken) is { } rule ? View(EditPage(rule, StatusRuleForm.From(rule), [])) : NotFound();

    [HttpPost("{code}/voorbeeld")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Preview(string code, StatusRuleForm form, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, cancellationToken) is not { } rule)
        {
            return NotFound();
        }

        var (change, errors) = Check(rule, form);
        if (change is null)
        {
            return Refused(rule, form, errors);
        }

        var result = await preview.PreviewAsync(change, cancellationToken);
        return result is null ? NotFound() : View(new StatusRulePreviewPage(result, IndicatorOf(rule), form));
    }

    [HttpPost("{code}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string code, StatusRuleForm form, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, cancellationToken) is not { } rule)
        {
            return NotFound();
        }

        var (change, errors) = Check(rule, form);
        var saved = change is null ? null : await rules.UpdateAsync(change, CurrentUser, cancellationToken);
        if (saved is not { Succeeded: true, Rule: { } updated })
        {
            await audit.RecordAsync(HttpContext, AuditActions.RuleChanged, rule.RuleCode, AuditResults.Refused, "niet opgeslagen: ongeldige drempels");
            return Refused(rule, form, [.. errors, .. (saved?.Errors ?? []).Select(error => ("", error))]);
        }

        var week = await preview.WeekAsync(cancellationToken);
        await recomputer.RecomputeAsync(week, cancellationToken);
        var changes = StatusRuleChanges.Describe(rule, updated);
        await audit.RecordAsync(HttpContext, AuditActions.RuleChanged, rule.RuleCode, AuditResults.Succeeded, changes);
        TempData[AdminController.ConfirmationKey] = $"Statusregel {rule.RuleCode} is opgeslagen ({changes}); de statussen van {week.Label} zijn opnieuw berekend.";
        return RedirectToAction(nameof(AdminController.Index), "Admin", null, "statusregels");
    }

    private async Task<StatusRule?> FindAsync(string code, CancellationToken cancellationToken) =>
        (await rules.LoadAsync(cancellationToken)).FirstOrDefault(rule => rule.RuleCode == code);

    /// <summary>The numbers read and the rule's own checks (order of the thresholds, range), all errors at once.</summary>
    private static (StatusRuleChange? Change, IReadOnlyList<(string Field, string Message)> Errors) Check(StatusRule rule, StatusRuleForm form)
    {
        var (change, errors) = form.Read(rule.RuleCode);
        if (change is null)
        {
            return (null, errors);
        }

        var invalid = StatusRuleValidator.Validate(rule with { OrangeThreshold = change.OrangeThreshold, RedThreshold = change.RedThreshold });
        return invalid.Count == 0 ? (change, []) : (null, invalid.Select(message => ("", message)).ToList());
    }

    private ViewResult Refused(StatusRule rule, StatusRuleForm form, IReadOnlyList<(string Field, string Message)> errors)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Edit), EditPage(rule, form, errors));
    }

    private static StatusRuleEditPage EditPage(StatusRule rule, StatusRuleForm form, IReadOnlyList<(string Field, string Message)> errors) =>
        new(rule, IndicatorOf(rule), form, errors);

    private static StatusIndicator? IndicatorOf(StatusRule rule) => StatusIndicators.TryGet(rule.Indicator, out var indicator) ? indicator : null;

    private string CurrentUser => User.Identity?.Name ?? AccessAudit.Anonymous;
}
