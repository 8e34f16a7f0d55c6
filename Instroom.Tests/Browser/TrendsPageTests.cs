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
}
