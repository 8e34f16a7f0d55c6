using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Instroom.Data.Access;

namespace Instroom.Tests.Browser;

/// <summary>
/// The administration pages in a real browser on seeded data, signed in as Beheerder: WCAG 2.1 AA by axe on a desktop
/// and a 320 pixel screen (also with the errors, the preview and the one-time password shown), no sideways scrolling,
/// no CSP violations; and the forms work as plain HTML.
/// </summary>
[Collection(SeededBrowserCollection.Name)]
public sealed class AdminPagesBrowserTests(SeededBrowserFixture browser)
{
    private static readonly AxeRunOptions Wcag21Aa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static TheoryData<string, int> AdminPages()
    {
        var data = new TheoryData<string, int>();
        foreach (var width in new[] { 1366, 320 })
        {
            foreach (var path in new[]
                     {
                         "/beheer", "/beheer/bronnen/" + DashboardSeed.Gi, "/beheer/statusregels/zonder-vaste-jeugdbeschermer", "/beheer/gebruikers",
                         "/beheer/gebruikers/nieuw", "/beheer/gebruikers/{beheerder}", "/beheer/logboek",
                     })
            {
                data.Add(path, width);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPages_PassAxe_AndFitTheScreen(string path, int width)
    {
        await using var tab = await browser.OpenAsync(await ResolveAsync(path), width, width < 400 ? 640 : 768);

        await AssertAccessibleAsync(tab, $"{path} at {width}px");
    }

    [SkippableFact]
    public async Task SourceForm_ShowsItsErrorsBesideTheFields_Accessibly()
    {
        await using var tab = await browser.OpenAsync("/beheer/bronnen/" + DashboardSeed.Vt, 320, 640);
        await tab.Page.FillAsync("#bron-adres", "http://bron.example.nl/instroom");
        await tab.Page.FillAsync("#bron-ophaaltijd", "02:15");

        await tab.Page.ClickAsync("#koppeling-formulier button[type=submit]");

        Assert.Contains("Gebruik https", await tab.Page.Locator("#bron-adres-fout").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await tab.Page.Locator("#bron-ophaaltijd").GetAttributeAsync("aria-invalid"));
        await tab.ScreenshotAsync("beheer-bron-fouten-320");
        await AssertAccessibleAsync(tab, "bron met fouten", refusedForm: true);
    }

    [SkippableFact]
    public async Task RuleForm_ShowsThePreview_ThenSavesOnConfirmation()
    {
        await using var tab = await browser.OpenAsync("/beheer/statusregels/instroomlijst-wachttijd");
        await tab.Page.FillAsync("#regel-oranje", "11");

        await tab.Page.ClickAsync("#regel-formulier button[type=submit]");
        await tab.ScreenshotAsync("beheer-statusregel-voorbeeld");
        await AssertAccessibleAsync(tab, "voorbeeld");
        await tab.Page.ClickAsync("#bevestigen button[type=submit]");

        Assert.EndsWith("/beheer#statusregels", tab.Page.Url, StringComparison.Ordinal);
        Assert.Contains("Statusregel instroomlijst-wachttijd is opgeslagen (oranje 10 → 11)", await tab.Page.Locator("#bevestiging").InnerTextAsync(),
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task NewUser_ShowsTheOneTimePasswordOnce_WithoutJavaScript()
    {
        await using var tab = await browser.OpenAsync("/beheer/gebruikers/nieuw", javaScript: false);
        await tab.Page.FillAsync("#gebruikersnaam", "browser.nieuw");
        await tab.Page.FillAsync("#weergavenaam", "Nieuwe Gebruiker");
        await tab.Page.CheckAsync("#rol-accounthouder");
        await tab.Page.SelectOptionAsync("#gebieden", ["GM0489", "JZ29"]);

        await tab.Page.ClickAsync("#gebruiker-formulier button[type=submit]");
        var password = await tab.Page.Locator("[data-password]").InnerTextAsync();
        await tab.ScreenshotAsync("beheer-gebruiker-wachtwoord");
        await tab.Page.ReloadAsync();

        Assert.Matches("^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$", password.Trim());
        Assert.Equal(0, await tab.Page.Locator("[data-password]").CountAsync());
        Assert.Equal(["Gemeente Barendrecht (GM0489)", "Jeugdregio Rijnmond (JZ29)"],
            (await tab.Page.Locator("#gebieden option:checked").AllInnerTextsAsync()).Order(StringComparer.Ordinal));
    }

    private async Task<string> ResolveAsync(string path)
    {
        if (!path.Contains("{beheerder}", StringComparison.Ordinal))
        {
            return path;
        }

        var id = await browser.App.EnsureUserAsync("browser.accounthouder", "test-" + Guid.NewGuid().ToString("N"), [Roles.Accounthouder], ["JZ29", "GM0489"]);
        return path.Replace("{beheerder}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static async Task AssertAccessibleAsync(BrowserTab tab, string name, bool refusedForm = false)
    {
        var result = await tab.Page.RunAxe(Wcag21Aa);
        var overflow = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(result.Violations.Length == 0, $"{name}: " + string.Join("; ", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
        Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow}px");
        // A refused form answers 422 on purpose, and Chromium reports that status of the page itself as a console error.
        var errors = tab.ConsoleErrors.Where(error => !(refusedForm && error.Contains("status of 422", StringComparison.Ordinal))).ToList();
        Assert.True(errors.Count == 0 && tab.FailedResources.Count == 0, string.Join("; ", errors.Concat(tab.FailedResources)));
    }
}
