namespace Instroom.Data.Indicators;

/// <summary>
/// Counts per <see cref="WaitingTimeClass"/>, immutable. A region's waiting times come from the SUM of its
/// gemeenten's histograms (<see cref="Add"/>), never from an average of their medians.
/// </summary>
/// <remarks>
/// Percentiles treat each whole-day class as a continuous range: class 6-10 covers days 6, 7, 8, 9 and 10, so
/// [6, 11), and the children in it are spread evenly over that range (the usual grouped-data interpolation).
/// The open class 183+ has no upper bound: a percentile that falls in it is <see cref="WaitingTime.AtLeast"/> 183.
/// </remarks>
public sealed class WaitingTimeHistogram : IEquatable<WaitingTimeHistogram>
{
    public static readonly WaitingTimeHistogram Empty = new(new long[WaitingTimeClass.All.Count]);

    private readonly long[] _counts;

    private WaitingTimeHistogram(long[] counts)
    {
        _counts = counts;
        Total = counts.Sum();
    }

    /// <summary>Counts in the order of <see cref="WaitingTimeClass.All"/>, one per class.</summary>
    public static WaitingTimeHistogram Of(IEnumerable<long> counts)
    {
        var array = counts.ToArray();
        if (array.Length != WaitingTimeClass.All.Count)
        {
            throw new ArgumentException($"Een wachtduurverdeling heeft {WaitingTimeClass.All.Count} klassen, niet {array.Length}.", nameof(counts));
        }

        if (array.Any(count => count < 0))
        {
            throw new ArgumentException("Aantallen in een wachtduurverdeling kunnen niet negatief zijn.", nameof(counts));
        }

        return new WaitingTimeHistogram(array);
    }

    /// <summary>From class codes ("0-5", …, "183+") to counts; classes not named count zero.</summary>
    public static WaitingTimeHistogram Of(IEnumerable<KeyValuePair<string, long>> countsByClass)
    {
        var counts = new long[WaitingTimeClass.All.Count];
        foreach (var (code, count) in countsByClass)
        {
            var index = WaitingTimeClass.IndexOf(code);
            if (index < 0)
            {
                throw new ArgumentException($"Onbekende wachtduurklasse '{code}'.", nameof(countsByClass));
            }

            counts[index] += count;
        }

        return Of(counts);
    }

    public long Total { get; }

    public bool IsEmpty => Total == 0;

    /// <summary>Counts in the order of <see cref="WaitingTimeClass.All"/>.</summary>
    public IReadOnlyList<long> Counts => _counts;

    public long this[WaitingTimeClass waitingTimeClass] => _counts[WaitingTimeClass.IndexOf(waitingTimeClass.Code)];

    public WaitingTimeHistogram Add(WaitingTimeHistogram other)
    {
        var sum = new long[_counts.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = checked(_counts[i] + other._counts[i]);
        }

        return new WaitingTimeHistogram(sum);
    }

    /// <summary>
    /// The waiting time below which a share <paramref name="p"/> (0..1) of the children waits; null when the
    /// histogram is empty.
    /// </summary>
    public WaitingTime? Percentile(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "Een percentiel ligt tussen 0 en 1.");
        }

        if (Total == 0)
        {
            return null;
        }

        var target = p * Total;
        long before = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            var count = _counts[i];
            var through = before + count;
            if (count > 0 && through >= target)
            {
                var waitingTimeClass = WaitingTimeClass.All[i];
                if (waitingTimeClass.UpperDays is not { } upper)
                {
                    return WaitingTime.AtLeast(waitingTimeClass.LowerDays);
                }

                var width = upper + 1 - waitingTimeClass.LowerDays;
                return WaitingTime.Exactly(waitingTimeClass.LowerDays + (target - before) / count * width);
            }

            before = through;
        }

        // Unreachable: the last non-empty class always reaches the target, since target <= Total.
        throw new InvalidOperationException("Percentiel niet gevonden.");
    }

    public WaitingTime? Median => Percentile(0.5);

    public WaitingTime? P90 => Percentile(0.9);

    public bool Equals(WaitingTimeHistogram? other) => other is not null && _counts.AsSpan().SequenceEqual(other._counts);

    public override bool Equals(object? obj) => Equals(obj as WaitingTimeHistogram);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var count in _counts)
        {
            hash.Add(count);
        }

        return hash.ToHashCode();
    }

    /// <summary>"0-5:4 6-10:3 …", for test output and logs.</summary>
    public override string ToString() =>
        string.Join(' ', WaitingTimeClass.All.Select((c, i) => $"{c.Code}:{_counts[i]}"));
}
