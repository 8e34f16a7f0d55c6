using Instroom.Data;
using Instroom.Jobs;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Demo;
using Instroom.Jobs.Import;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Instroom.Benchmarks;

/// <summary>
/// The real composition of Instroom.Data and Instroom.Jobs on a fresh SQLite file (schema and reference data loaded),
/// without the Hangfire server or the demo server: what the web app runs, minus the web. Deleted on dispose.
/// </summary>
public sealed class BenchmarkWorld : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _folder;

    private BenchmarkWorld(IHost host, string folder, string databasePath)
    {
        _host = host;
        _folder = folder;
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }

    public IServiceProvider Services => _host.Services;

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>A new world; <paramref name="databasePath"/> null makes a temporary file that is deleted afterwards.</summary>
    public static async Task<BenchmarkWorld> CreateAsync(string? databasePath = null, IClock? clock = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "instroom-bench-" + Guid.NewGuid().ToString("N"));
        var path = databasePath ?? Path.Combine(folder, "instroom.db");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Benchmark", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Instroom"] = $"Data Source={path}",
            ["Instroom:Database:Provider"] = "Sqlite",
            ["Instroom:Schedule:RunServer"] = "false",
            ["Instroom:Demo:Enabled"] = "false",
        });
        builder.Logging.ClearProviders();
        builder.AddInstroomData();
        builder.AddInstroomJobs();
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        var host = builder.Build();
        await host.Services.PrepareInstroomDatabaseAsync();
        return new BenchmarkWorld(host, databasePath is null ? folder : "", path);
    }

    /// <summary>Every source's delivery (as JSON, the correction when version 1 is inconsistent) for each peildatum.</summary>
    /// <paramref name="sourceLimit"/> keeps only the first sources of each night (by code), for smoke runs.
    public async Task<IReadOnlyList<IReadOnlyList<ImportRequest>>> NightsAsync(IEnumerable<LocalDate> peildata, int? sourceLimit = null)
    {
        var landscape = await Get<DemoLandscapeQueries>().LoadAsync();
        var simulator = new DeliverySimulator(DemoSourceOptions.DefaultSeed);
        return peildata.Select(date => (IReadOnlyList<ImportRequest>)landscape.SourcesOn(date).Take(sourceLimit ?? int.MaxValue)
                .AsParallel().AsOrdered()
                .Select(source => Request(simulator, source, date))
                .ToList())
            .ToList();
    }

    /// <summary>Weekly peildata (Sundays) of the <paramref name="years"/> years up to <paramref name="lastSunday"/>.</summary>
    public static IReadOnlyList<LocalDate> WeeklyPeildata(LocalDate lastSunday, int years) =>
        WeeklyPeildata(lastSunday, lastSunday.PlusYears(-years).PlusDays(1));

    /// <summary>Every Sunday from <paramref name="first"/> to <paramref name="lastSunday"/>.</summary>
    public static IReadOnlyList<LocalDate> WeeklyPeildata(LocalDate lastSunday, LocalDate first)
    {
        var dates = new List<LocalDate>();
        for (var date = lastSunday; date >= first; date = date.PlusWeeks(-1))
        {
            dates.Add(date);
        }

        dates.Reverse();
        return dates;
    }

    private static ImportRequest Request(DeliverySimulator simulator, DemoSource source, LocalDate date)
    {
        var version = simulator.BehaviourOf(source.Code, date).Kind == DemoBehaviourKind.Invalid ? 2 : 1;
        return new ImportRequest(source.Code, simulator.Simulate(source, date, version).ToJson(), DeliveryFormat.Json,
            ImportRequest.HistoricTrigger, ExpectedReferenceDate: date);
    }

    /// <summary>Copies the database file (all connections closed first, so the write-ahead log is checkpointed).</summary>
    public void CopyDatabaseTo(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Copy(DatabasePath, path, overwrite: true);
    }

    /// <summary>Puts back a copy made by <see cref="CopyDatabaseTo"/>: a fresh database without building a new host.</summary>
    public void RestoreDatabaseFrom(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(DatabasePath + "-wal");
        File.Delete(DatabasePath + "-shm");
        File.Copy(path, DatabasePath, overwrite: true);
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_folder.Length > 0 && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        await Task.CompletedTask;
    }
}
