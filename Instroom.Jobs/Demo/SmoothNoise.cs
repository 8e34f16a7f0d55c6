namespace Instroom.Jobs.Demo;

/// <summary>
/// Deterministic noise that changes smoothly from day to day (value noise: random knots every few days, eased in
/// between). Real stocks move gradually; independent noise per peildatum would make every trend chart jitter.
/// </summary>
internal static class SmoothNoise
{
    // Interpolated uniform knots have a standard deviation of about 0.45; this brings the layered sum near 1.
    private const double UnitScale = 2.2;

    /// <summary>Value noise in [-1, 1] for a series, with knots every <paramref name="periodDays"/> days.</summary>
    public static double At(ulong series, int day, int periodDays)
    {
        var knot = Math.DivRem(day, periodDays, out var remainder);
        if (remainder < 0)
        {
            knot--;
            remainder += periodDays;
        }

        var t = remainder / (double)periodDays;
        var eased = t * t * (3 - (2 * t));
        var from = StableHash.Signed(StableHash.Combine(series, (ulong)knot));
        var to = StableHash.Signed(StableHash.Combine(series, (ulong)(knot + 1)));
        return from + ((to - from) * eased);
    }

    /// <summary>
    /// Roughly standard-normal noise (mean 0, deviation about 1, bounded near ±2.2): a fast layer of about a week and
    /// a slow one of about six weeks, so neighbouring peildata are close and a season apart are not.
    /// </summary>
    public static double Standard(ulong series, int day) =>
        UnitScale * ((0.6 * At(series, day, 8)) + (0.8 * At(series ^ 0x5DEECE66DUL, day, 43)));
}
