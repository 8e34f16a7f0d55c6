using CsCheck;
using Instroom.Data.Indicators;

namespace Instroom.Tests.Rollups;

public sealed class WaitingTimeHistogramTests
{
    // The contract's example: 0-5:4 6-10:3 11-20:5 21-42:6 43-91:3 92-182:2 183+:0, 23 children.
    private static readonly WaitingTimeHistogram ContractExample = WaitingTimeHistogram.Of([4L, 3, 5, 6, 3, 2, 0]);

    [Fact]
    public void Median_InterpolatesWithinTheClass_OfTheContractExample()
    {
        // Rank 11,5 of 23: 7 children up to day 10, so 4,5 of the 5 in class 11-20 (days 11..20, width 10).
        var median = ContractExample.Median!.Value;

        Assert.False(median.IsOpenEnded);
        Assert.Equal(11 + 4.5 / 5 * 10, median.Days, 10);
        Assert.Equal("20 dagen", median.ToDutchString());
    }

    [Fact]
    public void P90_InterpolatesWithinTheClass_OfTheContractExample()
    {
        // Rank 20,7 of 23: 18 children up to day 42, so 2,7 of the 3 in class 43-91 (width 49).
        var p90 = ContractExample.P90!.Value;

        Assert.Equal(43 + 2.7 / 3 * 49, p90.Days, 10);
        Assert.Equal("87 dagen", p90.ToDutchString());
    }

    [Fact]
    public void Percentiles_TreatAWholeDayClassAsAContinuousRange()
    {
        var histogram = WaitingTimeHistogram.Of([0L, 10, 0, 0, 0, 0, 0]);

        Assert.Equal(6, histogram.Percentile(0)!.Value.Days);
        Assert.Equal(8.5, histogram.Median!.Value.Days);
        Assert.Equal(11, histogram.Percentile(1)!.Value.Days);
    }

    [Fact]
    public void Percentile_InTheOpenClass_IsOpenEnded_AndNeverANumberAbove183()
    {
        var histogram = WaitingTimeHistogram.Of([1L, 0, 0, 0, 0, 0, 3]);

        var median = histogram.Median!.Value;

        Assert.True(median.IsOpenEnded);
        Assert.Equal(183, median.Days);
        Assert.Equal("≥ 183 dagen", median.ToDutchString());
        Assert.Equal(6, histogram.Percentile(0.25)!.Value.Days);
    }

    [Fact]
    public void EmptyHistogram_HasNoPercentiles()
    {
        Assert.Null(WaitingTimeHistogram.Empty.Median);
        Assert.Null(WaitingTimeHistogram.Empty.P90);
        Assert.Equal(0, WaitingTimeHistogram.Empty.Total);
    }

    [Fact]
    public void Add_SumsClassByClass()
    {
        var sum = ContractExample.Add(WaitingTimeHistogram.Of([1L, 0, 0, 0, 0, 0, 5]));

        Assert.Equal([5L, 3, 5, 6, 3, 2, 5], sum.Counts);
        Assert.Equal(29, sum.Total);
    }

    [Fact]
    public void RegionMedian_ComesFromTheSummedHistogram_NotFromTheAverageOfMedians()
    {
        var quick = WaitingTimeHistogram.Of([9L, 0, 0, 0, 0, 0, 0]);
        var slow = WaitingTimeHistogram.Of([0L, 0, 0, 0, 1, 0, 0]);

        var region = quick.Add(slow).Median!.Value;

        // Medians 3 and 67,5 average to 35,25; the ten children together: rank 5 of the 9 in class 0-5 (width 6).
        Assert.Equal(5.0 / 9 * 6, region.Days, 10);
        Assert.Equal("3 dagen", region.ToDutchString());
    }

    [Fact]
    public void Of_ByClassCode_PutsCountsInTheirClass()
    {
        var histogram = WaitingTimeHistogram.Of(new Dictionary<string, long> { ["183+"] = 2, ["0-5"] = 1 });

        Assert.Equal([1L, 0, 0, 0, 0, 0, 2], histogram.Counts);
    }

    [Fact]
    public void Of_RefusesNegativeCounts_AndTheWrongNumberOfClasses()
    {
        Assert.Throws<ArgumentException>(() => WaitingTimeHistogram.Of([1L, -1, 0, 0, 0, 0, 0]));
        Assert.Throws<ArgumentException>(() => WaitingTimeHistogram.Of([1L, 2, 3]));
        Assert.Throws<ArgumentException>(() => WaitingTimeHistogram.Of(new Dictionary<string, long> { ["7-9"] = 1 }));
    }

    [Fact]
    public void Percentile_RefusesAShareOutsideZeroToOne() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractExample.Percentile(1.5));

    private static readonly Gen<long[]> Counts = Gen.Long[0, 40].Array[WaitingTimeClass.All.Count];

    private static readonly Gen<double> Share = Gen.Double[0, 1];

    [Fact]
    public void Percentiles_NeverDecrease_WhenChildrenMoveToAHigherClass()
    {
        Gen.Select(Counts, Gen.Int[0, 5], Gen.Int[1, 6], Gen.Long[1, 40], Share).Sample((counts, from, offset, moved, p) =>
        {
            var to = Math.Min(from + offset, WaitingTimeClass.All.Count - 1);
            var shifted = (long[])counts.Clone();
            var amount = Math.Min(moved, shifted[from]);
            shifted[from] -= amount;
            shifted[to] += amount;

            var before = WaitingTimeHistogram.Of(counts).Percentile(p);
            var after = WaitingTimeHistogram.Of(shifted).Percentile(p);

            return before is null ? after is null : after is { } a && a >= before.Value;
        });
    }

    [Fact]
    public void Percentiles_AreUnchanged_WhenAHistogramIsAddedToItself()
    {
        Gen.Select(Counts, Share).Sample((counts, p) =>
        {
            var histogram = WaitingTimeHistogram.Of(counts);
            return histogram.Add(histogram).Percentile(p) == histogram.Percentile(p);
        });
    }

    [Fact]
    public void Median_IsNeverAboveP90()
    {
        Counts.Sample(counts =>
        {
            var histogram = WaitingTimeHistogram.Of(counts);
            return histogram.IsEmpty ? histogram.Median is null && histogram.P90 is null : histogram.Median!.Value <= histogram.P90!.Value;
        });
    }

    [Fact]
    public void Percentiles_StayWithinTheNonEmptyClasses()
    {
        Gen.Select(Counts, Share).Sample((counts, p) =>
        {
            var histogram = WaitingTimeHistogram.Of(counts);
            if (histogram.Percentile(p) is not { } value)
            {
                return histogram.IsEmpty;
            }

            var first = WaitingTimeClass.All[Array.FindIndex(counts, c => c > 0)];
            var last = WaitingTimeClass.All[Array.FindLastIndex(counts, c => c > 0)];
            return value.Days >= first.LowerDays && (last.UpperDays is { } upper ? value.Days <= upper + 1 : value.Days <= last.LowerDays);
        });
    }
}
