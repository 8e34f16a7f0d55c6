using System.Net;
using Instroom.Data.Access;
using Instroom.Data.Audit;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Instroom.Tests.Access;

public sealed class HardeningTests(SignInApp app) : IClassFixture<SignInApp>
{
    /// <summary>Every POST the app maps, found from the routing table (so a new form is covered too), with sample route values.</summary>
    [Fact]
    public async Task EveryPostRoute_RefusesARequestWithoutAntiforgeryToken()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(endpoint => "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart { Name: "code" } => "GI-JBRR",
                RoutePatternParameterPart => "1",
                _ => "",
            })))))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress });

        var answers = new List<string>();
        foreach (var path in routes)
        {
            using var response = await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));
            answers.Add($"{path} {(int)response.StatusCode}");
        }

        Assert.Contains(SignInRegistration.SignInPath, routes);
        Assert.Contains(SignInRegistration.SignOutPath, routes);
        Assert.Contains(SignInRegistration.ChangePasswordPath, routes);
        Assert.Contains("/inspectie/toezicht/starten", routes);
        Assert.Contains("/aanleveringen/GI-JBRR/ophalen", routes);
        Assert.All(answers, answer => Assert.EndsWith(" 400", answer, StringComparison.Ordinal));
        var denied = await app.AuditAsync(AuditActions.Denied);
        Assert.Contains(denied, entry => entry.Subject == "POST /inspectie/toezicht/starten" && entry.Result == AuditResults.Refused
            && entry.Details == "antiforgery-token ontbreekt of klopt niet");
    }

    [Theory]
    [InlineData("signed-in", "/", HttpStatusCode.OK)]
    [InlineData("signed-in", "/css/instroom.css", HttpStatusCode.OK)]
    [InlineData("signed-in", "/bestaat-niet", HttpStatusCode.NotFound)]
    [InlineData("signed-in", "/test/fout", HttpStatusCode.InternalServerError)]
    [InlineData("signed-in", "/hangfire", HttpStatusCode.OK)]
    [InlineData("anonymous", "/", HttpStatusCode.Redirect)]
    [InlineData("anonymous", "/hangfire", HttpStatusCode.Redirect)]
    [InlineData("anonymous", "/aanmelden", HttpStatusCode.OK)]
    [InlineData("ketenpartner", "/hangfire", HttpStatusCode.Forbidden)]
    public async Task EveryResponse_CarriesTheSecurityHeaders_AndHstsOverHttps(string who, string path, HttpStatusCode status)
    {
        using var client = who switch
        {
            "signed-in" => app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress }),
            "ketenpartner" => await app.CreateClientAsAsync("kp-headers", [Roles.Ketenpartner], ["JZ07"]),
            _ => app.CreateBareClient(),
        };

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.StrictTransportSecurity, Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task HangfireDashboard_RefusesAnyoneButBeheerder_AndTheRefusalIsAudited()
    {
        using var client = await app.CreateClientAsAsync("inspecteur-hf", [Roles.Inspectie]);

        using var response = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Geen toegang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await app.AuditAsync(AuditActions.Denied, "inspecteur-hf"), entry => entry.Subject == "GET /hangfire" && entry.Result == AuditResults.Refused);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
