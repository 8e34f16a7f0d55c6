using Instroom.Data.Indicators;

namespace Instroom.Jobs.Demo;

/// <summary>Turns expected values into the whole numbers a source counts, with smooth, deterministic noise.</summary>
internal static class DemoCounts
{
    /// <summary>
    /// A count near <paramref name="expected"/>, varying about as much as a Poisson count would (times
    /// <paramref name="spread"/>); stocks use a smaller spread than flows because they move slowly.
    /// </summary>
    public static int Around(double expected, ulong series, int day, double spread = 1.0)
    {
        if (expected <= 0)
        {
            return 0;
        }

        var value = expected + (spread * Math.Sqrt(expected) * SmoothNoise.Standard(series, day));
        return value <= 0 ? 0 : (int)Math.Round(value, MidpointRounding.AwayFromZero);
    }

    /// <summary>How many of <paramref name="total"/> cases met a norm, about <paramref name="share"/> of them.</summary>
    public static int PartOf(int total, double share, ulong series, int day)
    {
        if (total == 0)
        {
            return 0;
        }

        var deviation = Math.Sqrt(total * share * (1 - share));
        var value = (total * share) + (deviation * SmoothNoise.Standard(series, day));
        return Math.Clamp((int)Math.Round(value, MidpointRounding.AwayFromZero), 0, total);
    }

    /// <summary>
    /// Spreads <paramref name="count"/> waiting children over the contract's classes: roughly exponential waits with
    /// the given mean, gently varied, allocated by largest remainder so the classes always add up to the count.
    /// </summary>
    public static int[] WaitingTimes(int count, double meanDays, ulong series, int day)
    {
        var classes = WaitingTimeClass.All;
        var result = new int[classes.Count];
        if (count == 0)
        {
            return result;
        }

        Span<double> weights = stackalloc double[classes.Count];
        var total = 0.0;
        for (var i = 0; i < classes.Count; i++)
        {
            var from = Math.Exp(-classes[i].LowerDays / meanDays);
            var to = classes[i].UpperDays is { } upper ? Math.Exp(-(upper + 1) / meanDays) : 0;
            weights[i] = Math.Max(0, (from - to) * (1 + (0.3 * SmoothNoise.At(StableHash.Combine(series, (ulong)i), day, 21))));
            total += weights[i];
        }

        Span<double> remainders = stackalloc double[classes.Count];
        var assigned = 0;
        for (var i = 0; i < classes.Count; i++)
        {
            var exact = count * weights[i] / total;
            result[i] = (int)Math.Floor(exact);
            remainders[i] = exact - result[i];
            assigned += result[i];
        }

        for (; assigned < count; assigned++)
        {
            var largest = 0;
            for (var i = 1; i < classes.Count; i++)
            {
                if (remainders[i] > remainders[largest])
                {
                    largest = i;
                }
            }

            result[largest]++;
            remainders[largest] = -1;
        }

        return result;
    }

    /// <summary>A percentage with at most one decimal, as the contract allows.</summary>
    public static decimal Percentage(double value) => Math.Round((decimal)Math.Clamp(value, 0, 100), 1, MidpointRounding.AwayFromZero);
}
