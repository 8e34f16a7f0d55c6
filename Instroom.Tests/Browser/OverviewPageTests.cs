using System.Text.RegularExpressions;
using Instroom.Tests.Dashboard.Support;
using Instroom.Web.Features.Map;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Instroom.Tests.Browser;

/// <summary>The landelijk overzicht in Chromium, on the seeded country of <see cref="DashboardWorld"/>.</summary>
[Collection(CountryBrowserCollection.Name)]
public sealed class OverviewPageTests(CountryBrowserFixture browser)
{
    [SkippableFact]
    public async Task Overview_ShowsEveryJeugdregioAndNederland_ForTheLatestComputedWeek()
    {
        await using var tab = await browser.OpenAsync("/");
        var week = DashboardPages.LatestWeek(browser);

        var regions = await tab.Page.Locator("#overzicht tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.region)");
        var national = await tab.Page.Locator("#overzicht tfoot tr th").InnerTextAsync();

        Assert.Equal($"Landelijk overzicht — {week.Label}", await tab.Page.Locator("h1").InnerTextAsync());
        Assert.Equal(42, regions.Length);
        Assert.Contains(DashboardWorld.Rijnmond, regions);
        Assert.Equal("Nederland", national.Trim());
        Assert.Empty(tab.ConsoleErrors);
    }

    [SkippableTheory]
    [InlineData("jeugdregio")]
    [InlineData("toezichtregio")]
    public async Task Map_ColoursEveryJeugdregio_WithTheStatusOfItsRowInTheTable(string level)
    {
        await using var tab = await browser.OpenAsync($"/?niveau={level}");
        var geometry = browser.App.Services.GetRequiredService<NationalMapGeometry>();
        await tab.ScreenshotAsync($"landelijk-overzicht-kaart-{level}");

        var rows = (await tab.Page.Locator("#overzicht tbody tr")
                .EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.region, r.dataset.status])"))
            .ToDictionary(row => row[0], row => row[1]);
        var map = await tab.Page.Locator("svg [data-region][data-status]")
            .EvaluateAllAsync<string[][]>("nodes => nodes.map(n => [n.dataset.region, n.dataset.status, (n.querySelector('path') ?? n).getAttribute('fill')])");

        Assert.Equal(42, map.Length);
        foreach (var region in map)
        {
            var row = level == "toezichtregio" ? geometry.SupervisionRegionOf(region[0])! : region[0];
            Assert.Equal((region[0], rows[row]), (region[0], region[1]));
            Assert.Equal($"url(#landelijke-kaart-patroon-{region[1]})", region[2]);
        }

