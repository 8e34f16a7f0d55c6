using Instroom.Tests.Support;
using Instroom.Web.Features.Map;
using Microsoft.Extensions.DependencyInjection;

namespace Instroom.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task SkipLink_IsTheFirstTabStop_AndMovesFocusToTheMainContent()
    {
        await using var tab = await browser.OpenAsync("/");

        await tab.Page.Keyboard.PressAsync("Tab");
        var skipLink = tab.Page.Locator(":focus");
        Assert.Equal("Direct naar de inhoud", await skipLink.InnerTextAsync());
        var box = await skipLink.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 }, "The focused skip link must be on screen.");
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "skiplink-focus.png") });

        await tab.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("inhoud", await tab.Page.EvaluateAsync<string>("document.activeElement.id"));

        await tab.Page.Keyboard.PressAsync("Tab");
        Assert.True(await tab.Page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)"),
            "After the skip link, Tab continues inside the main content, not in the menu.");
    }

    [SkippableFact]
    public async Task FocusedLinks_HaveAThickVisibleOutline()
    {
        await using var tab = await browser.OpenAsync("/regios");

        await tab.Page.Keyboard.PressAsync("Tab");
        await tab.Page.Keyboard.PressAsync("Tab");
        var outline = await tab.Page.EvaluateAsync<string[]>(
            "(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; })()");

        Assert.Equal(["solid", "3px"], outline);
    }

    [SkippableFact]
    public async Task EveryLinkedRegionOnTheMap_IsReachableWithTab()
    {
        await using var tab = await browser.OpenAsync(Pages.MapTestPage);
        var reached = new HashSet<string>();

        // Bounded: the layout has a handful of links before the map, the map 41.
        for (var press = 0; press < 80; press++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            if (await tab.Page.EvaluateAsync<string?>("document.activeElement.getAttribute('data-region')") is { } code)
            {
                reached.Add(code);
            }
        }

        await tab.Page.Locator("a[data-region='JZ29']").FocusAsync();
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "kaart-focus-rijnmond.png") });
        var linked = SampleMap.Create(browser.App.Services.GetRequiredService<NationalMapGeometry>())
            .Regions.Where(region => region.Url is not null).Select(region => region.Code);
        Assert.Equal(linked.Order(), reached.Order());
    }
}
