using NodaTime;

namespace Instroom.Jobs.Demo;

/// <summary>
/// What every figure of one simulated delivery shares: the seed, the day, the source and its version, and the
/// pressure in each region on that day.
/// </summary>
internal sealed class SimulationDay
{
    private static readonly int Epoch2015 = new DateOnly(2015, 1, 1).DayNumber;

    private readonly Dictionary<string, double> _regionPressure = new(StringComparer.Ordinal);

    public SimulationDay(int seed, DemoSource source, LocalDate peildatum, int version)
    {
        Seed = StableHash.Combine(StableHash.Of("instroom-demo"), (ulong)(uint)seed);
        Source = source;
        Version = version;
        Day = peildatum.ToDateOnly().DayNumber;
        Year = 2015 + ((Day - Epoch2015) / 365.25);
        SourceKey = StableHash.Combine(Seed, "bron:" + source.Code);
        // An organisation of its own: some GIs and VTs do better than their region, some worse.
        SourceOffset = (0.06 * StableHash.Signed(StableHash.Combine(SourceKey, "organisatie"))) + (0.04 * SmoothNoise.At(SourceKey, Day, 60));
    }

    public ulong Seed { get; }

    public DemoSource Source { get; }

    public int Version { get; }

    /// <summary>The peildatum as a <see cref="DateOnly.DayNumber"/>.</summary>
    public int Day { get; }

    /// <summary>The peildatum as a fractional year, for slow trends.</summary>
    public double Year { get; }

    public ulong SourceKey { get; }

    public double SourceOffset { get; }

    /// <summary>Key of one series (source × gemeente × measure × indicator): its noise is its own.</summary>
    public static ulong Series(ulong gemeenteKey, string? measure, string indicator) =>
        StableHash.Combine(StableHash.Combine(gemeenteKey, measure ?? ""), indicator);

    public ulong GemeenteKey(string gemeente) => StableHash.Combine(SourceKey, gemeente);

    /// <summary>
    /// Pressure on the chain for one gemeente: its toezichtregio's curve, a fixed tilt per gemeente and a slow
    /// wave per jeugdregio, without the organisation's own offset.
    /// </summary>
    public double GemeentePressure(DemoGemeente gemeente)
    {
        if (!_regionPressure.TryGetValue(gemeente.Toezichtregio, out var region))
        {
            region = RegionPressure.Of(gemeente.Toezichtregio, Day, Seed);
            _regionPressure.Add(gemeente.Toezichtregio, region);
        }

        var tilt = 0.05 * StableHash.Signed(StableHash.Combine(Seed, "gemeente-kanteling:" + gemeente.Code));
        var jeugdregio = 0.05 * SmoothNoise.At(StableHash.Combine(Seed, "jeugdregio:" + gemeente.Jeugdregio), Day, 120);
        return RegionPressure.Clamp(region + tilt + jeugdregio);
    }

    /// <summary>More or fewer children with a measure per inhabitant than average: a fixed factor per gemeente.</summary>
    public double RateFactor(DemoGemeente gemeente) =>
        0.75 + (0.5 * StableHash.Unit(StableHash.Combine(Seed, "gemeente-factor:" + gemeente.Code)));

    /// <summary>
    /// In a correction (version 2 and later) a tenth of the gemeenten get a slightly higher count, as when a source
    /// finds cases it missed; 0 for the first version.
    /// </summary>
    public int Correction(DemoGemeente gemeente)
    {
        if (Version <= 1)
        {
            return 0;
        }

        var hash = StableHash.Combine(StableHash.Combine(SourceKey, "correctie:" + gemeente.Code), (ulong)Version);
        return StableHash.Unit(hash) < 0.1 ? 1 + (int)(hash % 3) : 0;
    }
}
