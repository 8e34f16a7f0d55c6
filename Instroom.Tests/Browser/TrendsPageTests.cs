using System.Globalization;
using System.Text.Json;
using Instroom.Data.Status;
using Instroom.Tests.Support;
using Microsoft.Playwright;

namespace Instroom.Tests.Browser;

[Collection(SeededBrowserCollection.Name)]
public sealed class TrendsPageTests(SeededBrowserFixture browser)
{
    private const string ShareOfRijnmond = "/trends?indicator=" + StatusIndicators.ZonderVasteJeugdbeschermerAandeel + "&gebied=JZ29&periode=13";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [SkippableFact]
    public async Task TrendChart_IsDrawnAfterTheScriptRuns_WithASummaryForScreenReaders()
    {
        await using var tab = await browser.OpenAsync(ShareOfRijnmond);

        await tab.Page.WaitForFunctionAsync("() => document.querySelector('[data-chart-ready], [data-chart-error]') !== null");
        Assert.Null(await tab.Page.Locator("[data-trend-chart]").GetAttributeAsync("data-chart-error"));
        await tab.ScreenshotAsync("trends-grafiek-rijnmond");
        var canvas = tab.Page.Locator("#trend-grafiek");
        var box = await canvas.BoundingBoxAsync();

        Assert.True(box is { Width: > 300, Height: > 200 }, $"Canvas {box?.Width}x{box?.Height}");
        Assert.Equal("img", await canvas.GetAttributeAsync("role"));
        Assert.StartsWith("Lijndiagram van Aandeel zonder vaste jeugdbeschermer (procent) in Rijnmond",
            await canvas.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => { const c = document.querySelector('#trend-grafiek'); " +
            "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true; return false; }"),
            "Nothing was drawn on the canvas.");
        Assert.True(tab.ConsoleErrors.Count == 0, string.Join("; ", tab.ConsoleErrors.Concat(tab.FailedResources)));
    }

