using Instroom.Tests.Support;

namespace Instroom.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ErrorPageTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task FailingPage_ShowsADutchErrorWithCorrelationId_AndNoStackTrace()
    {
        await using var tab = await browser.OpenAsync(Pages.Failure);

        var text = await tab.Page.Locator("main").InnerTextAsync();

        Assert.Equal(500, tab.Response!.Status);
        Assert.Equal("Er is iets misgegaan", await tab.Page.Locator("h1").InnerTextAsync());
        Assert.Matches("^[0-9a-f]{32}$", await tab.Page.Locator("#kenmerk").InnerTextAsync());
        Assert.DoesNotContain(TestPagesController.FailureMessage, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task UnknownAddress_ShowsTheDutchNotFoundPage_WithStatus404()
    {
        await using var tab = await browser.OpenAsync(Pages.NotFound);

        Assert.Equal(404, tab.Response!.Status);
        Assert.Equal("Pagina niet gevonden", await tab.Page.Locator("h1").InnerTextAsync());
    }
}
