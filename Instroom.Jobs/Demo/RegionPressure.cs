namespace Instroom.Jobs.Demo;

/// <summary>
/// Simulation assumption: how hard-pressed the chain in a toezichtregio is on a day, from 0 (everything on time)
/// to 1 (collapse). Every figure of the demo follows from it. The curves follow the inspecties' 2021 judgement:
/// the four regions under verscherpt toezicht (Brabant, Noord-Holland/Amsterdam, Rijnmond, Zuid West) start high
/// and stay worse for long stretches, Rijnmond improves slowly from 2022 and Zuid West turns around in 2026, Zeeland
/// falls over in 2020, Brabant has its cliëntenstop in 2021; every region moves on a slow wave of its own (green
/// today, red tomorrow), on top of a national bump around code zwart (2019–2021), a slow national improvement and a
/// summer peak. The levels are placed so the default status rules give the green regions (pressure about 0.1)
/// green, the orange ones (about 0.35) orange and those under toezicht (about 0.6) red: the figure generators cross
/// the orange thresholds near a pressure of 0.22 and the red ones near 0.47.
/// </summary>
internal static class RegionPressure
{
    private static readonly Dictionary<string, Profile> Profiles = new(StringComparer.Ordinal)
    {
        ["TR01"] = new(0.12, 0.06, 3.1), // Friesland, green in 2021
        ["TR02"] = new(0.15, 0.06, 2.7), // Overijssel, green
        ["TR03"] = new(0.40, 0.08, 3.3), // Gelderland, orange
        ["TR04"] = new(0.35, 0.10, 2.4), // Groningen & Drenthe, orange
        ["TR05"] = new(0.41, 0.07, 2.9, Episodes: [new(2021.5, 0.6, 0.08)]), // Limburg: cliëntenstop WSG
        ["TR06"] = new(0.37, 0.09, 3.6), // Utrecht & Flevoland, orange
        ["TR07"] = new(0.41, 0.06, 2.2, Episodes: [new(2020.6, 0.5, 0.25)]), // Zeeland "fell over" in 2020
        ["TR08"] = new(0.68, 0.08, 3.0, Episodes: [new(2021.5, 0.6, 0.12)]), // Brabant, red; cliëntenstop 2021
        ["TR09"] = new(0.66, 0.07, 2.8), // Noord-Holland/Amsterdam, red
        ["TR10"] = new(0.70, 0.06, 3.4, ImprovingFrom: 2022.0, ImprovementPerYear: 0.03, MaxImprovement: 0.12), // Rijnmond, slowly
        ["TR11"] = new(0.68, 0.07, 2.6, ImprovingFrom: 2025.9, ImprovementPerYear: 0.50, MaxImprovement: 0.28), // Zuid West turns around
    };

    private static readonly int Epoch2015 = new DateOnly(2015, 1, 1).DayNumber;

    /// <summary>Pressure in the toezichtregio on <paramref name="day"/> (a <see cref="DateOnly.DayNumber"/>).</summary>
    public static double Of(string toezichtregio, int day, ulong seed)
    {
        var series = StableHash.Combine(seed, "regio-druk:" + toezichtregio);
        var profile = Profiles.GetValueOrDefault(toezichtregio) ?? new Profile(0.3 + (0.1 * StableHash.Signed(series)), 0.07, 3.0);
        var year = 2015 + ((day - Epoch2015) / 365.25);
        var phase = 2 * Math.PI * StableHash.Unit(StableHash.Combine(series, 1UL));

        var pressure = profile.Base
            + (profile.Amplitude * Math.Sin((2 * Math.PI * year / profile.PeriodYears) + phase))
            - Math.Min(profile.MaxImprovement, Math.Max(0, year - profile.ImprovingFrom) * profile.ImprovementPerYear)
            + profile.Episodes.Sum(e => e.Height * Bump(year, e.CentreYear, e.WidthYears))
            + National(year)
            + (0.04 * SmoothNoise.At(series, day, 30));
        return Clamp(pressure);
    }

    /// <summary>Code zwart (November 2019) and the years after, then a slow national improvement.</summary>
    public static double National(double year) => (0.10 * Bump(year, 2020.8, 1.6)) - (0.01 * (year - 2020)) + Seasonal(year);

    public static double Clamp(double pressure) => Math.Clamp(pressure, 0.02, 0.98);

    // Summer holidays and leave: worst in early August.
    private static double Seasonal(double year) => 0.04 * Math.Cos(2 * Math.PI * (year - Math.Floor(year) - 0.6));

    private static double Bump(double year, double centre, double width) => Math.Exp(-Math.Pow((year - centre) / width, 2));

    private sealed record Episode(double CentreYear, double WidthYears, double Height);

    private sealed record Profile(double Base, double Amplitude, double PeriodYears, double ImprovingFrom = double.MaxValue,
        double ImprovementPerYear = 0, double MaxImprovement = 0, IReadOnlyList<Episode>? Episodes = null)
    {
        public IReadOnlyList<Episode> Episodes { get; } = Episodes ?? [];
    }
}
