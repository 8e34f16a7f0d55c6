using Instroom.Data.Sources;

namespace Instroom.Data.Indicators;

/// <summary>
/// The indicators of contract <c>instroom-aanlevering/1</c>, the one list used by validation, import, rollups,
/// status rules, views and exports. Definitions are the contract's, in Dutch, as users read them.
/// </summary>
public static class IndicatorCatalogue
{
    public const string LopendeMaatregelen = "lopende-maatregelen";
    public const string Instroomlijst = "instroomlijst";
    public const string InstroomlijstWachtduur = "instroomlijst-wachtduur";
    public const string Doorstroomlijst = "doorstroomlijst";
    public const string DoorstroomlijstWachtduur = "doorstroomlijst-wachtduur";
    public const string NieuweMaatregelen = "nieuwe-maatregelen";
    public const string BeeindigdeMaatregelen = "beeindigde-maatregelen";
    public const string EersteContactTijdig = "eerste-contact-tijdig";
    public const string EersteContactTotaal = "eerste-contact-totaal";
    public const string PlanVanAanpakTijdig = "plan-van-aanpak-tijdig";
    public const string PlanVanAanpakTotaal = "plan-van-aanpak-totaal";
    public const string WachtOpHulp = "wacht-op-hulp";
    public const string WachtOpHulpWachtduur = "wacht-op-hulp-wachtduur";
    public const string VerzuimPercentage = "verzuim-percentage";
    public const string VerloopPercentage = "verloop-percentage";
    public const string VacaturesFte = "vacatures-fte";
    public const string RaadWachtlijst = "raad-wachtlijst";
    public const string RaadWachtduur = "raad-wachtduur";
    public const string RaadVerzoeken = "raad-verzoeken";
    public const string RaadGestart = "raad-gestart";
    public const string RaadSpoedzaken = "raad-spoedzaken";
    public const string VtWachtlijst = "vt-wachtlijst";
    public const string VtWachtduur = "vt-wachtduur";
    public const string VtBeoordelingTijdig = "vt-beoordeling-tijdig";
    public const string VtBeoordelingTotaal = "vt-beoordeling-totaal";
    public const string VtOnderzoekTijdig = "vt-onderzoek-tijdig";
    public const string VtOnderzoekTotaal = "vt-onderzoek-totaal";

    /// <summary>The contract's <c>gebied</c> for organisation-wide figures (staffing).</summary>
    public const string OrganisationArea = "ORG";

    private const string FlowWindow = " Telt zaken waarvan de termijn viel in de 28 dagen tot en met de peildatum.";

