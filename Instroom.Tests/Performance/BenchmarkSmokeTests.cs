using Instroom.Benchmarks;
using Instroom.Jobs.Import;

namespace Instroom.Tests.Performance;

/// <summary>
/// Every benchmark body once on a small input (two weeks, three sources), so the benchmark code keeps compiling and
/// working with the suite; the benchmarks themselves run only from Instroom.Benchmarks (docs/performance.md).
/// </summary>
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public async Task ImportBenchmarks_ImportEveryDeliveryOfTheNightAndTheBackfill()
    {
        var benchmarks = new ImportBenchmarks { Weeks = 2, SourceLimit = 3 };
        await benchmarks.SetupAsync();
        try
        {
            benchmarks.EmptyDatabase();
            var night = await benchmarks.NationalNight();
            benchmarks.EmptyDatabase();
            var backfill = await benchmarks.Backfill();

            Assert.Equal(3, night.Imported);
            Assert.Equal(6, backfill.Imported);
            Assert.All(backfill.Results, result => Assert.Equal(ImportOutcome.Imported, result.Outcome));
            Assert.True(night.Figures > 0);
        }
        finally
        {
            await benchmarks.CleanupAsync();
        }
    }

    [Fact]
    public async Task StatusBenchmarks_ComputeEveryRegionForOneWeekAndForAllWeeks()
    {
        var benchmarks = new StatusBenchmarks { Weeks = 2, SourceLimit = 3 };
        await benchmarks.SetupAsync();
        try
        {
            var rollup = await benchmarks.RollupOneWeek();
            var week = await benchmarks.StatusOneWeek();
            var weeks = await benchmarks.StatusAllWeeks();

            Assert.Contains(rollup, region => region.Region.Code == "NL");
            Assert.Equal(rollup.Count, week.Regions);
            Assert.Equal(2, weeks.Count);
        }
        finally
        {
            await benchmarks.CleanupAsync();
        }
    }
}
