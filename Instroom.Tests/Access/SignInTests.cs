using System.Net;
using Instroom.Data.Access;
using Instroom.Data.Audit;
using Instroom.Tests.Support;
using Instroom.Web.Features.Account;
using Instroom.Web.Security;
using NodaTime;

namespace Instroom.Tests.Access;

public sealed class SignInTests(SignInApp app) : IClassFixture<SignInApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/regios")]
    [InlineData("/aanleveringen")]
    [InlineData("/bestaat-niet")]
    public async Task AnonymousRequest_IsSentToTheSignInPage(string path)
    {
        using var client = app.CreateBareClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.StartsWith("https://localhost/aanmelden?ReturnUrl=", SignInApp.Location(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/aanmelden")]
    [InlineData("/health")]
    [InlineData("/toegankelijkheid")]
    [InlineData("/css/instroom.css")]
    public async Task SignInHealthAccessibilityAndStaticFiles_AreOpenWithoutSigningIn(string path)
    {
        using var client = app.CreateBareClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_SetsAHostPrefixedSecureHttpOnlyLaxSessionCookie()
    {
        var password = "pw-" + Guid.NewGuid().ToString("N");
        await app.EnsureUserAsync("cookie", password, [Roles.Inspectie]);
        using var client = app.CreateBareClient();

        using var response = await InstroomApp.SignInAsync(client, "cookie", password);

        Assert.Equal("/", SignInApp.Location(response));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), header => header.StartsWith("__Host-instroom=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Skip(1).Select(part => part.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, attribute => attribute.StartsWith("domain", StringComparison.Ordinal) || attribute.StartsWith("expires", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FifthWrongPassword_LocksTheAccountForAQuarter_WithTheSameMessageAsAnUnknownUser()
    {
        var password = "pw-" + Guid.NewGuid().ToString("N");
        await app.EnsureUserAsync("slot", password, [Roles.Ketenpartner], ["JZ07"]);
        using var client = app.CreateBareClient();

        for (var i = 0; i < UserAccounts.MaxFailedSignIns; i++)
        {
            using var wrong = await InstroomApp.SignInAsync(client, "slot", "wrong-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await InstroomApp.SignInAsync(client, "slot", password);
        using var unknown = await InstroomApp.SignInAsync(client, "bestaat-niet", password);
        app.Clock.Advance(Duration.FromMinutes(15));
        using var later = await InstroomApp.SignInAsync(client, "slot", password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains(Html(AccountController.FailedMessage), await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Html(AccountController.FailedMessage), await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/", SignInApp.Location(later));
        var lockouts = await app.AuditAsync(AuditActions.Lockout);
        Assert.Single(lockouts, entry => entry.Subject == "slot");
        var failures = (await app.AuditAsync(AuditActions.SignIn)).Where(entry => entry.Subject == "slot" && entry.Result == AuditResults.Failed).ToList();
        Assert.Equal(UserAccounts.MaxFailedSignIns + 1, failures.Count);
        Assert.Contains(failures, entry => entry.Details == "vergrendeld");
        Assert.Contains(await app.AuditAsync(AuditActions.SignIn), entry => entry.Subject == "bestaat-niet" && entry.Result == AuditResults.Failed);
    }

    [Fact]
    public async Task Session_EndsAfterThirtyMinutesWithoutARequest()
    {
        using var client = await app.CreateClientAsAsync("stil", [Roles.Inspectie]);

        app.Clock.Advance(Duration.FromMinutes(29));
        using var stillThere = await client.GetAsync(new Uri(SignInRegistration.ChangePasswordPath, UriKind.Relative));
        app.Clock.Advance(Duration.FromMinutes(31));
        using var gone = await client.GetAsync(new Uri(SignInRegistration.ChangePasswordPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.StartsWith("https://localhost/aanmelden", SignInApp.Location(gone), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_EndsTwelveHoursAfterSignIn_HoweverBusy()
    {
        using var client = await app.CreateClientAsAsync("druk", [Roles.Inspectie]);
        var answers = new List<bool>();

        for (var minutes = 20; minutes <= 13 * 60; minutes += 20)
        {
            app.Clock.Advance(Duration.FromMinutes(20));
            using var response = await client.GetAsync(new Uri(SignInRegistration.ChangePasswordPath, UriKind.Relative));
            answers.Add(response.StatusCode == HttpStatusCode.OK);
        }

        // 35 requests 20 minutes apart stay inside 12 hours (700 minutes); the 36th, at 720, is refused, and so is every later one.
        Assert.Equal(Enumerable.Repeat(true, 35).Concat(Enumerable.Repeat(false, answers.Count - 35)), answers);
    }

    [Fact]
    public async Task DisabledUser_IsSignedOutAtTheNextRefresh()
    {
        using var client = await app.CreateClientAsAsync("weg", [Roles.Inspectie]);
        var user = (await app.Accounts.FindByNameAsync("weg"))!;

        await app.Accounts.SetDisabledAsync(user.UserId, true);
        app.Clock.Advance(Duration.FromMinutes(3));
        using var response = await client.GetAsync(new Uri(SignInRegistration.ChangePasswordPath, UriKind.Relative));

        Assert.StartsWith("https://localhost/aanmelden", SignInApp.Location(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneTimePassword_MustBeChangedBeforeAnythingElse()
    {
        var oneTime = "eenmalig-" + Guid.NewGuid().ToString("N");
        var hashing = new PasswordHashing();
        var id = await app.Accounts.CreateAsync("nieuw", "Nieuw", hashing.Hash(oneTime), mustChangePassword: true, [Roles.Inspectie], []);
        using var client = app.CreateBareClient();

        using var signIn = await InstroomApp.SignInAsync(client, "nieuw", oneTime);
        using var elsewhere = await client.GetAsync(new Uri("/regios", UriKind.Relative));
        var newPassword = "nieuw-wachtwoord-" + Guid.NewGuid().ToString("N");
        using var change = await SignInApp.PostFormAsync(client, SignInRegistration.ChangePasswordPath, SignInRegistration.ChangePasswordPath,
            new Dictionary<string, string> { ["CurrentPassword"] = oneTime, ["NewPassword"] = newPassword, ["ConfirmPassword"] = newPassword });
        using var afterwards = await client.GetAsync(new Uri("/toegankelijkheid", UriKind.Relative));

        Assert.Equal(SignInRegistration.ChangePasswordPath, SignInApp.Location(signIn));
        Assert.Equal(SignInRegistration.ChangePasswordPath, SignInApp.Location(elsewhere));
        Assert.Equal("/", SignInApp.Location(change));
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        var stored = (await app.Accounts.FindByIdAsync(id))!;
        Assert.False(stored.MustChangePassword);
        Assert.Equal(PasswordCheck.Succeeded, hashing.Verify(stored.PasswordHash!, newPassword));
        Assert.Contains(await app.AuditAsync(AuditActions.UserChanged, "nieuw"), entry => entry.Details == "wachtwoord gewijzigd");
    }

    [Fact]
    public async Task SignOut_EndsTheSession_AndIsAudited()
    {
        using var client = await app.CreateClientAsAsync("uit", [Roles.Inspectie]);

        using var signOut = await SignInApp.PostFormAsync(client, SignInRegistration.SignOutPath, SignInRegistration.ChangePasswordPath,
            new Dictionary<string, string>());
        using var after = await client.GetAsync(new Uri(SignInRegistration.ChangePasswordPath, UriKind.Relative));

        Assert.Equal(SignInRegistration.SignInPath, SignInApp.Location(signOut));
        Assert.StartsWith("https://localhost/aanmelden", SignInApp.Location(after), StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(AuditActions.SignOut, "uit"));
        Assert.Contains(await app.AuditAsync(AuditActions.SignIn, "uit"), entry => entry.Result == AuditResults.Succeeded);
    }

    [Fact]
    public async Task SessionCookie_IsAcceptedByASecondServerOnTheSameDatabase()
    {
        var cookie = await SessionCookieAsync("twee");
        using var second = app.WithWebHostBuilder(_ => { });
        using var secondClient = second.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        secondClient.DefaultRequestHeaders.Remove("Cookie");
        secondClient.DefaultRequestHeaders.Add("Cookie", cookie);

        using var response = await secondClient.GetAsync(new Uri(SignInRegistration.ChangePasswordPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string> SessionCookieAsync(string userName)
    {
        var password = "pw-" + Guid.NewGuid().ToString("N");
        await app.EnsureUserAsync(userName, password, [Roles.Inspectie]);
        using var client = app.CreateBareClient();
        using var response = await InstroomApp.SignInAsync(client, userName, password);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("__Host-instroom=", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
    }

    private static string Html(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);
}
