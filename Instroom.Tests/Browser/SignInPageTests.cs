using Instroom.Data.Access;
using Instroom.Web.Security;

namespace Instroom.Tests.Browser;

/// <summary>Sign-in in a real browser over a real socket: the form, the session cookie as Chromium keeps it, the way out.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInPageTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task AnonymousVisitor_SignsInThroughTheForm_AndLandsOnThePageAskedFor()
    {
        var password = "pw-" + Guid.NewGuid().ToString("N");
        await browser.App.EnsureUserAsync("browser-kp", password, [Roles.Ketenpartner], ["JZ29"]);
        await using var tab = await browser.OpenAnonymousAsync("/toegankelijkheid");
        await tab.GotoAsync("/regios");

        Assert.Equal("Aanmelden", await tab.Page.InnerTextAsync("h1"));
        Assert.Empty(tab.ConsoleErrors);
        await BrowserFixture.SignInAsync(tab, "browser-kp", password);

        Assert.EndsWith("/regios", new Uri(tab.Page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("browser-kp", await tab.Page.InnerTextAsync("header"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SessionCookie_IsHostPrefixedSecureHttpOnlyLax_AndASessionCookie()
    {
        await using var tab = await browser.OpenAsAsync("browser-cookie", [Roles.Inspectie], null, "/toegankelijkheid");

        var cookie = Assert.Single(await tab.CookiesAsync(), cookie => cookie.Name == SignInRegistration.CookieName);

        Assert.Equal((true, true, Microsoft.Playwright.SameSiteAttribute.Lax, "/", -1f), (cookie.Secure, cookie.HttpOnly, cookie.SameSite, cookie.Path, cookie.Expires));
    }

    [SkippableFact]
    public async Task SignOut_FromTheHeader_EndsTheSession()
    {
        await using var tab = await browser.OpenAsAsync("browser-uit", [Roles.Inspectie], null, "/toegankelijkheid");

        await tab.Page.ClickAsync("header a.instroom-signout__button");
        await tab.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == SignInRegistration.SignOutPath);
        await tab.Page.ClickAsync("main form button[type=submit]");
        await tab.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == SignInRegistration.SignInPath);
        await tab.GotoAsync("/regios");

        Assert.Equal("Aanmelden", await tab.Page.InnerTextAsync("h1"));
    }
}
