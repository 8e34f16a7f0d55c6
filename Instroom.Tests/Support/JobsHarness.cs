using Instroom.Data;
using Instroom.Data.Storage;
using Instroom.Jobs;
using Instroom.Jobs.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;

namespace Instroom.Tests.Support;

/// <summary>
/// The real composition of Instroom.Data and Instroom.Jobs (as the web app wires them) on a test database, with a
/// fake clock and without the Hangfire server or the demo server, for ingestion tests that drive jobs directly.
/// </summary>
public sealed class JobsHarness : IAsyncDisposable
{
    private readonly IHost _host;

    private JobsHarness(IHost host, TestDatabase test, FakeClock clock)
    {
        _host = host;
        Test = test;
        Clock = clock;
    }

    public TestDatabase Test { get; }

    public FakeClock Clock { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>The host itself, for tests that start its hosted services (the Hangfire server).</summary>
    public IHost AppHost => _host;

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public static async Task<JobsHarness> CreateAsync(DatabaseProvider provider, Instant now, IDictionary<string, string?>? settings = null)
    {
        var test = await TestDatabase.CreateAsync(provider);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Instroom"] = test.ConnectionString,
            ["Instroom:Database:Provider"] = provider.ToString(),
            ["Instroom:Schedule:RunServer"] = "false",
            ["Instroom:Demo:Enabled"] = "false",
            ["Instroom:Tokens:Test"] = "test-token",
            ["Instroom:Schedule:HttpRetryBaseDelay"] = "00:00:00.005",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddInstroomData();
        builder.AddInstroomJobs();
        var clock = new FakeClock(now);
        builder.Services.AddSingleton<IClock>(clock);
        var host = builder.Build();
        return new JobsHarness(host, test, clock);
    }

    /// <summary>A valid delivery for a source and peildatum, made by the demo simulator from the loaded reference data.</summary>
    public async Task<byte[]> SimulatedJsonAsync(string sourceCode, LocalDate referenceDate, int version = 1)
    {
        var landscape = await Get<DemoLandscapeQueries>().LoadAsync();
        var source = landscape.SourceOn(sourceCode, referenceDate) ?? throw new InvalidOperationException($"No demo source {sourceCode}.");
        var simulator = new DeliverySimulator(DemoSourceOptions.DefaultSeed);

        // Version 1 of a few simulated nights is deliberately inconsistent; its correction (version 2) never is.
        if (version == 1 && simulator.BehaviourOf(sourceCode, referenceDate).Kind == DemoBehaviourKind.Invalid)
        {
            version = 2;
        }

        return simulator.Simulate(source, referenceDate, version).ToJson();
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await Test.DisposeAsync();
    }
}
