using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Instroom.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions Wcag21Aa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [SkippableTheory]
    [ClassData(typeof(PagesAndTestPages))]
    public async Task Axe_FindsNoWcag21AaViolations_OnADesktopScreen(string path, string name)
    {
        _ = name;
        await using var tab = await browser.OpenAsync(path);

        var result = await tab.Page.RunAxe(Wcag21Aa);

        Assert.True(result.Violations.Length == 0, Describe(path, result.Violations));
        Assert.NotEmpty(result.Passes);
    }

    [SkippableTheory]
    [ClassData(typeof(PagesAndTestPages))]
    public async Task Axe_FindsNoWcag21AaViolations_On320Pixels(string path, string name)
    {
        _ = name;
        await using var tab = await browser.OpenAsync(path, width: 320, height: 640);

        var result = await tab.Page.RunAxe(Wcag21Aa);

        Assert.True(result.Violations.Length == 0, Describe(path, result.Violations));
    }

    private static string Describe(string path, AxeResultItem[] violations) =>
        $"{path}: " + string.Join("; ", violations.Select(violation =>
            $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target.ToString()))}"));
}
