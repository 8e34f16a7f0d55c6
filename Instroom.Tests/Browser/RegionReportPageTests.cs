using System.Text.RegularExpressions;
using Instroom.Tests.Dashboard.Support;
using Microsoft.Playwright;

namespace Instroom.Tests.Browser;

/// <summary>The regio weekbeeld in Chromium, on the seeded country of <see cref="DashboardWorld"/>.</summary>
[Collection(CountryBrowserCollection.Name)]
public sealed class RegionReportPageTests(CountryBrowserFixture browser)
{
    private const string Rijnmond = "/regios/" + DashboardWorld.Rijnmond;

    [SkippableFact]
    public async Task Weekbeeld_ShowsStatusReasonsByQuestion_AndThirteenWeeksThatTurnFromRedToOrange()
    {
        await using var tab = await browser.OpenAsync(Rijnmond);
        var week = DashboardPages.LatestWeek(browser);

        var questions = await tab.Page.Locator(".instroom-question").AllInnerTextsAsync();
        var strip = await tab.Page.Locator(".instroom-strip__week").EvaluateAllAsync<string[][]>("items => items.map(i => [i.dataset.week, i.dataset.status])");

        Assert.Equal($"Rijnmond — {week.Label}", await tab.Page.Locator("h1").InnerTextAsync());
        Assert.Contains("oranje", await tab.Page.Locator("#status-titel").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["Op tijd een vaste jeugdbeschermer: oranje", "Op tijd een gedragen koers: oranje", "Op tijd passende hulp: oranje"],
            questions.Select(question => question.Trim()));
        Assert.Equal(13, strip.Length);
        Assert.Equal(week.Key, strip[^1][0]);
        Assert.Equal(["rood", "rood", "rood", "rood", "rood", "rood", "rood", "rood", "rood", "oranje", "oranje", "oranje", "oranje"],
            strip.Select(cell => cell[1]));
        Assert.Equal("page", await tab.Page.Locator(".instroom-strip__link").Last.GetAttributeAsync("aria-current"));
    }

    [SkippableFact]
    public async Task KeyFigure_ChildrenWithoutVasteJeugdbeschermer_IsTheSameNumberAsOnTheOverview()
    {
        await using var overview = await browser.OpenAsync("/");
        var onOverview = await overview.Page.Locator($"#overzicht tr[data-region='{DashboardWorld.Rijnmond}'] td.instroom-overview-table__total-count")
            .InnerTextAsync();
        await using var tab = await browser.OpenAsync(Rijnmond);

        var keyFigure = tab.Page.Locator("#kerncijfers tbody tr").Filter(new() { HasText = "Kinderen zonder vaste jeugdbeschermer" });
        var cells = await keyFigure.Locator("td").AllInnerTextsAsync();

        Assert.NotNull(DashboardPages.ShownCount(onOverview));
        Assert.Equal(onOverview.Trim(), cells[0].Trim());
        Assert.Matches(@"^[+-]?\d", cells[1].Trim());
    }

    [SkippableFact]
    public async Task Chain_ShowsFourStepsFromVeiligThuisToPassendeHulp_WithWaitingTimesAndFlows()
    {
        await using var tab = await browser.OpenAsync(Rijnmond);

        var steps = await tab.Page.Locator(".instroom-chain__title").AllInnerTextsAsync();
        var gi = await tab.Page.Locator(".instroom-chain__step[data-step='gi']").InnerTextAsync();

        Assert.Equal(["Veilig Thuis", "Raad voor de Kinderbescherming", "Gecertificeerde instellingen", "Passende hulp"], steps.Select(s => s.Trim()));
        Assert.Contains("Instroomlijst", gi, StringComparison.Ordinal);
        Assert.Contains("Doorstroomlijst", gi, StringComparison.Ordinal);
        Assert.Contains("In: nieuwe maatregelen", gi, StringComparison.Ordinal);
        Assert.Matches(@"Mediane wachttijd\s+\d+ dagen", gi);
    }

