using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Instroom.Data.Status;

namespace Instroom.Tests.Browser;

/// <summary>
/// The trends, aanleveringen, beheer and indicator pages with figures in them (the harness's <see cref="Pages"/> run on an
/// empty database): WCAG 2.1 AA by axe after the chart is drawn, no sideways scrolling at 320 pixels, no CSP violations.
/// </summary>
[Collection(SeededBrowserCollection.Name)]
public sealed class SeededPagesTests(SeededBrowserFixture browser)
{
    private static readonly AxeRunOptions Wcag21Aa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static TheoryData<string, string> SeededPages() => new()
    {
        { "/trends?indicator=" + StatusIndicators.ZonderVasteJeugdbeschermerAandeel + "&gebied=JZ29&periode=52", "trends-rijnmond-52" },
        { "/trends?indicator=instroomlijst&gebied=GM0489&periode=13", "trends-barendrecht" },
        { "/trends?indicator=raad-wachtduur&gebied=TR10&periode=104", "trends-raad-toezichtregio" },
        { "/aanleveringen", "aanleveringen-gegevens" },
        { "/aanleveringen/RAAD", "aanleveringen-raad" },
        { "/aanleveringen/quarantaine/1", "quarantaine-1" },
        { "/beheer", "beheer-gegevens" },
        { "/indicatoren", "indicatoren-gegevens" },
    };

    [SkippableTheory]
    [MemberData(nameof(SeededPages))]
    public async Task Axe_FindsNoWcag21AaViolations_OnPagesWithFigures(string path, string name)
    {
        await using var tab = await OpenReadyAsync(path, 1366);

        var result = await tab.Page.RunAxe(Wcag21Aa);

        Assert.True(result.Violations.Length == 0, $"{name}: " + string.Join("; ", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
        Assert.True(tab.ConsoleErrors.Count == 0 && tab.FailedResources.Count == 0, string.Join("; ", tab.ConsoleErrors.Concat(tab.FailedResources)));
    }

    [SkippableTheory]
    [MemberData(nameof(SeededPages))]
    public async Task PagesWithFigures_FitA320PixelWideScreen_AndPassAxeThere(string path, string name)
    {
        await using var tab = await OpenReadyAsync(path, 320);
        await tab.ScreenshotAsync(name + "-320");

        var overflow = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        var result = await tab.Page.RunAxe(Wcag21Aa);

        var wide = await tab.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main *')]" +
            ".filter(e => !e.closest('.instroom-table-scroll, .instroom-raw-scroll') && e.getBoundingClientRect().right > window.innerWidth + 1)" +
            ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
        Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow}px at 320px: {string.Join(", ", wide)}");
        Assert.True(result.Violations.Length == 0, $"{name}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id}: {v.Help}")));
    }

    private async Task<BrowserTab> OpenReadyAsync(string path, int width)
    {
        var tab = await browser.OpenAsync(path.Replace("/quarantaine/1", $"/quarantaine/{browser.Seed.QuarantineId}", StringComparison.Ordinal), width,
            width < 400 ? 640 : 768);
        if (path.StartsWith("/trends", StringComparison.Ordinal))
        {
            await tab.Page.Locator("[data-chart-ready='true']").WaitForAsync();
        }

        return tab;
    }

    [SkippableFact]
    public async Task EveryDefinitionLinkOnEveryPage_PointsAtADefinitionThatExists()
    {
        await using var tab = await browser.OpenAsync("/indicatoren");
        var ids = (await tab.Page.Locator("[id^='indicator-']").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.id)")).ToHashSet();
        var missing = new List<string>();
        var checkedLinks = 0;

        foreach (var path in new[] { "/", "/regios/JZ29", "/regios/TR10", "/inspectie", "/trends?gebied=JZ29&periode=13", "/aanleveringen" })
        {
            await tab.GotoAsync(path);
            var anchors = await tab.Page.Locator("a[href*='/indicatoren#']").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href').split('#')[1])");
            checkedLinks += anchors.Length;
            missing.AddRange(anchors.Where(anchor => !ids.Contains(anchor)).Select(anchor => $"{path} → #{anchor}"));
        }

        Assert.True(checkedLinks > 10, $"Only {checkedLinks} definition links found.");
        Assert.True(missing.Count == 0, string.Join("; ", missing.Distinct()));
    }
}
