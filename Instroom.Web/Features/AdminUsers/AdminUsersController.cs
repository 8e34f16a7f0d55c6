using Instroom.Data.Access;
using Instroom.Data.Areas;
using Instroom.Data.Audit;
using Instroom.Data.Calendar;
using Instroom.Web.Features.Admin;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Instroom.Web.Features.AdminUsers;

/// <summary>
/// For the Beheerder: users with their roles and areas (<c>/beheer/gebruikers</c>). A new user and a reset get a
/// one-time password that is shown once and must be changed at the first sign-in; every change is in the audit trail.
/// </summary>
[Route("beheer/gebruikers")]
[Authorize(Policy = Policies.Beheerder)]
public sealed class AdminUsersController(UserAccounts accounts, AreaQueries areaQueries, PasswordHashing passwords, AccessAudit audit, IClock clock)
    : Controller
{
    internal const string OneTimePasswordKey = "eenmalig-wachtwoord";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var areas = await AreasAsync(cancellationToken);
        var now = clock.GetCurrentInstant();
        var users = (await accounts.ListAsync(cancellationToken)).Select(user => UserLine.From(user, areas, now)).ToList();
        return View(new UserListPage(users, TempData[AdminController.ConfirmationKey] as string));
    }

    [HttpGet("nieuw")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View(new NewUserPage(new NewUserForm(), await AreasAsync(cancellationToken), []));

    [HttpPost("nieuw")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(NewUserForm form, CancellationToken cancellationToken)
    {
        var areas = await AreasAsync(cancellationToken);
        var errors = form.ValidateNames().Concat(UserAccess.Validate(form.CleanRoles, form.CleanAreas, areas).Select(error => ("", error))).ToList();
        if (errors.Count == 0)
        {
            var password = passwords.NewOneTimePassword();
            try
            {
                var id = await accounts.CreateAsync(form.UserName!, form.DisplayName!, passwords.Hash(password), mustChangePassword: true,
                    form.CleanRoles, form.CleanAreas, cancellationToken: cancellationToken);
                await audit.RecordAsync(HttpContext, AuditActions.UserChanged, UserAccounts.NormaliseUserName(form.UserName!), AuditResults.Succeeded,
                    "aangemaakt met eenmalig wachtwoord; " + UserAccess.Describe(form.CleanRoles, form.CleanAreas));
                TempData[OneTimePasswordKey] = password;
                TempData[AdminController.ConfirmationKey] = $"Gebruiker {UserAccounts.NormaliseUserName(form.UserName!)} is aangemaakt.";
                return RedirectToAction(nameof(Edit), new { id });
            }
            catch (UserAccountException refused)
            {
                errors.Add(("", refused.Message));
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(New), new NewUserPage(form, areas, errors));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(id, cancellationToken) is not { } user)
        {
            return NotFound();
        }

        var form = new UserAccessForm { Roles = [.. user.Roles], Areas = [.. user.AreaCodes] };
        return View(await EditPageAsync(user, form, [], cancellationToken));
    }

    [HttpPost("{id:int}/rollen")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SaveAccess(int id, UserAccessForm form, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(id, cancellationToken) is not { } user)
        {
            return NotFound();
        }

        var errors = UserAccess.Validate(form.CleanRoles, form.CleanAreas, await AreasAsync(cancellationToken)).ToList();
        if (IsSelf(user) && !form.CleanRoles.Contains(Roles.Beheerder))
        {
            errors.Add("Je kunt je eigen rol beheerder niet afnemen: laat dat een andere beheerder doen, zodat er altijd een beheerder blijft.");
        }

        if (errors.Count > 0)
        {
            await audit.RecordAsync(HttpContext, AuditActions.RolesChanged, user.UserName, AuditResults.Refused, "niet opgeslagen: " + string.Join(" ", errors));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Edit), await EditPageAsync(user, form, errors, cancellationToken));
        }

        await accounts.SetRolesAndAreasAsync(id, form.CleanRoles, form.CleanAreas, cancellationToken);
        await audit.RecordAsync(HttpContext, AuditActions.RolesChanged, user.UserName, AuditResults.Succeeded,
            $"{UserAccess.Describe(user.Roles, user.AreaCodes)} → {UserAccess.Describe(form.CleanRoles, form.CleanAreas)}");
        return Done(id, $"De rollen en gebieden van {user.UserName} zijn opgeslagen.");
    }

    [HttpPost("{id:int}/wachtwoord")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ResetPassword(int id, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(id, cancellationToken) is not { } user)
        {
            return NotFound();
        }

        var password = passwords.NewOneTimePassword();
        await accounts.SetPasswordHashAsync(id, passwords.Hash(password), mustChangePassword: true, cancellationToken);
        await audit.RecordAsync(HttpContext, AuditActions.UserChanged, user.UserName, AuditResults.Succeeded,
            "wachtwoord opnieuw ingesteld: eenmalig wachtwoord, wijzigen bij de eerste aanmelding");
        TempData[OneTimePasswordKey] = password;
        return Done(id, $"Er is een nieuw eenmalig wachtwoord voor {user.UserName}.");
    }

    [HttpPost("{id:int}/uitschakelen")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(int id, CancellationToken cancellationToken) => SetDisabledAsync(id, true, cancellationToken);

    [HttpPost("{id:int}/inschakelen")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(int id, CancellationToken cancellationToken) => SetDisabledAsync(id, false, cancellationToken);

    [HttpPost("{id:int}/ontgrendelen")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Unlock(int id, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(id, cancellationToken) is not { } user)
        {
            return NotFound();
        }

        await accounts.UnlockAsync(id, cancellationToken);
        await audit.RecordAsync(HttpContext, AuditActions.UserChanged, user.UserName, AuditResults.Succeeded, "ontgrendeld");
        return Done(id, $"{user.UserName} is ontgrendeld en kan weer aanmelden.");
    }

    private async Task<IActionResult> SetDisabledAsync(int id, bool disabled, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(id, cancellationToken) is not { } user)
        {
            return NotFound();
        }

        if (disabled && IsSelf(user))
        {
            await audit.RecordAsync(HttpContext, AuditActions.UserChanged, user.UserName, AuditResults.Refused, "eigen account uitschakelen geweigerd");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var form = new UserAccessForm { Roles = [.. user.Roles], Areas = [.. user.AreaCodes] };
            return View(nameof(Edit), await EditPageAsync(user, form, ["Je kunt je eigen account niet uitschakelen."], cancellationToken));
        }

        await accounts.SetDisabledAsync(id, disabled, cancellationToken);
        await audit.RecordAsync(HttpContext, AuditActions.UserChanged, user.UserName, AuditResults.Succeeded, disabled ? "uitgeschakeld" : "ingeschakeld");
        return Done(id, disabled ? $"{user.UserName} is uitgeschakeld en kan niet meer aanmelden." : $"{user.UserName} is weer ingeschakeld.");
    }

    private RedirectToActionResult Done(int id, string confirmation)
    {
        TempData[AdminController.ConfirmationKey] = confirmation;
        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<UserEditPage> EditPageAsync(UserAccount user, UserAccessForm form, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var areas = await AreasAsync(cancellationToken);
        return new UserEditPage(UserLine.From(user, areas, clock.GetCurrentInstant()), form, areas, errors,
            TempData[AdminController.ConfirmationKey] as string, TempData[OneTimePasswordKey] as string, IsSelf(user));
    }

    private bool IsSelf(UserAccount user) =>
        string.Equals(UserAccounts.NormaliseUserName(CurrentUser), user.UserName, StringComparison.Ordinal);

    private async Task<AreaChoices> AreasAsync(CancellationToken cancellationToken) =>
        new(await areaQueries.RegionsWithGemeentenAsync(AreaKind.Jeugdregio, clock.Today(), cancellationToken));

    private string CurrentUser => User.Identity?.Name ?? AccessAudit.Anonymous;
}
