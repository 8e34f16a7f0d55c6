using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Instroom.Data.Calendar;
using Instroom.Data.Rollups;
using Instroom.Data.Status;
using NodaTime;

namespace Instroom.Benchmarks;

/// <summary>
/// Rollup and status of every region (jeugdregio's, toezichtregio's, national) for one week and for every week of
/// <see cref="Weeks"/> weekly nights of national history. The history is imported once in the global setup, or read
/// from the database named by <c>INSTROOM_BENCH_DATABASE</c> (the load script's generated database).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class StatusBenchmarks
{
    public const string DatabaseVariable = "INSTROOM_BENCH_DATABASE";

    private BenchmarkWorld? _world;
    private IReadOnlyList<IsoWeek> _weeks = [];

    [Params(261)]
    public int Weeks { get; set; } = 261;

    /// <summary>Only the first sources of each night; null (all) except in the smoke test.</summary>
    public int? SourceLimit { get; set; }

    public LocalDate LastSunday { get; set; } = new(2026, 11, 15);

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var given = Environment.GetEnvironmentVariable(DatabaseVariable);
        var dates = BenchmarkWorld.WeeklyPeildata(LastSunday, LastSunday.PlusWeeks(1 - Weeks));
        _weeks = dates.Select(IsoWeek.Of).ToList();
        _world = await BenchmarkWorld.CreateAsync(string.IsNullOrEmpty(given) ? null : given);
        if (string.IsNullOrEmpty(given))
        {
            await ImportBenchmarks.ImportAsync(_world, await _world.NightsAsync(dates, SourceLimit));
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }

    [Benchmark(Description = "rollup alle regio's, één week")]
    public Task<IReadOnlyList<RegionWeek>> RollupOneWeek() => _world!.Get<RegionWeekQueries>().RegionWeeksAsync(_weeks[^1]);

    [Benchmark(Description = "rollup + status alle regio's, één week")]
    public Task<WeekRecomputation> StatusOneWeek() => _world!.Get<RegionStatusRecomputer>().RecomputeAsync(_weeks[^1]);

    [Benchmark(Description = "rollup + status alle regio's, alle weken")]
    public Task<IReadOnlyList<WeekRecomputation>> StatusAllWeeks() => _world!.Get<RegionStatusRecomputer>().RecomputeWeeksAsync(_weeks);
}
