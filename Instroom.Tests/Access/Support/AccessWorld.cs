using System.Net;
using System.Text.RegularExpressions;
using Instroom.Data.Supervision;
using Instroom.Tests.Dashboard.Support;
using Instroom.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Instroom.Tests.Access.Support;

[CollectionDefinition(Name)]
public sealed class AccessCollection : ICollectionFixture<AccessWorld>
{
    public const string Name = "Toegang";
}

/// <summary>
/// One app with the whole country's figures (<see cref="DashboardWorld"/>) and a signed-in client per
/// <see cref="Principal"/>, shared by the route matrix and the crawl. Clients keep cookies and never follow redirects,
/// so a redirect to the sign-in page is seen as such.
/// </summary>
public sealed partial class AccessWorld : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public InstroomApp App { get; } = new();

    /// <summary>A supervision period that exists (Rijnmond's), for the "end a period" form.</summary>
    public int SupervisionPeriodId { get; private set; }

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await DashboardWorld.SeedAsync(App.Services);
        SupervisionPeriodId = (await App.Services.GetRequiredService<SupervisionPeriods>().AllAsync())
            .First(period => period.AreaCode == Principal.ToezichtregioA).Id;
        foreach (var principal in Principal.All)
        {
            _clients[principal.Key] = await NewClientAsync(principal);
        }
    }

    public HttpClient Client(Principal principal) => _clients[principal.Key];

    /// <summary>
    /// A client signed in as the principal through the real sign-in form (keeping its cookies, not following
    /// redirects), or without any session for <see cref="Principal.Anonymous"/>.
    /// </summary>
    public Task<HttpClient> NewClientAsync(Principal principal)
    {
        // Over https, as the app's own clients: the session and antiforgery cookies are __Host- (Secure) cookies.
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = App.ClientOptions.BaseAddress };
        return principal.UserName is { } userName
            ? App.CreateClientAsAsync(userName, principal.Roles, principal.Areas, options)
            : Task.FromResult(App.CreateAnonymousClient(options));
    }

    /// <summary>An antiforgery token for the principal's session, read from a page they may open that has a form.</summary>
    public Task<string?> AntiforgeryTokenAsync(Principal principal) => AntiforgeryTokenAsync(Client(principal));

    public static async Task<string?> AntiforgeryTokenAsync(HttpClient client)
    {
        foreach (var page in new[] { "/afmelden", "/inspectie", "/aanmelden" })
        {
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK && TokenField().Match(await response.Content.ReadAsStringAsync()) is { Success: true } match)
            {
                return WebUtility.HtmlDecode(match.Groups[1].Value);
            }
        }

        return null;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
