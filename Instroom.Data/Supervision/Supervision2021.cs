using Instroom.Data.Reference;

namespace Instroom.Data.Supervision;

/// <summary>
/// What the sources say about the verscherpt toezicht of 2021: the four toezichtregio's judged insufficient (red) in
/// the inspecties' follow-up went under verscherpt toezicht for half a year. The start date is not in the sources, so
/// Instroom does not seed these periods (README.md); demo data that adds them must say the date is assumed.
/// </summary>
public static class Supervision2021
{
    /// <summary>The note for a 2021 period whose start date was assumed.</summary>
    public const string AssumedStartNote =
        "Verscherpt toezicht 2021 (een half jaar, oordeel onvoldoende); startdatum niet in de bronnen; aanname.";

    private static readonly Lazy<IReadOnlyList<string>> Codes = new(() => ReferenceDataLoader.ReadCsv("toezichtregios_2021.csv")
        .Where(row => row["oordeel_2021"] == "rood")
        .Select(row => row["code"])
        .ToList());

    /// <summary>TR08 Brabant, TR09 Noord-Holland/Amsterdam, TR10 Rijnmond, TR11 Zuid West, from toezichtregios_2021.csv.</summary>
    public static IReadOnlyList<string> RegionCodes => Codes.Value;
}
