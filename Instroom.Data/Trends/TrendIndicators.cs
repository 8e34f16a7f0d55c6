using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using Instroom.Data.Status;

namespace Instroom.Data.Trends;

/// <summary>
/// Every indicator a trend can follow: the status indicators (what the weekly status judges), the children without
/// a vaste jeugdbeschermer, and the contract's stocks, flows and waiting-time distributions per gemeente.
/// Organisation-wide staffing figures are not per gemeente and have no trend per area.
/// </summary>
public static class TrendIndicators
{
    private const string WaitingTimeMethod =
        " Berekend uit de opgetelde wachtduurverdeling van de gemeenten van het gebied, lineair binnen een klasse; valt de " +
        "waarde in de klasse van 183 dagen of meer, dan staat er '≥ 183 dagen'. De trend toont ook het 90e percentiel.";

    private static readonly TrendNormLine RaadStartNorm = new(10, "Startnorm Raad: 10 dagen");

    /// <summary>The values the status rules judge, in the order of <see cref="StatusIndicators.All"/>.</summary>
    public static readonly IReadOnlyList<TrendIndicator> Status =
    [
        Share(StatusIndicators.ZonderVasteJeugdbeschermerAandeel, "stand (aandeel)",
            [IndicatorCatalogue.Instroomlijst, IndicatorCatalogue.Doorstroomlijst], IndicatorCatalogue.LopendeMaatregelen,
            "Kinderen op de instroomlijst of de doorstroomlijst als percentage van de lopende maatregelen; teller en noemer " +
            "opgeteld over de gemeenten van het gebied."),
        Median(StatusIndicators.InstroomlijstWachtduurMediaan, IndicatorCatalogue.Instroomlijst, IndicatorCatalogue.InstroomlijstWachtduur,
            "De wachttijd waaronder de helft van de kinderen op de instroomlijst wacht (kalenderdagen sinds de GI met de maatregel werd belast)."),
        Median(StatusIndicators.DoorstroomlijstWachtduurMediaan, IndicatorCatalogue.Doorstroomlijst, IndicatorCatalogue.DoorstroomlijstWachtduur,
            "De wachttijd waaronder de helft van de kinderen op de doorstroomlijst wacht (kalenderdagen sinds zij hun vaste jeugdbeschermer kwijtraakten)."),
        Share(StatusIndicators.EersteContactTijdigPercentage, "stroom (aandeel)",
            [IndicatorCatalogue.EersteContactTijdig], IndicatorCatalogue.EersteContactTotaal,
            "Zaken met eerste contact binnen 5 werkdagen als percentage van alle zaken waarvan die termijn in de 28 dagen tot en met de peildatum viel."),
        Share(StatusIndicators.PlanVanAanpakTijdigPercentage, "stroom (aandeel)",
            [IndicatorCatalogue.PlanVanAanpakTijdig], IndicatorCatalogue.PlanVanAanpakTotaal,
            "Zaken met een plan van aanpak binnen 6 weken als percentage van alle zaken waarvan die termijn in de 28 dagen tot en met de peildatum viel."),
        Share(StatusIndicators.WachtOpHulpAandeel, "stand (aandeel)",
            [IndicatorCatalogue.WachtOpHulp], IndicatorCatalogue.LopendeMaatregelen,
            "Kinderen die wachten op passende hulp als percentage van de lopende maatregelen."),
        Median(StatusIndicators.WachtOpHulpWachtduurMediaan, IndicatorCatalogue.WachtOpHulp, IndicatorCatalogue.WachtOpHulpWachtduur,
            "De wachttijd waaronder de helft van de kinderen wacht op passende hulp (kalenderdagen sinds de hulp werd aangevraagd)."),
        Median(StatusIndicators.RaadWachtduurMediaan, IndicatorCatalogue.RaadWachtlijst, IndicatorCatalogue.RaadWachtduur,
            "De wachttijd waaronder de helft van de verzoeken om onderzoek bij de Raad wacht op de start van het onderzoek.", RaadStartNorm),
        Share(StatusIndicators.VtBeoordelingTijdigPercentage, "stroom (aandeel)",
            [IndicatorCatalogue.VtBeoordelingTijdig], IndicatorCatalogue.VtBeoordelingTotaal,
            "Veiligheidsbeoordelingen die binnen 5 werkdagen klaar waren, als percentage van alle veiligheidsbeoordelingen die in de 28 dagen tot en met de peildatum moesten zijn gedaan."),
        Share(StatusIndicators.VtOnderzoekTijdigPercentage, "stroom (aandeel)",
            [IndicatorCatalogue.VtOnderzoekTijdig], IndicatorCatalogue.VtOnderzoekTotaal,
            "Onderzoeken die binnen 10 weken klaar waren, als percentage van alle onderzoeken die in de 28 dagen tot en met de peildatum klaar moesten zijn."),
    ];

