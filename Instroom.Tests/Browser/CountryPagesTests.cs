using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Instroom.Tests.Browser;

/// <summary>
/// The checks every page gets in <see cref="AxeTests"/> and <see cref="LayoutTests"/>, repeated for the dashboard
/// pages with a whole country of figures: an empty page has no table rows, reasons or breakdowns to get wrong.
/// </summary>
[Collection(CountryBrowserCollection.Name)]
public sealed class CountryPagesTests(CountryBrowserFixture browser)
{
    public static readonly TheoryData<string> Paths =
    [
        "/",
        "/?niveau=toezichtregio&sorteer=mediaan&richting=op",
        "/regios/JZ29",
        "/regios/JZ38",
        "/regios/TR09",
        "/inspectie",
        "/inspectie?niveau=jeugdregio",
    ];

    private static readonly AxeRunOptions Wcag21Aa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [SkippableTheory]
    [MemberData(nameof(Paths))]
    public async Task Axe_FindsNoWcag21AaViolations_WithFiguresOnThePage(string path)
    {
        await using var tab = await browser.OpenAsync(path);

        var result = await tab.Page.RunAxe(Wcag21Aa);

        Assert.True(result.Violations.Length == 0, $"{path}: " + string.Join("; ", result.Violations.Select(violation =>
            $"{violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Take(5).Select(node => node.Target.ToString()))}")));
        Assert.Empty(tab.ConsoleErrors);
        Assert.Empty(tab.FailedResources);
    }

    [SkippableTheory]
    [MemberData(nameof(Paths))]
    public async Task Page_FitsA320PixelWideScreen_AndPassesAxeThere(string path)
    {
        await using var tab = await browser.OpenAsync(path, width: 320, height: 640);

        var overflow = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        var result = await tab.Page.RunAxe(Wcag21Aa);

        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 320px screen.");
        Assert.True(result.Violations.Length == 0, $"{path}: " + string.Join("; ", result.Violations.Select(violation => violation.Id)));
    }
}
