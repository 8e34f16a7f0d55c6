using Instroom.Data.Text;
using Instroom.Tests.Dashboard.Support;
using Instroom.Tests.Support;
using Microsoft.Playwright;

namespace Instroom.Tests.Browser;

/// <summary>The inspectie page in Chromium: toezicht periods, the heat strip, and the forms end to end.</summary>
[Collection(CountryBrowserCollection.Name)]
public sealed class InspectiePageTests(CountryBrowserFixture browser)
{
    [SkippableFact]
    public async Task OpenPeriods_ShowWhetherTheRegionImproved_AndFlagAPlannedEndThatHasPassed()
    {
        await using var tab = await browser.OpenAsync("/inspectie");

        var rijnmond = tab.Page.Locator($"#onder-toezicht tr[data-region='{DashboardWorld.RijnmondToezicht}']");
        var brabant = tab.Page.Locator($"#onder-toezicht tr[data-region='{DashboardWorld.Brabant}']");
        var cells = await rijnmond.Locator("td").AllInnerTextsAsync();

        Assert.Contains("rood", cells[2], StringComparison.Ordinal);
        Assert.Contains("oranje", cells[3], StringComparison.Ordinal);
        Assert.Equal("verbeterd", cells[4].Trim());
        Assert.Contains("verstreken", await brabant.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("gelijk gebleven", (await brabant.Locator(".instroom-trend").InnerTextAsync()).Trim());
        Assert.Equal(1, await tab.Page.Locator($"#eerder-toezicht tr[data-region='{DashboardWorld.Friesland}']").CountAsync());
        Assert.Equal(0, await tab.Page.Locator($"#onder-toezicht tr[data-region='{DashboardWorld.Friesland}']").CountAsync());
    }

    [SkippableTheory]
    [InlineData("toezichtregio", 11)]
    [InlineData("jeugdregio", 42)]
    public async Task HeatStrip_HasAStatusWordAndShapeInEveryCell_For26Weeks(string level, int regions)
    {
        await using var tab = await browser.OpenAsync($"/inspectie?niveau={level}");
        var latest = DashboardPages.LatestWeek(browser);

        var rows = tab.Page.Locator("#statusverloop-tabel tbody tr");
        var headers = await tab.Page.Locator("#statusverloop-tabel thead th").AllInnerTextsAsync();
        var cells = await tab.Page.Locator("#statusverloop-tabel tbody td")
            .EvaluateAllAsync<string[][]>("cells => cells.map(c => [c.dataset.status, c.innerText.trim(), c.querySelector('.instroom-mark') ? 'vorm' : ''])");

        Assert.Equal(regions, await rows.CountAsync());
        Assert.Equal(27, headers.Count);
        Assert.Contains(latest.Label, headers[^1], StringComparison.Ordinal);
        Assert.Equal(regions * 26, cells.Length);
        Assert.All(cells, cell => Assert.Equal("vorm", cell[2]));
        Assert.All(cells, cell => Assert.Contains(cell[0] == "geen" ? "geen status" : cell[0], cell[1], StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task HeatStrip_ShowsRijnmondRedBeforeAndOrangeInTheLastFourWeeks()
    {
        await using var tab = await browser.OpenAsync("/inspectie");

        var statuses = await tab.Page.Locator($"#statusverloop-tabel tr[data-region='{DashboardWorld.RijnmondToezicht}'] td")
            .EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.status)");

        Assert.Equal(Enumerable.Repeat("rood", 22).Concat(Enumerable.Repeat("oranje", 4)), statuses);
    }

    [SkippableFact]
    public async Task StartAndEndForms_PutARegionUnderToezicht_AndTakeItOffAgain()
    {
        await using var tab = await browser.OpenAsync("/inspectie");
        // In the past and already over, so no other page's week is affected once this test is done.
        var start = DashboardPages.Today(browser).PlusDays(-200);

        await tab.Page.GetByLabel("Regio", new() { Exact = true }).SelectOptionAsync("TR01");
        await tab.Page.GetByLabel("Startdatum").FillAsync(start.ToString("yyyy-MM-dd", null));
        await tab.Page.Locator("#start-toelichting").FillAsync("Testperiode uit de browsertest.");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Leg verscherpt toezicht vast" }).ClickAsync();
        await tab.Page.WaitForURLAsync("**/inspectie?gestart=TR01#toezicht");
        var started = await tab.Page.Locator(".instroom-success").InnerTextAsync();
        var row = tab.Page.Locator("#onder-toezicht tr[data-region='TR01']");
        var rowText = await row.InnerTextAsync();
        var period = await row.GetAttributeAsync("data-period");

        var endForm = tab.Page.Locator($"form[data-period='{period}']");
        await endForm.GetByLabel("Einddatum").FillAsync(start.PlusDays(10).ToString("yyyy-MM-dd", null));
        await endForm.GetByRole(AriaRole.Button).ClickAsync();
        await tab.Page.WaitForURLAsync("**/inspectie?beeindigd=TR01#toezicht");

        Assert.Equal("Het verscherpt toezicht op Friesland is vastgelegd.", started.Trim());
        Assert.Contains(DutchFormat.Date(start), rowText, StringComparison.Ordinal);
        Assert.Contains(DutchFormat.Date(start.PlusMonths(6)), rowText, StringComparison.Ordinal);
        Assert.Contains(InstroomApp.TestUserName, rowText, StringComparison.Ordinal);
        Assert.Equal("Het verscherpt toezicht op Friesland is beëindigd.", (await tab.Page.Locator(".instroom-success").InnerTextAsync()).Trim());
        Assert.Equal(0, await tab.Page.Locator("#onder-toezicht tr[data-region='TR01']").CountAsync());
        Assert.Contains(DutchFormat.Date(start.PlusDays(10)), await tab.Page.Locator($"#eerder-toezicht tr[data-period='{period}']").InnerTextAsync(),
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task StartForm_WithoutRegionAndWithAWrongDate_ShowsDutchErrorsAtTheFields()
    {
        await using var tab = await browser.OpenAsync("/inspectie");

        await tab.Page.Locator("#start-datum").EvaluateAsync("input => input.type = 'text'");
        await tab.Page.GetByLabel("Startdatum").FillAsync("31-02-2026");
        var response = await tab.Page.RunAndWaitForResponseAsync(
            () => tab.Page.GetByRole(AriaRole.Button, new() { Name = "Leg verscherpt toezicht vast" }).ClickAsync(),
            response => response.Url.EndsWith("/inspectie/toezicht/starten", StringComparison.Ordinal));
        await tab.ScreenshotAsync("inspectie-formulierfouten");

        Assert.Equal(422, response.Status);
        Assert.Equal("Kies de regio die onder verscherpt toezicht komt.", (await tab.Page.Locator("#start-regio-fout").InnerTextAsync()).Trim());
        Assert.Contains("is geen datum", await tab.Page.Locator("#start-datum-fout").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await tab.Page.Locator("#start-regio").GetAttributeAsync("aria-invalid"));
        Assert.Equal(2, await tab.Page.Locator(".instroom-error-summary li").CountAsync());
    }

    [SkippableFact]
    public async Task StartForm_ForARegionAlreadyUnderToezicht_IsRefusedWithTheReason()
    {
        await using var tab = await browser.OpenAsync("/inspectie");

        await tab.Page.GetByLabel("Regio", new() { Exact = true }).SelectOptionAsync(DashboardWorld.RijnmondToezicht);
        await tab.Page.GetByLabel("Startdatum").FillAsync(DashboardPages.Today(browser).ToString("yyyy-MM-dd", null));
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Leg verscherpt toezicht vast" }).ClickAsync();
        await tab.Page.Locator(".instroom-error-summary").WaitForAsync();

        Assert.Contains("Rijnmond staat al onder verscherpt toezicht", await tab.Page.Locator(".instroom-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await tab.Page.Locator($"#onder-toezicht tr[data-region='{DashboardWorld.RijnmondToezicht}']").CountAsync());
    }

    [SkippableTheory]
    [InlineData("/inspectie/toezicht/starten")]
    [InlineData("/inspectie/toezicht/1/beeindigen")]
    public async Task Post_WithoutAntiforgeryToken_IsRefused(string path)
    {
        await using var tab = await browser.OpenAsync("/inspectie");

        var response = await tab.Page.APIRequest.PostAsync(path, new()
        {
            Form = tab.Page.APIRequest.CreateFormData().Set("StartForm.Region", "TR01").Set("StartForm.Start", "2026-01-05").Set("EndForm.End", "2026-01-06"),
        });

        Assert.Equal(400, response.Status);
        await tab.GotoAsync("/inspectie");
        Assert.Equal(0, await tab.Page.Locator("#onder-toezicht tr[data-region='TR01']").CountAsync());
    }
}
