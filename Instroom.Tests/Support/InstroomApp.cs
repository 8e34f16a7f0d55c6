using System.Net;
using System.Text.RegularExpressions;
using Instroom.Data.Access;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Instroom.Tests.Support;

/// <summary>
/// The real web application on its own SQLite file in a temporary folder. Tests that need a real socket (browser,
/// load) call <see cref="StartKestrel"/>, which uses <see cref="WebApplicationFactory{TEntryPoint}.UseKestrel()"/>.
/// Every page needs a signed-in user: as a class fixture (xunit calls <see cref="InitializeAsync"/>) the app creates
/// <see cref="TestUserName"/> (Beheerder and Inspectie, so every region) and signs in through the real sign-in form;
/// every <c>CreateClient()</c> then sends that session. <see cref="CreateAnonymousClient"/> sends none;
/// <see cref="CreateClientAsAsync"/> signs in as another user.
/// </summary>
public partial class InstroomApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string TestUserName = "testgebruiker";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("instroom-app-");
    private string? _sessionCookie;
    private bool _overHttp;

    public InstroomApp()
    {
        // __Host- cookies are Secure: the in-memory client keeps and sends them only over https.
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    /// <summary>A fresh random password per app: nothing in the repository works as a password.</summary>
    public string TestPassword { get; } = "test-" + Guid.NewGuid().ToString("N");

    /// <summary>Creates the default test user and signs it in once; clients created afterwards send that session.</summary>
    public virtual async Task InitializeAsync()
    {
        if (_sessionCookie is not null)
        {
            return;
        }

        await EnsureUserAsync(TestUserName, TestPassword, [Roles.Beheerder, Roles.Inspectie]);
        using var client = CreateAnonymousClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        using var response = await SignInAsync(client, TestUserName, TestPassword);
        _sessionCookie = string.Join("; ", response.Headers.GetValues("Set-Cookie")
            .Where(cookie => cookie.StartsWith(SignInRegistration.CookieName, StringComparison.Ordinal))
            .Select(cookie => cookie.Split(';')[0]));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Creates the user, or sets its password, roles and areas when it exists; no password change demanded.</summary>
    public async Task<int> EnsureUserAsync(string userName, string password, IReadOnlyList<string> roles, IReadOnlyList<string>? areaCodes = null)
    {
        var accounts = Services.GetRequiredService<UserAccounts>();
        var hash = Services.GetRequiredService<PasswordHashing>().Hash(password);
        if (await accounts.FindByNameAsync(userName) is { } existing)
        {
            await accounts.SetPasswordHashAsync(existing.UserId, hash, mustChangePassword: false);
            await accounts.SetRolesAndAreasAsync(existing.UserId, roles, areaCodes ?? []);
            await accounts.UnlockAsync(existing.UserId);
            return existing.UserId;
        }

        return await accounts.CreateAsync(userName, userName, hash, false, roles, areaCodes ?? []);
    }

    /// <summary>A client without the default session (it keeps its own cookies).</summary>
    public HttpClient CreateAnonymousClient(WebApplicationFactoryClientOptions? options = null)
    {
        var client = options is null ? CreateClient() : CreateClient(options);
        client.DefaultRequestHeaders.Remove("Cookie");
        return client;
    }

    /// <summary>
    /// Creates (or updates) <paramref name="userName"/> with <paramref name="roles"/> and <paramref name="areaCodes"/>, and
    /// returns a client signed in as that user through the sign-in form. E.g. <c>await app.CreateClientAsAsync("kp", [Roles.Ketenpartner], ["JZ07"])</c>.
    /// </summary>
    public async Task<HttpClient> CreateClientAsAsync(string userName, IReadOnlyList<string> roles, IReadOnlyList<string>? areaCodes = null,
        WebApplicationFactoryClientOptions? options = null)
    {
        var password = "test-" + Guid.NewGuid().ToString("N");
        await EnsureUserAsync(userName, password, roles, areaCodes);
        var client = CreateAnonymousClient(options ?? new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        using var response = await SignInAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            client.Dispose();
            throw new InvalidOperationException($"Signing in as {userName} answered {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>Signs in through the real form: GET /aanmelden for the antiforgery token, then POST name and password.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, SignInRegistration.SignInPath);
        return await client.PostAsync(new Uri(SignInRegistration.SignInPath, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The antiforgery token of the first form on <paramref name="path"/> (the client keeps the matching cookie).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return AntiforgeryField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (_sessionCookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", _sessionCookie);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public string DatabasePath => Path.Combine(_folder.FullName, "instroom.db");

    /// <summary>Extra configuration a derived fixture needs (demo data, schedules, ...).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>
    /// Starts the app on a real Kestrel socket on 127.0.0.1 with a free port and returns its address. Call it
    /// before anything else touches the factory (<see cref="WebApplicationFactory{TEntryPoint}.UseKestrel()"/>
    /// must come first); <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> then talks to the socket.
    /// </summary>
    public Uri StartKestrel()
    {
        // A real socket is plain http on 127.0.0.1 (see SignInSettings.AllowHttp).
        _overHttp = true;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var address = new Uri(addresses.Single());
        ClientOptions.BaseAddress = address;
        return address;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Instroom", $"Data Source={DatabasePath}");
        builder.UseSetting("Instroom:Database:Provider", "Sqlite");

        // Tests seed what they need; the demo sources and the Hangfire server are opted into by a derived fixture.
        builder.UseSetting("Instroom:Demo:Enabled", "false");
        builder.UseSetting("Instroom:Schedule:RunServer", "false");
        builder.UseSetting("Instroom:Authentication:AllowHttp", _overHttp ? "true" : "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory can dispose twice (sync and async paths); the folder goes once.
        if (disposing && _folder.Exists)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Delete(recursive: true);
            _folder.Refresh();
        }
    }
}
