using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Text;

namespace Instroom.Data.Status;

/// <summary>The values of a <see cref="RegionWeek"/> that status rules can judge.</summary>
public static class StatusIndicators
{
    public const string ZonderVasteJeugdbeschermerAandeel = "zonder-vaste-jeugdbeschermer-aandeel";
    public const string InstroomlijstWachtduurMediaan = "instroomlijst-wachtduur-mediaan";
    public const string DoorstroomlijstWachtduurMediaan = "doorstroomlijst-wachtduur-mediaan";
    public const string EersteContactTijdigPercentage = "eerste-contact-tijdig-percentage";
    public const string PlanVanAanpakTijdigPercentage = "plan-van-aanpak-tijdig-percentage";
    public const string WachtOpHulpAandeel = "wacht-op-hulp-aandeel";
    public const string WachtOpHulpWachtduurMediaan = "wacht-op-hulp-wachtduur-mediaan";
    public const string RaadWachtduurMediaan = "raad-wachtduur-mediaan";
    public const string VtBeoordelingTijdigPercentage = "vt-beoordeling-tijdig-percentage";
    public const string VtOnderzoekTijdigPercentage = "vt-onderzoek-tijdig-percentage";

    private const string NoLopendeMaatregelen = "geen lopende maatregelen";
    private const string NoCasesDue = "geen zaken waarvan de termijn in de periode viel";

    public static readonly IReadOnlyList<StatusIndicator> All =
    [
        Share(ZonderVasteJeugdbeschermerAandeel, RollupIndicator.ZonderVasteJeugdbeschermer, "Aandeel zonder vaste jeugdbeschermer",
            "Instroomlijst en doorstroomlijst {0} van lopende maatregelen", RuleDirection.HigherIsWorse, thresholdIncluded: true, NoLopendeMaatregelen),
        MedianWait(InstroomlijstWachtduurMediaan, IndicatorCatalogue.Instroomlijst, "Mediane wachttijd instroomlijst"),
        MedianWait(DoorstroomlijstWachtduurMediaan, IndicatorCatalogue.Doorstroomlijst, "Mediane wachttijd doorstroomlijst"),
        Share(EersteContactTijdigPercentage, IndicatorCatalogue.EersteContactTijdig, "Eerste contact binnen 5 werkdagen",
            "Eerste contact binnen 5 werkdagen {0}", RuleDirection.LowerIsWorse, thresholdIncluded: false, NoCasesDue),
        Share(PlanVanAanpakTijdigPercentage, IndicatorCatalogue.PlanVanAanpakTijdig, "Plan van aanpak binnen 6 weken",
            "Plan van aanpak binnen 6 weken {0}", RuleDirection.LowerIsWorse, thresholdIncluded: false, NoCasesDue),
        Share(WachtOpHulpAandeel, IndicatorCatalogue.WachtOpHulp, "Aandeel wacht op passende hulp",
            "Wacht op passende hulp {0} van lopende maatregelen", RuleDirection.HigherIsWorse, thresholdIncluded: true, NoLopendeMaatregelen),
        MedianWait(WachtOpHulpWachtduurMediaan, IndicatorCatalogue.WachtOpHulp, "Mediane wachttijd passende hulp"),
        MedianWait(RaadWachtduurMediaan, IndicatorCatalogue.RaadWachtlijst, "Mediane wachttijd Raad voor de Kinderbescherming"),
        Share(VtBeoordelingTijdigPercentage, IndicatorCatalogue.VtBeoordelingTijdig, "Veiligheidsbeoordeling Veilig Thuis binnen 5 werkdagen",
            "Veiligheidsbeoordeling Veilig Thuis binnen 5 werkdagen {0}", RuleDirection.LowerIsWorse, thresholdIncluded: false, NoCasesDue),
        Share(VtOnderzoekTijdigPercentage, IndicatorCatalogue.VtOnderzoekTijdig, "Onderzoek Veilig Thuis binnen 10 weken",
            "Onderzoek Veilig Thuis binnen 10 weken {0}", RuleDirection.LowerIsWorse, thresholdIncluded: false, NoCasesDue),
    ];

    public static bool TryGet(string code, out StatusIndicator indicator)
    {
        indicator = All.FirstOrDefault(i => i.Code == code)!;
        return indicator is not null;
    }

    private static StatusIndicator Share(string code, string valueCode, string name, string subject, RuleDirection worseWhen,
        bool thresholdIncluded, string whenNoBase) =>
        new(code, name, subject, StatusUnit.Percentage, worseWhen, thresholdIncluded, week =>
        {
            var value = week.Indicator(valueCode);
            if (!value.HasData)
            {
                return new StatusReading(StatusReadingKind.NoData, 0, "", "geen gegevens", value.Completeness);
            }

            if (value.Share is not { } share)
            {
                return new StatusReading(StatusReadingKind.NotApplicable, 0, "", whenNoBase, value.Completeness);
            }

            var rounded = decimal.Round(share, 1, MidpointRounding.AwayFromZero);
            return new StatusReading(StatusReadingKind.Value, rounded, DutchFormat.Percentage(rounded), "", value.Completeness);
        });

    private static StatusIndicator MedianWait(string code, string listCode, string name) =>
        new(code, name, name + " {0}", StatusUnit.Days, RuleDirection.HigherIsWorse, thresholdIncluded: false, week =>
        {
            var list = week.Indicator(listCode);
            if (!list.HasData)
            {
                return new StatusReading(StatusReadingKind.NoData, 0, "", "geen gegevens", list.Completeness);
            }

            if (list.Count == 0)
            {
                return new StatusReading(StatusReadingKind.NobodyWaiting, 0, "", "niemand wacht", list.Completeness);
            }

            if (list.Median is not { } median)
            {
                return new StatusReading(StatusReadingKind.NoData, 0, "", "geen wachtduurverdeling", list.Completeness);
            }

            return new StatusReading(StatusReadingKind.Value, median.WholeDays, median.ToDutchString(), "", list.Completeness);
        });
}