    [SkippableFact]
    public async Task TrendTable_ShowsTheWeeksFiguresOfTheSeed_WithTheCorrectedWeekMarked()
    {
        await using var tab = await browser.OpenAsync(ShareOfRijnmond);
        var seed = browser.Seed;

        var rows = tab.Page.Locator("#trend-tabel tbody tr");
        Assert.Equal(13, await rows.CountAsync());
        var latest = tab.Page.Locator($"#trend-tabel tr[data-week='{seed.Latest.Key}']");
        var count = DashboardSeed.WithoutCaseworker(seed.IndexOf(seed.Latest));
        Assert.Equal(count.ToString("N0", Dutch), await latest.Locator("[data-cell=aantal]").InnerTextAsync());
        Assert.Equal(DashboardSeed.Lopende().ToString("N0", Dutch), await latest.Locator("[data-cell=basis]").InnerTextAsync());
        Assert.Equal((100m * count / DashboardSeed.Lopende()).ToString("0.0", Dutch) + "%", await latest.Locator("[data-cell=waarde]").InnerTextAsync());

        var corrected = tab.Page.Locator($"#trend-tabel tr[data-week='{seed.CorrectedWeek.Key}']");
        var correctedCount = DashboardSeed.WithoutCaseworker(seed.IndexOf(seed.CorrectedWeek)) + 1;
        Assert.Equal(correctedCount.ToString("N0", Dutch), await corrected.Locator("[data-cell=aantal]").InnerTextAsync());
        Assert.Contains("gecorrigeerd", await corrected.Locator("[data-cell=toelichting]").InnerTextAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ChangingTheAreaAndPeriodInTheForm_ShowsThatTrend_WithoutJavaScript()
    {
        await using var tab = await browser.OpenAsync("/trends", javaScript: false);

        await tab.Page.SelectOptionAsync("#gebied", "JZ29");
        await tab.Page.GetByRole(AriaRole.Radio, new() { Name = "laatste 13 weken" }).CheckAsync();
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Toon trend" }).ClickAsync();
        await tab.Page.WaitForURLAsync("**/trends?*periode=13*");

        Assert.Contains("gebied=JZ29", tab.Page.Url, StringComparison.Ordinal);
        Assert.Equal(13, await tab.Page.Locator("#trend-tabel tbody tr").CountAsync());
        Assert.Contains("in Rijnmond", await tab.Page.Locator("#trend-titel").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await tab.Page.Locator("[data-trend-chart]").IsHiddenAsync(), "Without JavaScript only the table shows.");
    }

    [SkippableFact]
    public async Task AnOwnPeriod_ChosenWithTheWeekFields_ShowsExactlyThoseWeeks()
    {
        await using var tab = await browser.OpenAsync(ShareOfRijnmond);
        var (from, to) = (browser.Seed.Latest.Plus(-20), browser.Seed.Latest.Plus(-11));

        await tab.Page.GetByRole(AriaRole.Radio, new() { Name = "eigen periode" }).CheckAsync();
        await tab.Page.FillAsync("#van", from.Key);
        await tab.Page.FillAsync("#tm", to.Key);
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Toon trend" }).ClickAsync();
        await tab.Page.WaitForURLAsync("**periode=eigen*");

        var weeks = await tab.Page.Locator("#trend-tabel tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.week)");
        Assert.Equal(Enumerable.Range(0, 10).Select(i => from.Plus(i).Key), weeks);
    }

    [SkippableTheory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task DownloadLinks_GiveTheSeriesAsAFile_NamedAfterIndicatorRegionAndWeeks(string format)
    {
        await using var tab = await browser.OpenAsync(ShareOfRijnmond);
        var seed = browser.Seed;

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.Locator($"[data-download={format}]").ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);

        Assert.Equal($"instroom-trend-zonder-vaste-jeugdbeschermer-aandeel-rijnmond-{seed.Latest.Plus(-12).Key}-{seed.Latest.Key}.{format}",
            download.SuggestedFilename);
        if (format == "csv")
        {
            var lines = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("Week;Maandag;Aantal (teller);Basis (noemer);Aandeel zonder vaste jeugdbeschermer;", lines[0], StringComparison.Ordinal);
            Assert.Equal(14, lines.Length);
            var count = DashboardSeed.WithoutCaseworker(seed.IndexOf(seed.Latest));
            Assert.StartsWith($"{seed.Latest.Key};{seed.Latest.Monday:d-M-yyyy};{count};{DashboardSeed.Lopende()};", lines[^1], StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        }
    }

    [SkippableFact]
    public async Task GemeenteWithSmallCounts_ShowsThemHidden_InTheTableAndTheChartData_NeverAsNumbers()
    {
        const string path = "/trends?indicator=instroomlijst&gebied=GM0489&periode=13";
        await using var tab = await browser.OpenAsync(path);
        await tab.Page.Locator("[data-chart-ready='true']").WaitForAsync();
        await tab.ScreenshotAsync("trends-gemeente-afgeschermd");
        await tab.Page.Locator(".instroom-trend-figure").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "trends-gemeente-grafiek.png") });

        var counts = await tab.Page.Locator("#trend-tabel [data-cell=waarde]").AllInnerTextsAsync();
        var json = await tab.Page.EvaluateAsync<JsonElement>($"fetch('/trends/gegevens{path[7..]}').then(r => r.json())");
        var points = json.GetProperty("series")[0].GetProperty("points").EnumerateArray().ToList();

        Assert.Equal(13, counts.Count);
        Assert.All(counts, count => Assert.Equal("<5", count));
        Assert.All(points, point => Assert.Equal(JsonValueKind.Null, point.GetProperty("y").ValueKind));
        Assert.All(points, point => Assert.Equal("<5 (afgeschermd)", point.GetProperty("text").GetString()));
        Assert.Contains("13 weken afgeschermd", await tab.Page.Locator("#trend-grafiek").GetAttributeAsync("aria-label") ?? "", StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TwoYearTrendOfRijnmond_ShadesTheSupervisionPeriod_AndDrawsTheThresholds()
    {
        const string path = "/trends?indicator=" + StatusIndicators.InstroomlijstWachtduurMediaan + "&gebied=JZ29&periode=104";
        await using var tab = await browser.OpenAsync(path);
        await tab.Page.Locator("[data-chart-ready='true']").WaitForAsync();
        await tab.ScreenshotAsync("trends-104-weken-toezicht");
        await tab.Page.Locator(".instroom-trend-figure").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "trends-104-weken-grafiek.png") });
        var seed = browser.Seed;

        var json = await tab.Page.EvaluateAsync<JsonElement>($"fetch('/trends/gegevens{path[7..]}').then(r => r.json())");
        var band = Assert.Single(json.GetProperty("bands").EnumerateArray());
        var weeks = json.GetProperty("weeks").EnumerateArray().Select(w => w.GetString()).ToList();
        var lines = json.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("label").GetString()).ToList();
        var caption = await tab.Page.Locator("figcaption").InnerTextAsync();

        Assert.Equal(104, weeks.Count);
        Assert.Equal(seed.Latest.Plus(-60).Key, weeks[band.GetProperty("from").GetInt32()]);
        Assert.Equal(seed.Latest.Plus(-36).Key, weeks[band.GetProperty("to").GetInt32()]);
        Assert.Equal(["Oranje boven 10 dagen", "Rood boven 42 dagen"], lines);
        Assert.Contains("Gearceerd: Verscherpt toezicht op Rijnmond van", caption, StringComparison.Ordinal);
        Assert.Equal(["gebied", "p90", "landelijk", "jaar-eerder"], json.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
    }

    [SkippableFact]
    public async Task EveryFigureLabelOnTheTrendPage_LinksToADefinitionThatExists()
    {
        await using var tab = await browser.OpenAsync(ShareOfRijnmond);
        var anchors = await tab.Page.Locator("main a[href^='/indicatoren#']").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href').split('#')[1])");

        await tab.GotoAsync("/indicatoren");
        var ids = await tab.Page.Locator("[id^='indicator-']").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.id)");

        Assert.Contains("indicator-zonder-vaste-jeugdbeschermer-aandeel", anchors);
        Assert.Contains("indicator-lopende-maatregelen", anchors);
        Assert.All(anchors, anchor => Assert.Contains(anchor, ids));
    }
}
