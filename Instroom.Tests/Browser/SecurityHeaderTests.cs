using Instroom.Web.Security;

namespace Instroom.Tests.Browser;

/// <summary>What a real browser receives from Kestrel: the headers, and no Content-Security-Policy violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityHeaderTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("/", 200)]
    [InlineData("/css/instroom.css", 200)]
    [InlineData("/lib/utrecht-design-tokens/index.css", 200)]
    [InlineData(Pages.NotFound, 404)]
    [InlineData(Pages.Failure, 500)]
    public async Task Responses_CarryTheSecurityHeaders_AndNoServerHeader(string path, int status)
    {
        await using var tab = await browser.OpenAsync(path);

        var headers = await tab.Response!.AllHeadersAsync();

        Assert.Equal(status, tab.Response.Status);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("DENY", headers["x-frame-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
        Assert.Equal(SecurityHeaders.PermissionsPolicy, headers["permissions-policy"]);
        Assert.False(headers.ContainsKey("server"), $"Server header: {headers.GetValueOrDefault("server")}");
    }

    [SkippableTheory]
    [ClassData(typeof(PagesAndTestPages))]
    public async Task Pages_LoadAllTheirResources_WithoutConsoleErrorsOrCspViolations(string path, string name)
    {
        _ = name;
        await using var tab = await browser.OpenAsync(path);

        // The only error allowed is Chromium's note that the document itself had an error status (404, 500).
        var errors = tab.ConsoleErrors.Where(error => !error.StartsWith("Failed to load resource: the server responded with a status of", StringComparison.Ordinal));

        Assert.Empty(errors);
        Assert.Empty(tab.FailedResources);
    }
}
