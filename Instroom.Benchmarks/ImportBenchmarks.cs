using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Instroom.Jobs.Import;
using NodaTime;

namespace Instroom.Benchmarks;

/// <summary>
/// Import on the embedded default (SQLite): one national night (every source, every gemeente) and a backfill of
/// <see cref="Weeks"/> weekly nights, each into a fresh database. The payloads are simulated once, before timing.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private IReadOnlyList<IReadOnlyList<ImportRequest>> _backfill = [];
    private IReadOnlyList<IReadOnlyList<ImportRequest>> _night = [];
    private BenchmarkWorld? _world;

    /// <summary>Weeks of the backfill: 261 is five years of Sundays.</summary>
    [Params(261)]
    public int Weeks { get; set; } = 261;

    /// <summary>Only the first sources of each night; null (all) except in the smoke test.</summary>
    public int? SourceLimit { get; set; }

    /// <summary>The last Sunday imported; fixed so every run imports the same figures.</summary>
    public LocalDate LastSunday { get; set; } = new(2026, 11, 15);

    private string _emptyDatabase = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _world = await BenchmarkWorld.CreateAsync();
        var dates = BenchmarkWorld.WeeklyPeildata(LastSunday, LastSunday.PlusWeeks(1 - Weeks));
        _backfill = await _world.NightsAsync(dates, SourceLimit);
        _night = [_backfill[^1]];
        _emptyDatabase = _world.DatabasePath + ".empty";
        _world.CopyDatabaseTo(_emptyDatabase);
    }

    /// <summary>Every iteration imports into an empty database (schema and reference data only).</summary>
    [IterationSetup]
    public void EmptyDatabase() => _world!.RestoreDatabaseFrom(_emptyDatabase);

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }

    [Benchmark(Description = "nationale nacht")]
    public Task<NightImportSummary> NationalNight() => ImportAsync(_world!, _night);

    [Benchmark(Description = "backfill")]
    public Task<NightImportSummary> Backfill() => ImportAsync(_world!, _backfill);

    internal IReadOnlyList<IReadOnlyList<ImportRequest>> BackfillNights => _backfill;

    internal IReadOnlyList<IReadOnlyList<ImportRequest>> NationalNightRequests => _night;

    internal static Task<NightImportSummary> ImportAsync(BenchmarkWorld world, IReadOnlyList<IReadOnlyList<ImportRequest>> nights) =>
        world.Get<NightImporter>().ImportNightsAsync(nights);
}
