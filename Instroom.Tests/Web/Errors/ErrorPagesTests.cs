using System.Net;
using Instroom.Tests.Support;

namespace Instroom.Tests.Web.Errors;

public sealed class ErrorPagesTests(TestPagesApp app) : IClassFixture<TestPagesApp>
{
    [Fact]
    public async Task ErrorPage_ShowsTheTraceIdOfTheFailedRequest_AsCorrelationId()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/test/fout");
        request.Headers.Add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(">4bf92f3577b34da6a3ce929d0e0e4736</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorPage_NeverShowsTheExceptionOutsideDevelopment()
    {
        using var client = app.CreateClient();

        var html = await (await client.GetAsync(new Uri("/test/fout", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("Er is iets misgegaan", html, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPagesController.FailureMessage, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostToAGetOnlyPage_GetsTheDutchStatusPage_BecauseErrorPagesAcceptAnyMethod()
    {
        using var client = app.CreateClient();

        using var response = await client.PostAsync(new Uri("/regios", UriKind.Relative), new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("Niet toegestaan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bestaat-niet")]
    [InlineData("/css/bestaat-niet.css")]
    public async Task UnknownAddress_GetsTheDutchNotFoundPage(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Pagina niet gevonden</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
