using Instroom.Tests.Support;
using Microsoft.Playwright;

namespace Instroom.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class NationalMapTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("Rijnmond: rood, onder verscherpt toezicht")]
    [InlineData("Noordoost Brabant: rood, onder verscherpt toezicht")]
    [InlineData("Friesland (Fryslân): groen")]
    [InlineData("Groningen: oranje")]
    [InlineData("Zeeland: onvolledig. 2 van de 3 bronnen hebben aangeleverd")]
    [InlineData("Haaglanden: geen status")]
    public async Task Map_NamesEachRegionLink_WithItsStatus(string accessibleName)
    {
        await using var tab = await browser.OpenAsync(Pages.MapTestPage);

        var link = tab.Page.GetByRole(AriaRole.Link, new() { Name = accessibleName, Exact = true });

        Assert.Equal(1, await link.CountAsync());
    }

    [SkippableFact]
    public async Task Map_IsAGroupNamedByItsTitle_WithARegionWithoutLinkAsNamedImage()
    {
        await using var tab = await browser.OpenAsync(Pages.MapTestPage);

        Assert.Equal(1, await tab.Page.GetByRole(AriaRole.Group, new() { Name = "Status per jeugdregio (voorbeeld)" }).CountAsync());
        Assert.Equal(41, await tab.Page.Locator("svg a.instroom-map__link").CountAsync());
        Assert.Equal(1, await tab.Page.GetByRole(AriaRole.Img, new() { Name = "Utrecht Stad: geen status", Exact = true }).CountAsync());
        Assert.Equal(1, await tab.Page.GetByRole(AriaRole.Group, new() { Name = "Toezichtregio Rijnmond, onder verscherpt toezicht" }).CountAsync());
    }

    [SkippableFact]
    public async Task Map_MarksToezichtregiosUnderVerscherptToezicht_WithADashedOutlineAndAnIcon()
    {
        await using var tab = await browser.OpenAsync(Pages.MapTestPage);

        var outlines = await tab.Page.Locator(".instroom-map__outline--toezicht[data-toezichtregio]")
            .EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.toezichtregio)");
        var markers = await tab.Page.Locator(".instroom-map__marker")
            .EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.toezichtregio)");
        var dashes = await tab.Page.Locator(".instroom-map__outline--toezicht[data-toezichtregio='TR10']")
            .EvaluateAsync<string>("n => getComputedStyle(n).strokeDasharray");
        var plainDashes = await tab.Page.Locator(".instroom-map__outline[data-toezichtregio='TR01']")
            .EvaluateAsync<string>("n => getComputedStyle(n).strokeDasharray");

        Assert.Equal(["TR08", "TR10"], outlines);
        Assert.Equal(["TR08", "TR10"], markers);
        Assert.NotEqual("none", dashes);
        Assert.Equal("none", plainDashes);
    }

    [SkippableFact]
    public async Task Map_GivesEachStatusItsOwnPattern_NotOnlyAColour()
    {
        await using var tab = await browser.OpenAsync(Pages.MapTestPage);

        var fills = await tab.Page.Locator("[data-region][data-status]")
            .EvaluateAllAsync<string[][]>("nodes => nodes.map(n => [n.dataset.status, (n.querySelector('path') ?? n).getAttribute('fill')])");
        var patternsWithMarks = await tab.Page.Locator("pattern:has(.instroom-map__mark)")
            .EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.id)");

        Assert.All(fills, fill => Assert.Equal($"url(#landelijke-kaart-patroon-{fill[0]})", fill[1]));
        Assert.Equal(5, fills.Select(fill => fill[0]).Distinct().Count());
        Assert.Equal(["landelijke-kaart-patroon-oranje", "landelijke-kaart-patroon-rood", "landelijke-kaart-patroon-onvolledig"], patternsWithMarks);
    }

    [SkippableFact]
    public async Task ClickingARegion_UnderItsSupervisionIcon_FollowsTheRegionsLink()
    {
        await using var tab = await browser.OpenAsync(Pages.MapTestPage);
        var marker = await tab.Page.Locator(".instroom-map__marker[data-toezichtregio='TR10']").BoundingBoxAsync();

        await tab.Page.Mouse.ClickAsync(marker!.X + (marker.Width / 2), marker.Y + (marker.Height / 2));
        // A fragment change is a same-document navigation without a load event: poll the URL instead of waiting for one.
        await Microsoft.Playwright.Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/regios#JZ29$"));

        Assert.EndsWith("/regios#JZ29", tab.Page.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Legend_ExplainsEveryStatusAndTheSupervisionMarker_InWords()
    {
        await using var tab = await browser.OpenAsync(Pages.MapTestPage);

        var legend = string.Join("\n", await tab.Page.Locator(".instroom-legend li").AllInnerTextsAsync());

        foreach (var text in new[] { "Groen — effen groen", "Oranje — oranje met stippen", "Rood — rood met schuine arcering",
                     "Onvolledig — grijs met ruitarcering", "Geen status — lichtgrijs, effen", "onder verscherpt toezicht" })
        {
            Assert.Contains(text, legend, StringComparison.Ordinal);
        }
    }
}
