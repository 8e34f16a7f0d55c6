using Microsoft.Playwright;

namespace Instroom.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture browser)
{
    [SkippableTheory]
    [ClassData(typeof(Pages))]
    public async Task EveryPage_HasTheDutchLayout_WithHeaderMenuMainAndFooter(string path, string name)
    {
        await using var tab = await browser.OpenAsync(path);
        await tab.ScreenshotAsync(name);

        Assert.Equal("nl", await tab.Page.GetAttributeAsync("html", "lang"));
        Assert.EndsWith(" — Instroom", await tab.Page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await tab.Page.GetByRole(AriaRole.Banner).CountAsync());
        var menu = tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        Assert.Equal(["Landelijk overzicht", "Regio's", "Inspectie", "Trends", "Aanleveringen", "Beheer"],
            await menu.GetByRole(AriaRole.Link).AllInnerTextsAsync());
        Assert.Equal(1, await tab.Page.GetByRole(AriaRole.Main).CountAsync());
        Assert.Equal(1, await tab.Page.Locator("main h1").CountAsync());
        Assert.True(await tab.Page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Toegankelijkheid" }).IsVisibleAsync());
    }

    [SkippableTheory]
    [InlineData("/", "Landelijk overzicht")]
    [InlineData("/regios", "Regio's")]
    [InlineData("/regios/JZ29", "Regio's")]
    [InlineData("/inspectie", "Inspectie")]
    [InlineData("/trends", "Trends")]
    [InlineData("/aanleveringen", "Aanleveringen")]
    [InlineData("/aanleveringen/GI-JBRR", "Aanleveringen")]
    [InlineData("/beheer", "Beheer")]
    public async Task Menu_MarksTheCurrentPage_WithAriaCurrent(string path, string label)
    {
        await using var tab = await browser.OpenAsync(path);

        var current = tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).Locator("[aria-current=page]");

        Assert.Equal([label], await current.AllInnerTextsAsync());
    }

    [SkippableFact]
    public async Task AccessibilityStatement_IsMarkedCurrentInTheFooter_AndNotInTheMenu()
    {
        await using var tab = await browser.OpenAsync("/toegankelijkheid");

        Assert.Equal(0, await tab.Page.Locator("nav [aria-current]").CountAsync());
        Assert.Equal("page", await tab.Page.Locator("footer a[href='/toegankelijkheid']").GetAttributeAsync("aria-current"));
    }

    [SkippableTheory]
    [ClassData(typeof(PagesAndTestPages))]
    public async Task EveryPage_FitsA320PixelWideScreen_WithoutScrollingSideways(string path, string name)
    {
        await using var tab = await browser.OpenAsync(path, width: 320, height: 640);
        await tab.ScreenshotAsync(name + "-320");

        var overflow = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 320px screen.");
    }

    [SkippableFact]
    public async Task Print_ShowsTheContentWithoutTheMenu_OnA4()
    {
        await using var tab = await browser.OpenAsync("/");
        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await tab.ScreenshotAsync("landelijk-overzicht-print");
        await tab.Page.PdfAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "landelijk-overzicht.pdf"), Format = "A4", PreferCSSPageSize = true });

        Assert.False(await tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).IsVisibleAsync());
        Assert.True(await tab.Page.Locator(".instroom-map__svg").IsVisibleAsync());
        Assert.True(await tab.Page.Locator("table").First.IsVisibleAsync());
    }

    [SkippableFact]
    public async Task Text_IsAtLeast18Pixels_ForAProjector()
    {
        await using var tab = await browser.OpenAsync("/");

        var size = await tab.Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main p')).fontSize");

        Assert.True(double.Parse(size.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 18, size);
    }
}