    [SkippableFact]
    public async Task Breakdowns_ListTheGisMeasuresAndGemeenten_WithTotalsThatMatchTheKeyFigures()
    {
        await using var tab = await browser.OpenAsync(Rijnmond);

        var gis = await tab.Page.Locator("#per-gi tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        var measures = await tab.Page.Locator("#per-maatregel tbody tr th").AllInnerTextsAsync();
        var gemeenten = await tab.Page.Locator("#per-gemeente tbody tr").CountAsync();
        var lopende = await tab.Page.Locator("#kerncijfers tbody tr")
            .Filter(new() { Has = tab.Page.Locator("th", new() { HasTextRegex = new Regex(@"^\s*Lopende maatregelen\s*$") }) })
            .Locator("td").First.InnerTextAsync();

        Assert.Equal([DashboardWorld.RijnmondGi, "GI-LDH", "GI-WSG"], gis);
        Assert.Equal(["Ondertoezichtstelling (OTS)", "Voorlopige OTS", "Voogdij", "Jeugdreclassering"], measures.Select(m => m.Trim()));
        Assert.True(gemeenten >= 10, $"Rijnmond has more than ten gemeenten; the table has {gemeenten}.");
        foreach (var table in new[] { "per-gi", "per-maatregel", "per-gemeente" })
        {
            Assert.Equal(lopende.Trim(), (await tab.Page.Locator($"#{table} tfoot td").First.InnerTextAsync()).Trim());
        }
    }

    [SkippableFact]
    public async Task Sources_ShowWhoDeliveredLateOrWasRejected_AndVerscherptToezichtApartFromTheStatus()
    {
        await using var tab = await browser.OpenAsync(Rijnmond);

        var gi = await tab.Page.Locator($"#bronnen tr[data-source='{DashboardWorld.RijnmondGi}']").InnerTextAsync();
        var raad = await tab.Page.Locator("#bronnen tr[data-source='RAAD']").InnerTextAsync();
        var toezicht = await tab.Page.Locator(".instroom-region-toezicht").InnerTextAsync();

        Assert.Contains("gecorrigeerd", gi, StringComparison.Ordinal);
        Assert.Contains("te laat", gi, StringComparison.Ordinal);
        Assert.Contains("1 keer afgekeurd", gi, StringComparison.Ordinal);
        Assert.Contains("op tijd ontvangen", raad, StringComparison.Ordinal);
        Assert.Contains("Valt onder het verscherpt toezicht op toezichtregio Rijnmond", toezicht, StringComparison.Ordinal);
        Assert.Contains("is-active", await tab.Page.Locator(".instroom-region-toezicht").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Weekbeeld_OfARegionWithoutItsVeiligThuis_SaysWhichSourceIsMissing()
    {
        await using var tab = await browser.OpenAsync("/regios/" + DashboardWorld.Zeeland);

        var source = await tab.Page.Locator($"#bronnen tr[data-source='{DashboardWorld.ZeelandVeiligThuis}']").InnerTextAsync();
        var vtStep = await tab.Page.Locator(".instroom-chain__step[data-step='veilig-thuis']").InnerTextAsync();

        Assert.Contains("geen aanlevering", source, StringComparison.Ordinal);
        Assert.Contains("ontbrekend", source, StringComparison.Ordinal);
        Assert.Contains("geen gegevens", vtStep, StringComparison.Ordinal);
        Assert.Contains("onvolledig", await tab.Page.Locator("#status-titel").InnerTextAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task StripOfWeeks_LinksToTheWeekbeeldOfThatWeek()
    {
        await using var tab = await browser.OpenAsync(Rijnmond);
        var week = DashboardPages.LatestWeek(browser).Plus(-6);

        await tab.Page.Locator($".instroom-strip__week[data-week='{week.Key}'] a").ClickAsync();
        await tab.Page.WaitForURLAsync($"**{Rijnmond}?week={week.Key}");

        Assert.Equal($"Rijnmond — {week.Label}", await tab.Page.Locator("h1").InnerTextAsync());
        Assert.Contains("rood", await tab.Page.Locator("#status-titel").InnerTextAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/regios/XX99")]
    [InlineData("/regios/GM0599")]
    [InlineData("/regios/NL")]
    public async Task UnknownRegionOrNotARegion_IsNotFound(string path)
    {
        await using var tab = await browser.OpenAsync(path);

        Assert.Equal(404, tab.Response!.Status);
    }

    [SkippableTheory]
    [InlineData("CSV", "csv")]
    [InlineData("Excel (xlsx)", "xlsx")]
    public async Task Download_IsNamedAfterRegionAndWeek(string link, string extension)
    {
        await using var tab = await browser.OpenAsync(Rijnmond);
        var week = DashboardPages.LatestWeek(browser);

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync());
        var response = await tab.Page.APIRequest.GetAsync(download.Url);

        Assert.Equal($"instroom-weekbeeld-jz29-rijnmond-{week.Key}.{extension}", download.SuggestedFilename);
        Assert.Equal(200, response.Status);
        Assert.Contains($"filename=instroom-weekbeeld-jz29-rijnmond-{week.Key}.{extension}", response.Headers["content-disposition"], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Print_ShowsTheReportWithoutMenuOrForms_OnA4()
    {
        await using var tab = await browser.OpenAsync(Rijnmond);
        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await tab.ScreenshotAsync("regio-weekbeeld-print");
        await tab.Page.PdfAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "regio-weekbeeld.pdf"), Format = "A4", PreferCSSPageSize = true });

        Assert.False(await tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).IsVisibleAsync());
        Assert.False(await tab.Page.Locator(".instroom-weekpicker").IsVisibleAsync());
        Assert.True(await tab.Page.Locator(".instroom-chain").IsVisibleAsync());
        Assert.True(await tab.Page.Locator("#per-gemeente").IsVisibleAsync());
    }

    [SkippableFact]
    public async Task Weekbeeld_FitsAProjectorOf1366By768_WithoutScrollingSideways()
    {
        await using var tab = await browser.OpenAsync(Rijnmond, width: 1366, height: 768);
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "regio-weekbeeld-projector.png") });

        var overflow = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        var statusTop = await tab.Page.Locator("#status-titel").BoundingBoxAsync();

        Assert.True(overflow <= 0, $"{overflow}px too wide");
        Assert.True(statusTop!.Y < 768, "The status is on the first screen.");
    }
}
