using System.Net;
using Instroom.Tests.Support;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Hosting;

namespace Instroom.Tests.Web.Security;

/// <summary>Headers through the in-memory server; the browser tests check the same over a real socket.</summary>
public sealed class SecurityHeadersTests(TestPagesApp app) : IClassFixture<TestPagesApp>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/css/instroom.css", HttpStatusCode.OK)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/test/export.csv", HttpStatusCode.OK)]
    [InlineData("/bestaat-niet", HttpStatusCode.NotFound)]
    [InlineData("/test/fout", HttpStatusCode.InternalServerError)]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Header(response, "Permissions-Policy"));
    }

    [Fact]
    public void ContentSecurityPolicy_AllowsNoInlineScriptOrStyle()
    {
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hsts_IsSentOverHttps_OutsideDevelopment()
    {
        // Not localhost: the HSTS middleware leaves local host names alone on purpose.
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://instroom.example") });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Hsts_IsNotSent_InDevelopment()
    {
        using var development = app.WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
        using var client = development.CreateClient(new() { BaseAddress = new Uri("https://instroom.example") });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
