using Instroom.Data.Storage;
using Instroom.Jobs.Demo;
using Instroom.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;

namespace Instroom.Tests.Demo;

/// <summary>
/// A host with the demo source server enabled on a dynamic port of 127.0.0.1, over a real SQLite database with the
/// reference data, and a fake clock the tests move.
/// </summary>
public sealed class DemoServerFixture : IAsyncLifetime
{
    public const string Token = "test-token";
    public const int Seed = 42;

    private TestDatabase? _database;
    private IHost? _host;

    public FakeClock Clock { get; } = new(Instant.FromUtc(2024, 6, 1, 10, 0));

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; } = new();

    public DemoLandscape Landscape { get; private set; } = null!;

    public DeliverySimulator Simulator { get; } = new(Seed);

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Instroom:Demo:Enabled"] = "true",
            ["Instroom:Demo:Port"] = "0",
            ["Instroom:Demo:Token"] = Token,
            ["Instroom:Demo:Seed"] = Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddSingleton(_database.Database);
        builder.Services.AddSingleton<IClock>(Clock);
        builder.Services.AddDemoSources(builder.Configuration);
        _host = builder.Build();
        await _host.StartAsync();

        BaseAddress = await _host.Services.GetRequiredService<DemoSourceServer>().BaseAddress;
        Landscape = await _host.Services.GetRequiredService<DemoLandscapeQueries>().LoadAsync();
    }

    public async Task<HttpResponseMessage> GetAsync(string sourceCode, string peildatum, string? token = Token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            new Uri(BaseAddress, $"bronnen/{sourceCode}/aanleveringen?peildatum={Uri.EscapeDataString(peildatum)}"));
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
