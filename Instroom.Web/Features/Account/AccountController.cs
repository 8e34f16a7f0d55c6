using Instroom.Data.Access;
using Instroom.Data.Audit;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Instroom.Web.Features.Account;

/// <summary>Sign-in with a local account or the organisation's identity provider, sign-out, and changing the password.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AccountController(LocalSignIn localSignIn, UserAccounts accounts, PasswordHashing hashing, AccessAudit audit, IClock clock,
    IOptions<OidcSettings> oidc) : Controller
{
    public const string FailedMessage = "Aanmelden is niet gelukt. Controleer uw gebruikersnaam en wachtwoord. " +
        "Na herhaalde mislukte pogingen is aanmelden een kwartier niet mogelijk.";

    [AllowAnonymous]
    [HttpGet(SignInRegistration.SignInPath)]
    public IActionResult SignIn([FromQuery(Name = "ReturnUrl")] string? returnUrl, [FromQuery(Name = "extern")] string? external) =>
        View(Page(null, returnUrl, external is null ? null : "Aanmelden via uw organisatie is niet gelukt of geweigerd."));

    [AllowAnonymous]
    [HttpPost(SignInRegistration.SignInPath)]
    public async Task<IActionResult> SignIn(SignInForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var principal = await localSignIn.SignInAsync(HttpContext, form.UserName, form.Password, cancellationToken);
        if (principal is null)
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return View(Page(form.UserName, form.ReturnUrl, FailedMessage));
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return principal.HasClaim(claim => claim.Type == InstroomClaims.MustChangePassword)
            ? Redirect(SignInRegistration.ChangePasswordPath)
            : LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
    }

    [AllowAnonymous]
    [HttpGet(SignInRegistration.SignInPath + "/extern")]
    public IActionResult External([FromQuery(Name = "ReturnUrl")] string? returnUrl) =>
        oidc.Value.IsEnabled
            ? Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(returnUrl) ? returnUrl : "/" }, SignInRegistration.OidcScheme)
            : NotFound();

    /// <summary>
    /// Signing out is a POST with an antiforgery token on a page of its own: a token in every page's header would make
    /// every page personal and defeat the output cache of pages that are the same for everybody in a scope.
    /// </summary>
    [HttpGet(SignInRegistration.SignOutPath)]
    public IActionResult SignOutConfirm() => View("SignOut");

    [AllowAnonymous]
    [HttpPost(SignInRegistration.SignOutPath)]
    public async Task<IActionResult> SignOut(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(HttpContext, AuditActions.SignOut, User.Identity.Name ?? "", AuditResults.Succeeded);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect(SignInRegistration.SignInPath);
    }

    [HttpGet(SignInRegistration.ChangePasswordPath)]
    public IActionResult ChangePassword() => View(new ChangePasswordPage(Required(), []));

    [HttpPost(SignInRegistration.ChangePasswordPath)]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = InstroomClaims.UserIdOf(User) is { } id ? await accounts.FindByIdAsync(id, cancellationToken) : null;
        if (user?.PasswordHash is null)
        {
            // Accounts of the identity provider have no password here.
            return NotFound();
        }

        var problems = form.Problems().ToList();
        if (problems.Count == 0 && hashing.Verify(user.PasswordHash, form.CurrentPassword!) == PasswordCheck.Failed)
        {
            problems.Add("Uw huidige wachtwoord is niet juist.");
        }

        if (problems.Count > 0)
        {
            await audit.RecordAsync(HttpContext, AuditActions.UserChanged, user.UserName, AuditResults.Failed, "wachtwoord niet gewijzigd");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new ChangePasswordPage(Required(), problems));
        }

        await accounts.SetPasswordHashAsync(user.UserId, hashing.Hash(form.NewPassword!), mustChangePassword: false, cancellationToken);
        await audit.RecordAsync(HttpContext, AuditActions.UserChanged, user.UserName, AuditResults.Succeeded, "wachtwoord gewijzigd");
        var now = clock.GetCurrentInstant();
        var signedInAt = InstroomClaims.InstantOf(User, InstroomClaims.SignedInAt) ?? now;
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            InstroomClaims.For(user with { MustChangePassword = false }, signedInAt, now));
        return Redirect("/");
    }

    private bool Required() => User.HasClaim(claim => claim.Type == InstroomClaims.MustChangePassword);

    private SignInPage Page(string? userName, string? returnUrl, string? error) =>
        new(userName, Url.IsLocalUrl(returnUrl) ? returnUrl : null, error, oidc.Value.IsEnabled ? oidc.Value.DisplayName : null);
}
