using System.Globalization;
using Instroom.Data.Audit;
using Instroom.Tests.Access.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Instroom.Tests.Access;

/// <summary>
/// Every route the application maps, called by every role and by nobody, for their own and for a foreign region,
/// against the explicit expectations in <see cref="RouteMatrix"/>.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class RouteMatrixTests(AccessWorld world)
{
    private const string SignOutPath = "/afmelden";

    public static TheoryData<string> Callers()
    {
        var data = new TheoryData<string>();
        foreach (var principal in Principal.All)
        {
            data.Add(principal.Key);
        }

        return data;
    }

    [Fact]
    public void EveryMappedRoute_HasExactlyOneExpectation()
    {
        var mapped = world.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} /{endpoint.RoutePattern.RawText?.TrimStart('/')}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = RouteMatrix.Routes.Select(route => route.Key).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected.Distinct().Count(), expected.Count);
        Assert.Equal(expected, mapped);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task EveryRoute_AnswersAsTheMatrixSays(string caller)
    {
        var principal = Principal.All.Single(p => p.Key == caller);
        var column = Principal.All.ToList().IndexOf(principal);
        var token = await world.AntiforgeryTokenAsync(principal);
        var wrong = new List<string>();
        foreach (var route in RouteMatrix.Routes)
        {
            foreach (var (path, outcomes) in route.Requests)
            {
                var expected = outcomes.Split(' ')[column];
                foreach (var method in route.Method == "*" ? new[] { "GET", "POST" } : [route.Method])
                {
                    using var response = await SendAsync(principal, method, path, token);
                    var actual = Outcomes.Of(response);
                    if (actual != expected)
                    {
                        wrong.Add($"{method} {path}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{caller}:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public async Task GetOnlyRoutes_RefuseAPost()
    {
        var token = await world.AntiforgeryTokenAsync(Principal.Beheerder);
        var wrong = new List<string>();
        var posted = RouteMatrix.Routes.Where(route => route.Method == "POST").Select(route => route.Key[5..]).ToHashSet(StringComparer.Ordinal);
        foreach (var route in RouteMatrix.Routes.Where(route => route.Method == "GET" && !posted.Contains(route.Key[4..])))
        {
            var (path, _) = route.Requests[0];
            using var response = await SendAsync(Principal.Beheerder, "POST", path, token);
            if (Outcomes.Of(response) != "405")
            {
                wrong.Add($"POST {path}: {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Theory]
    [InlineData("/regios/JZ31", "/regios/JZ99")]
    [InlineData("/regios/JZ31/export.csv", "/regios/JZ99/export.csv")]
    [InlineData("/trends?gebied=GM0505", "/bestaat/niet")]
    public async Task ForeignRegion_GetsExactlyTheBodyOfAMissingPage(string foreign, string missing)
    {
        var client = world.Client(Principal.Ketenpartner);

        using var refused = await client.GetAsync(new Uri(foreign, UriKind.Relative));
        using var absent = await client.GetAsync(new Uri(missing, UriKind.Relative));

        Assert.Equal(404, (int)refused.StatusCode);
        Assert.Equal(404, (int)absent.StatusCode);
        Assert.Equal(Outcomes.WithoutTokens(await absent.Content.ReadAsStringAsync()), Outcomes.WithoutTokens(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(absent.Content.Headers.ContentType, refused.Content.Headers.ContentType);
    }

    [Fact]
    public async Task ForeignRequest_IsRecordedAsDenied_WithTheUserAndTheArea()
    {
        const string path = "/regios/TR05";

        using var response = await world.Client(Principal.Ketenpartner).GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(404, (int)response.StatusCode);
        var entries = await world.App.Services.GetRequiredService<AuditTrail>().RecentAsync(50, AuditActions.Denied, Principal.Ketenpartner.UserName);
        // Only this test asks for Limburg.
        var entry = Assert.Single(entries, entry => entry.Subject.Contains("TR05", StringComparison.Ordinal));
        Assert.Equal(AuditResults.Refused, entry.Result);
        Assert.Contains("GET " + path, entry.Subject, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(Principal principal, string method, string path, string? token)
    {
        var uri = new Uri(path.Replace(RouteMatrix.PeriodId, world.SupervisionPeriodId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            UriKind.Relative);
        using var request = new HttpRequestMessage(new HttpMethod(method), uri);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent(token is null ? [] : [new KeyValuePair<string, string>("__RequestVerificationToken", token)]);
        }

        if (path == SignOutPath)
        {
            // Signing out ends the session: a session of its own, with its own token, keeps the shared one.
            using var own = await world.NewClientAsync(principal);
            if (method == "POST" && await AccessWorld.AntiforgeryTokenAsync(own) is { } ownToken)
            {
                request.Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", ownToken)]);
            }

            return await own.SendAsync(request);
        }

        return await world.Client(principal).SendAsync(request);
    }
}
