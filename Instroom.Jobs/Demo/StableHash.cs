namespace Instroom.Jobs.Demo;

/// <summary>
/// Hashing that gives the same numbers on every machine and every run (unlike <see cref="string.GetHashCode()"/>),
/// so the demo is reproducible from its seed alone.
/// </summary>
internal static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    public static ulong Of(string text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return Mix(hash);
    }

    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2)));

    public static ulong Combine(ulong a, string b) => Combine(a, Of(b));

    /// <summary>A number in [0, 1) from a hash.</summary>
    public static double Unit(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));

    /// <summary>A number in [-1, 1) from a hash.</summary>
    public static double Signed(ulong hash) => (Unit(hash) * 2) - 1;

    // SplitMix64's finaliser: every input bit affects every output bit.
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