    /// <summary>Figures the rollup derives from the contract that are not status indicators.</summary>
    public static readonly IReadOnlyList<TrendIndicator> Derived =
    [
        new(RollupIndicator.ZonderVasteJeugdbeschermer, RollupIndicator.ZonderVasteJeugdbeschermerLabel,
            "Kinderen op de instroomlijst en de doorstroomlijst samen: kinderen met een maatregel zonder vaste jeugdbeschermer die " +
            "contact heeft. Het cijfer dat de inspecties en het ministerie volgen.",
            SourceKind.GI, TrendValueKind.Count, "stand",
            [IndicatorCatalogue.Instroomlijst, IndicatorCatalogue.Doorstroomlijst], null, [], HasMeasure: true, null, null, null),
    ];

    /// <summary>The contract's stocks, flows and waiting-time distributions per gemeente, in catalogue order.</summary>
    public static readonly IReadOnlyList<TrendIndicator> Contract = IndicatorCatalogue.All
        .Where(indicator => !indicator.OrganisationWide)
        .Select(FromContract)
        .ToList();

    public static readonly IReadOnlyList<TrendIndicator> All = [.. Status, .. Derived, .. Contract];

    private static readonly Dictionary<string, TrendIndicator> ByCode = All.ToDictionary(i => i.Code, StringComparer.Ordinal);

    /// <summary>The first status indicator: what the trends page shows when nothing is chosen.</summary>
    public static TrendIndicator Default => Status[0];

    public static bool TryGet(string? code, out TrendIndicator indicator)
    {
        indicator = null!;
        return code is not null && ByCode.TryGetValue(code, out indicator!);
    }

    private static TrendIndicator FromContract(Indicator indicator) => indicator.Kind switch
    {
        IndicatorKind.Histogram => new TrendIndicator(indicator.Code, indicator.Label, indicator.Definition + WaitingTimeMethod, indicator.Source,
            TrendValueKind.WaitingTime, "verdeling", [indicator.StockCode!], null, [indicator.Code], indicator.HasMeasure,
            MedianRuleOf(indicator.StockCode!), indicator.Norm, indicator.Code == IndicatorCatalogue.RaadWachtduur ? RaadStartNorm : null),
        _ => new TrendIndicator(indicator.Code, indicator.Label, indicator.Definition, indicator.Source, TrendValueKind.Count,
            indicator.Kind == IndicatorKind.Stock ? "stand" : "stroom", [indicator.Code], null, [], indicator.HasMeasure, null, indicator.Norm, null),
    };

    /// <summary>The status indicator that judges the median of a waiting list, if any.</summary>
    private static string? MedianRuleOf(string listCode) => listCode switch
    {
        IndicatorCatalogue.Instroomlijst => StatusIndicators.InstroomlijstWachtduurMediaan,
        IndicatorCatalogue.Doorstroomlijst => StatusIndicators.DoorstroomlijstWachtduurMediaan,
        IndicatorCatalogue.WachtOpHulp => StatusIndicators.WachtOpHulpWachtduurMediaan,
        IndicatorCatalogue.RaadWachtlijst => StatusIndicators.RaadWachtduurMediaan,
        _ => null,
    };

    private static TrendIndicator Share(string code, string kindLabel, IReadOnlyList<string> counts, string baseCode, string definition)
    {
        var numerator = IndicatorCatalogue.Get(counts[0]);
        var denominator = IndicatorCatalogue.Get(baseCode);
        return new TrendIndicator(code, StatusName(code), definition, numerator.Source, TrendValueKind.Share, kindLabel, counts, baseCode, [],
            numerator.HasMeasure, code, numerator.Norm ?? denominator.Norm, null);
    }

    private static TrendIndicator Median(string code, string listCode, string histogramCode, string definition, TrendNormLine? norm = null)
    {
        var histogram = IndicatorCatalogue.Get(histogramCode);
        return new TrendIndicator(code, StatusName(code), definition + WaitingTimeMethod, histogram.Source, TrendValueKind.WaitingTime,
            "verdeling (mediaan)", [listCode], null, [histogramCode], histogram.HasMeasure, code, histogram.Norm, norm);
    }

    private static string StatusName(string code) =>
        StatusIndicators.TryGet(code, out var indicator) ? indicator.Name : throw new KeyNotFoundException($"Unknown status indicator '{code}'.");
}
