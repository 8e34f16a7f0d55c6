using Instroom.Data.Calendar;
using Instroom.Data.Status;
using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Demo;
using Instroom.Jobs.Import;
using Instroom.Tests.Support;
using Instroom.Web.Caching;
using Instroom.Web.Features.Dashboard;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Instroom.Tests.Performance.Support;

/// <summary>
/// The web app on its own SQLite file with one national night (every demo source, last Sunday) imported by the real
/// importer and the week's statuses computed, the database connections counted per marked request
/// (<see cref="CommandCounter"/>), and the data version read only when a test asks (no background polling).
/// </summary>
public class RoundTripApp : InstroomApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Instroom:Caching:Poll"] = "false",
        ["Instroom:Caching:Enabled"] = CachingEnabled ? "true" : "false",
    };

    /// <summary>Output cache and conditional GETs; off for counting what building a page costs.</summary>
    protected virtual bool CachingEnabled => true;

    public LocalDate LastSunday { get; private set; }

    internal CommandCounter Counter => Services.GetRequiredService<CommandCounter>();

    public DataVersionMonitor Versions => Services.GetRequiredService<DataVersionMonitor>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<CommandCounter>();
            services.AddSingleton(sp => new InstroomDatabase(DatabaseProvider.Sqlite, $"Data Source={DatabasePath}")
            {
                ConnectionWrapper = connection => new CountingConnection(connection, sp.GetRequiredService<CommandCounter>()),
            });
        });
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var today = Services.GetRequiredService<IClock>().Today();
        LastSunday = IsoWeek.Of(today).Previous.Sunday;
        await ImportNightAsync(LastSunday);
    }

    /// <summary>
    /// The demo sources' deliveries (all, or only <paramref name="sourceCodes"/>) for <paramref name="peildatum"/>,
    /// imported, the week's statuses recomputed and its hidden totals stored, as the jobs and the web app's background do
    /// after an import. A higher <paramref name="version"/> is a correction.
    /// </summary>
    public async Task<NightImportSummary> ImportNightAsync(LocalDate peildatum, IReadOnlyCollection<string>? sourceCodes = null, int version = 1)
    {
        var landscape = await Services.GetRequiredService<DemoLandscapeQueries>().LoadAsync();
        var simulator = new DeliverySimulator(DemoSourceOptions.DefaultSeed);
        var night = landscape.SourcesOn(peildatum)
            .Where(source => sourceCodes is null || sourceCodes.Contains(source.Code))
            .Select(source => new ImportRequest(source.Code, simulator.Simulate(source, peildatum, Valid(simulator, source, peildatum, version)).ToJson(),
                DeliveryFormat.Json, ImportRequest.HistoricTrigger, ExpectedReferenceDate: peildatum))
            .ToList();
        var summary = await Services.GetRequiredService<NightImporter>().ImportNightsAsync([night]);
        await Services.GetRequiredService<RegionStatusRecomputer>().RecomputeAsync(IsoWeek.Of(peildatum));
        await Services.GetRequiredService<WeekHiddenTotals>().EnsureAsync(IsoWeek.Of(peildatum), IsoWeek.Of(peildatum));
        return summary;
    }

    // Version 1 of a few simulated nights is deliberately inconsistent; its correction (version 2) never is.
    private static int Valid(DeliverySimulator simulator, DemoSource source, LocalDate peildatum, int version) =>
        version == 1 && simulator.BehaviourOf(source.Code, peildatum).Kind == DemoBehaviourKind.Invalid ? 2 : version;

    /// <summary>GET marked for counting; returns the response and the commands the request ran.</summary>
    internal async Task<(HttpResponseMessage Response, IReadOnlyList<string> Commands)> GetCountedAsync(HttpClient client, string url,
        Action<HttpRequestMessage>? prepare = null)
    {
        var mark = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(CommandCounter.Header, mark);
        prepare?.Invoke(request);
        var response = await client.SendAsync(request);
        return (response, Counter.CommandsOf(mark));
    }
}

/// <summary><see cref="RoundTripApp"/> without the cache: every request builds its page.</summary>
public sealed class UncachedRoundTripApp : RoundTripApp
{
    protected override bool CachingEnabled => false;
}