        Assert.True(map.Select(region => region[1]).Distinct().Count() >= 3, "The seeded country has green, orange and red regions.");
    }

    [SkippableFact]
    public async Task Map_MarksTheToezichtregiosUnderVerscherptToezicht_AndTheTableSaysSo()
    {
        await using var tab = await browser.OpenAsync("/");

        var outlines = await tab.Page.Locator(".instroom-map__outline--toezicht[data-toezichtregio]")
            .EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.toezichtregio)");
        var rijnmond = await tab.Page.Locator($"#overzicht tr[data-region='{DashboardWorld.Rijnmond}'] th").InnerTextAsync();

        Assert.Equal([DashboardWorld.Brabant, DashboardWorld.RijnmondToezicht], outlines);
        Assert.Contains("onder verscherpt toezicht via toezichtregio Rijnmond", rijnmond, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task WeekPicker_ShowsTheWeekChosenInTheForm_AndThePreviousWeekLinkGoesBackOneWeek()
    {
        await using var tab = await browser.OpenAsync("/");
        var latest = DashboardPages.LatestWeek(browser);
        var chosen = latest.Plus(-5);

        await tab.Page.GetByLabel("Week (jaar en weeknummer)").FillAsync(chosen.Key);
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Toon week" }).ClickAsync();
        await tab.Page.WaitForURLAsync($"**/?week={chosen.Key}*");
        var heading = await tab.Page.Locator("h1").InnerTextAsync();
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = chosen.Previous.Label }).ClickAsync();
        await tab.Page.WaitForURLAsync($"**/?week={chosen.Previous.Key}*");

        Assert.Equal($"Landelijk overzicht — {chosen.Label}", heading);
        Assert.Equal($"Landelijk overzicht — {chosen.Previous.Label}", await tab.Page.Locator("h1").InnerTextAsync());
        Assert.Equal("jeugdregio", await tab.Page.Locator("input[name=niveau]").InputValueAsync());
    }

    [SkippableTheory]
    [InlineData("zonder-jb", "Zonder vaste jeugdbeschermer, totaal", 9, 11)]
    [InlineData("instroom", "Instroomlijst", 3, 5)]
    [InlineData("doorstroom", "Doorstroomlijst", 6, 5)]
    public async Task Sorting_OnAListOfChildrenWithoutVasteJeugdbeschermer_OrdersTheShownCounts_AndTheHeaderLinkReversesIt(string sort,
        string label, int column, int minimumShown)
    {
        await using var tab = await browser.OpenAsync($"/?sorteer={sort}&richting=af");
        var link = tab.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{label}, sorteer oplopend$") });
        var header = tab.Page.Locator("#overzicht thead th")
            .Filter(new() { Has = tab.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{label}, sorteer (op|af)lopend$") }) });

        var descending = await ShownCountsInColumn(tab.Page, column);
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
        await link.ClickAsync();
        await tab.Page.WaitForURLAsync("**richting=op*");
        var ascending = await ShownCountsInColumn(tab.Page, column);

        // The seeded country has small lists in many regions: fewer regions show each list than its total.
        Assert.True(descending.Count >= minimumShown, $"At least {minimumShown} regions show the count; got {descending.Count}.");
        Assert.Equal(descending.OrderDescending(), descending);
        Assert.Equal(ascending.Order(), ascending);
        Assert.NotEqual(descending, ascending);
        Assert.Equal("ascending", await header.GetAttributeAsync("aria-sort"));
        Assert.Equal(1, await tab.Page.Locator("#overzicht th[aria-sort]").CountAsync());
    }

    [SkippableFact]
    public async Task Header_GroupsInstroomlijstDoorstroomlijstAndTotaal_UnderZonderVasteJeugdbeschermer_WithoutJavaScript()
    {
        await using var tab = await browser.OpenAsync("/", javaScript: false);
        var group = tab.Page.Locator("#overzicht thead tr").First.Locator("th[scope=colgroup]");
        var rijnmond = tab.Page.Locator($"#overzicht tr[data-region='{DashboardWorld.Rijnmond}'] td");

        // What a sighted reader sees in the second header row, without the soft hyphens that let long words break.
        var columns = (await tab.Page.Locator("#overzicht thead tr").Nth(1).Locator("th[scope=col] .instroom-sortlink [aria-hidden=true]").AllInnerTextsAsync())
            .Select(text => text.Replace("\u00AD", "", StringComparison.Ordinal).Trim())
            .ToList();
        var spans = await tab.Page.Locator("#overzicht colgroup").EvaluateAllAsync<int[]>("groups => groups.map(g => g.span)");

        Assert.Equal("Zonder vaste jeugdbeschermer", (await group.InnerTextAsync()).Trim());
        Assert.Equal("8", await group.GetAttributeAsync("colspan"));
        Assert.Equal(["Instroomlijst", "aandeel", "sinds vorige week", "Doorstroomlijst", "aandeel", "sinds vorige week", "Totaal", "aandeel"], columns);
        Assert.Equal(15, spans.Sum());
        Assert.Contains(8, spans);
        Assert.Equal(15, await tab.Page.Locator("#overzicht thead .instroom-sortlink").CountAsync());
        Assert.Equal(1, await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Doorstroomlijst, aandeel van lopende maatregelen, sorteer aflopend", Exact = true }).CountAsync());
        Assert.Equal(14, await rijnmond.CountAsync());
        Assert.Matches("^[0-9.]+$", (await rijnmond.Nth(1).InnerTextAsync()).Trim());
        Assert.Matches("^[0-9]+,[0-9]%$", (await rijnmond.Nth(2).InnerTextAsync()).Trim());
    }

    [SkippableFact]
    public async Task Table_FitsAProjectorOf1366By768_WithoutScrollingSideways()
    {
        await using var tab = await browser.OpenAsync("/", width: 1366, height: 768);
        await tab.Page.Locator("#overzicht").EvaluateAsync("table => table.scrollIntoView({ block: 'start' })");
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "landelijk-overzicht-tabel-projector.png") });
        await tab.ScreenshotAsync("landelijk-overzicht-projector-hele-pagina");

        var page = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        var table = await tab.Page.Locator(".instroom-table-scroll").EvaluateAsync<int>("box => box.scrollWidth - box.clientWidth");

        Assert.True(page <= 0, $"The page is {page}px too wide.");
        Assert.True(table <= 0, $"The table is {table}px too wide for its box.");
    }

    [SkippableFact]
    public async Task Sorting_ByStatus_PutsRedRegionsFirst_AndGreenLast()
    {
        await using var tab = await browser.OpenAsync("/?sorteer=status&richting=af");

        var statuses = await tab.Page.Locator("#overzicht tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.status)");
        var order = new[] { "rood", "oranje", "onvolledig", "groen", "geen" };

        Assert.Equal("rood", statuses[0]);
        Assert.Equal("groen", statuses[^1]);
        Assert.Equal(statuses.OrderBy(status => Array.IndexOf(order, status)), statuses);
    }

    [SkippableFact]
    public async Task Overview_WarnsThatAVeiligThuisDidNotDeliver_AndShowsZeelandAsOnvolledig()
    {
        await using var tab = await browser.OpenAsync("/");

        var warning = await tab.Page.Locator(".instroom-alert").InnerTextAsync();
        var zeeland = tab.Page.Locator($"#overzicht tr[data-region='{DashboardWorld.Zeeland}']");

        Assert.Contains($"{DashboardWorld.ZeelandVeiligThuis} Veilig Thuis Zeeland", warning, StringComparison.Ordinal);
        Assert.Equal("onvolledig", await zeeland.GetAttributeAsync("data-status"));
        Assert.Contains("4 van 5 bronnen", await zeeland.InnerTextAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ClickingARegionInTheTable_OpensItsWeekbeeldForTheSameWeek()
    {
        await using var tab = await browser.OpenAsync("/");
        var week = DashboardPages.LatestWeek(browser);

        await tab.Page.Locator($"#overzicht tr[data-region='{DashboardWorld.Rijnmond}'] th a").ClickAsync();
        await tab.Page.WaitForURLAsync($"**/regios/{DashboardWorld.Rijnmond}?week={week.Key}");

        Assert.Equal($"Rijnmond — {week.Label}", await tab.Page.Locator("h1").InnerTextAsync());
    }

    [SkippableTheory]
    [InlineData("CSV", "csv", "jeugdregio")]
    [InlineData("Excel (xlsx)", "xlsx", "toezichtregio")]
    public async Task TableDownload_GivesAFileNamedAfterLevelAndWeek(string link, string extension, string level)
    {
        await using var tab = await browser.OpenAsync($"/?niveau={level}");
        var week = DashboardPages.LatestWeek(browser);

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync());
        var path = await download.PathAsync();
        var response = await tab.Page.APIRequest.GetAsync(download.Url);

        Assert.Equal($"instroom-overzicht-{level}s-{week.Key}.{extension}", download.SuggestedFilename);
        Assert.Equal(200, response.Status);
        Assert.Contains($"filename=instroom-overzicht-{level}s-{week.Key}.{extension}", response.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.True(new FileInfo(path).Length > 500);
    }

    [SkippableTheory]
    [InlineData("/?sorteer=willekeurig")]
    [InlineData("/?week=2026-W99")]
    [InlineData("/?niveau=gemeente")]
    [InlineData("/?richting=schuin")]
    public async Task UnknownParameters_AreRefused_With400(string path)
    {
        await using var tab = await browser.OpenAsync(path);

        Assert.Equal(400, tab.Response!.Status);
    }

    private static async Task<List<int>> ShownCountsInColumn(IPage page, int column) =>
        (await page.Locator($"#overzicht tbody tr td:nth-child({column})").AllInnerTextsAsync())
            .Select(DashboardPages.ShownCount)
            .OfType<int>()
            .ToList();
}