    public static readonly IReadOnlyList<Indicator> All =
    [
        new(LopendeMaatregelen, "Lopende maatregelen", SourceKind.GI, IndicatorKind.Stock, IndicatorUnit.Count, true, false,
            "Maatregelen die de GI aan het eind van de peildatum uitvoert."),
        new(Instroomlijst, "Instroomlijst", SourceKind.GI, IndicatorKind.Stock, IndicatorUnit.Count, true, false,
            "Kinderen die aan de GI zijn toegewezen en nog geen vaste jeugdbeschermer of jeugdreclasseerder hebben die is toegewezen én contact heeft. Een veiligheidscheck of alleen een contactpersoon haalt een kind niet van de lijst."),
        new(InstroomlijstWachtduur, "Wachtduur instroomlijst", SourceKind.GI, IndicatorKind.Histogram, IndicatorUnit.Count, true, false,
            "Voor de kinderen op de instroomlijst: kalenderdagen sinds de GI met de maatregel werd belast. De som van de klassen is de instroomlijst.",
            StockCode: Instroomlijst),
        new(Doorstroomlijst, "Doorstroomlijst", SourceKind.GI, IndicatorKind.Stock, IndicatorUnit.Count, true, false,
            "Kinderen die een vaste jeugdbeschermer hadden, die kwijtraakten (vertrek, langdurige afwezigheid) en nog geen nieuwe hebben die contact heeft. Een waarnemer of teamcontact telt niet."),
        new(DoorstroomlijstWachtduur, "Wachtduur doorstroomlijst", SourceKind.GI, IndicatorKind.Histogram, IndicatorUnit.Count, true, false,
            "Voor de kinderen op de doorstroomlijst: kalenderdagen sinds zij hun vaste jeugdbeschermer kwijtraakten. De som van de klassen is de doorstroomlijst.",
            StockCode: Doorstroomlijst),
        new(NieuweMaatregelen, "Nieuwe maatregelen", SourceKind.GI, IndicatorKind.Flow, IndicatorUnit.Count, true, false,
            "Maatregelen waarmee de GI in de periode werd belast." + FlowWindow),
        new(BeeindigdeMaatregelen, "Beëindigde maatregelen", SourceKind.GI, IndicatorKind.Flow, IndicatorUnit.Count, true, false,
            "Maatregelen die bij de GI in de periode eindigden." + FlowWindow),
        new(EersteContactTijdig, "Eerste contact tijdig", SourceKind.GI, IndicatorKind.Flow, IndicatorUnit.Count, true, false,
            "Zaken waarvan de termijn voor eerste contact (5 werkdagen nadat de GI met de OTS of JR is belast) in de periode viel en die op tijd waren." + FlowWindow,
            TotalCode: EersteContactTotaal, Norm: "5 werkdagen"),
        new(EersteContactTotaal, "Eerste contact (totaal)", SourceKind.GI, IndicatorKind.Flow, IndicatorUnit.Count, true, false,
            "Zaken waarvan de termijn voor eerste contact (5 werkdagen) in de periode viel." + FlowWindow, Norm: "5 werkdagen"),
        new(PlanVanAanpakTijdig, "Plan van aanpak tijdig", SourceKind.GI, IndicatorKind.Flow, IndicatorUnit.Count, true, false,
            "Zaken waarvan de termijn voor het plan van aanpak (6 weken) in de periode viel en die op tijd waren." + FlowWindow,
            TotalCode: PlanVanAanpakTotaal, Norm: "6 weken"),
        new(PlanVanAanpakTotaal, "Plan van aanpak (totaal)", SourceKind.GI, IndicatorKind.Flow, IndicatorUnit.Count, true, false,
            "Zaken waarvan de termijn voor het plan van aanpak (6 weken) in de periode viel." + FlowWindow, Norm: "6 weken"),
        new(WachtOpHulp, "Wacht op passende hulp", SourceKind.GI, IndicatorKind.Stock, IndicatorUnit.Count, true, false,
            "Kinderen van wie het plan hulp noemt die nog niet is begonnen."),
        new(WachtOpHulpWachtduur, "Wachtduur passende hulp", SourceKind.GI, IndicatorKind.Histogram, IndicatorUnit.Count, true, false,
            "Kalenderdagen sinds de hulp werd aangevraagd. De som van de klassen is 'wacht op hulp'.", StockCode: WachtOpHulp),
        new(VerzuimPercentage, "Ziekteverzuim", SourceKind.GI, IndicatorKind.Stock, IndicatorUnit.Percentage, false, true,
            "Ziekteverzuim van de medewerkers van de GI, in procenten (organisatiebreed)."),
        new(VerloopPercentage, "Verloop", SourceKind.GI, IndicatorKind.Stock, IndicatorUnit.Percentage, false, true,
            "Verloop van de medewerkers van de GI op jaarbasis, in procenten (organisatiebreed)."),
        new(VacaturesFte, "Vacatures (fte)", SourceKind.GI, IndicatorKind.Stock, IndicatorUnit.Fte, false, true,
            "Openstaande vacatures in fte (organisatiebreed)."),
        new(RaadWachtlijst, "Wachtlijst Raad", SourceKind.RAAD, IndicatorKind.Stock, IndicatorUnit.Count, false, false,
            "Verzoeken om onderzoek die de Raad heeft ontvangen (zodat het kon beginnen) en waarvan het onderzoek nog niet is gestart."),
        new(RaadWachtduur, "Wachtduur Raad", SourceKind.RAAD, IndicatorKind.Histogram, IndicatorUnit.Count, false, false,
            "Kalenderdagen gewacht op de start van het onderzoek. De som van de klassen is de wachtlijst van de Raad.",
            StockCode: RaadWachtlijst, Norm: "start binnen 10 dagen"),
        new(RaadVerzoeken, "Verzoeken om onderzoek", SourceKind.RAAD, IndicatorKind.Flow, IndicatorUnit.Count, false, false,
            "Verzoeken om onderzoek die de Raad in de periode ontving." + FlowWindow),
        new(RaadGestart, "Gestarte onderzoeken", SourceKind.RAAD, IndicatorKind.Flow, IndicatorUnit.Count, false, false,
            "Onderzoeken die de Raad in de periode startte." + FlowWindow),
        new(RaadSpoedzaken, "Spoedzaken", SourceKind.RAAD, IndicatorKind.Flow, IndicatorUnit.Count, false, false,
            "Spoedzaken die in de periode zijn gestart; zij komen nooit op de wachtlijst." + FlowWindow),
        new(VtWachtlijst, "Wachtlijst Veilig Thuis", SourceKind.VT, IndicatorKind.Stock, IndicatorUnit.Count, false, false,
            "Meldingen die na de veiligheidsbeoordeling wachten op de volgende stap."),
        new(VtWachtduur, "Wachtduur Veilig Thuis", SourceKind.VT, IndicatorKind.Histogram, IndicatorUnit.Count, false, false,
            "Kalenderdagen gewacht. De som van de klassen is de wachtlijst van Veilig Thuis.", StockCode: VtWachtlijst),
        new(VtBeoordelingTijdig, "Veiligheidsbeoordeling tijdig", SourceKind.VT, IndicatorKind.Flow, IndicatorUnit.Count, false, false,
            "Veiligheidsbeoordelingen die in de periode moesten zijn gedaan en binnen 5 werkdagen klaar waren." + FlowWindow,
            TotalCode: VtBeoordelingTotaal, Norm: "5 werkdagen"),
        new(VtBeoordelingTotaal, "Veiligheidsbeoordelingen (totaal)", SourceKind.VT, IndicatorKind.Flow, IndicatorUnit.Count, false, false,
            "Veiligheidsbeoordelingen die in de periode moesten zijn gedaan." + FlowWindow, Norm: "5 werkdagen"),
        new(VtOnderzoekTijdig, "Onderzoek tijdig", SourceKind.VT, IndicatorKind.Flow, IndicatorUnit.Count, false, false,
            "Onderzoeken die in de periode klaar moesten zijn en binnen 10 weken klaar waren." + FlowWindow,
            TotalCode: VtOnderzoekTotaal, Norm: "10 weken"),
        new(VtOnderzoekTotaal, "Onderzoeken (totaal)", SourceKind.VT, IndicatorKind.Flow, IndicatorUnit.Count, false, false,
            "Onderzoeken die in de periode klaar moesten zijn." + FlowWindow, Norm: "10 weken"),
    ];

    private static readonly Dictionary<string, Indicator> ByCode = All.ToDictionary(i => i.Code, StringComparer.Ordinal);

    public static bool TryGet(string code, out Indicator indicator) => ByCode.TryGetValue(code, out indicator!);

    public static Indicator Get(string code) =>
        ByCode.TryGetValue(code, out var indicator) ? indicator : throw new KeyNotFoundException($"Unknown indicator '{code}'.");

    public static IEnumerable<Indicator> For(SourceKind source) => All.Where(i => i.Source == source);
}
