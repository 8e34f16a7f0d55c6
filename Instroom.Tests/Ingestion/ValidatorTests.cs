using Instroom.Data.Indicators;
using Instroom.Data.Reference;
using Instroom.Data.Sources;
using Instroom.Jobs.Contract;
using Instroom.Tests.Ingestion.Support;
using NodaTime;
using NodaTime.Testing;
using static Instroom.Tests.Ingestion.Support.Deliveries;

namespace Instroom.Tests.Ingestion;

/// <summary>One test per rule of the contract: the reason names the place, the values and the rule, in Dutch.</summary>
public sealed class ValidatorTests
{
    private static readonly IReadOnlySet<string> Gemeenten =
        ReferenceDataLoader.ReadCsv("gemeenten_2025.csv").Select(row => row["gemeentecode"]).ToHashSet(StringComparer.Ordinal);

    private static readonly Dictionary<string, SourceKind> SourceKinds =
        ReferenceDataLoader.ReadCsv("bronnen.csv").ToDictionary(row => row["code"], row => Enum.Parse<SourceKind>(row["soort"]), StringComparer.Ordinal);

    private readonly FakeClock _clock = new(ImportTestContext.Now);

    internal static DeliveryValidationContext Context(string sourceCode) => new(sourceCode, SourceKinds[sourceCode], Gemeenten);

    [Fact]
    public void Validate_AcceptsAValidDelivery() => Assert.Empty(Validate(ValidGi()));

    [Fact]
    public void Validate_RefusesAnotherSchema() =>
        Assert.Equal(["schema: 'instroom-aanlevering/2' is niet 'instroom-aanlevering/1'"],
            Validate(ValidGi() with { Schema = "instroom-aanlevering/2" }));

    [Theory]
    [InlineData("levering-1")]
    [InlineData("3f0d8a4e6c1b4a579a5e2f6f1d7c9b10")]
    [InlineData("{3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10}")]
    public void Validate_RefusesALeveringIdThatIsNoUuid(string leveringId) =>
        Assert.Equal([$"leveringId: '{leveringId}' is geen UUID (zoals 3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10)"],
            Validate(ValidGi() with { LeveringId = leveringId }));

    [Fact]
    public void Validate_RefusesABronOtherThanTheSourceBeingPulled() =>
        Assert.Equal(["bron: 'GI-JBN' is niet de bron die wordt opgehaald (GI-JBBRA)"], Validate(ValidGi() with { Source = "GI-JBN" }));

    [Fact]
    public void Validate_RefusesAPeildatumInTheFuture() =>
        Assert.Equal(["peildatum: 2026-11-24 ligt in de toekomst (vandaag is 2026-11-23)"],
            Validate(ValidGi() with { ReferenceDate = new LocalDate(2026, 11, 24) }));

    [Fact]
    public void Validate_TakesTodayInAmsterdam_NotInUtc()
    {
        // 23:30 UTC on the 22nd is already the 23rd in Amsterdam, so a peildatum of the 23rd is not in the future.
        _clock.Reset(Instant.FromUtc(2026, 11, 22, 23, 30));

        Assert.Empty(Validate(ValidGi() with { ReferenceDate = new LocalDate(2026, 11, 23) }));
    }

    [Fact]
    public void Validate_RefusesAPeildatumMoreThan400DaysOld()
    {
        Assert.Empty(Validate(ValidGi() with { ReferenceDate = new LocalDate(2026, 11, 23).PlusDays(-400) }));
        Assert.Equal(["peildatum: 2025-10-18 is meer dan 400 dagen oud (vandaag is 2026-11-23)"],
            Validate(ValidGi() with { ReferenceDate = new LocalDate(2026, 11, 23).PlusDays(-401) }));
    }

    [Fact]
    public void Validate_RefusesAPeildatumOtherThanTheOneAskedFor() =>
        Assert.Equal(["peildatum: 2026-11-22 is niet de gevraagde peildatum 2026-11-21"],
            new DeliveryValidator(_clock).Validate(ValidGi(), DeliveryFormat.Json,
                Context("GI-JBBRA") with { ExpectedReferenceDate = new LocalDate(2026, 11, 21) }));

    [Fact]
    public void Validate_RefusesAPeildatumAfterTheSourceStopped() =>
        Assert.Equal(["peildatum: bron GI-JBBRA levert alleen voor peildata van 2018-01-01 tot 2021-10-12, niet voor 2026-11-22"],
            new DeliveryValidator(_clock).Validate(ValidGi(), DeliveryFormat.Json,
                Context("GI-JBBRA") with { SourceValidFrom = new LocalDate(2018, 1, 1), SourceValidTo = new LocalDate(2021, 10, 12) }));

    [Theory]
    [InlineData("2026-11-23T01:12:09")]
    [InlineData("2026-11-23")]
    [InlineData("23-11-2026 01:12")]
    [InlineData("")]
    public void Validate_RefusesAangemaaktWithoutOffset(string createdAt) =>
        Assert.Equal([$"aangemaakt: '{createdAt}' is geen ISO-tijdstip met tijdzone (zoals 2026-11-23T01:12:09+01:00)"],
            Validate(ValidGi() with { CreatedAtText = createdAt }));

    [Theory]
    [InlineData("2026-11-23T00:12:09Z")]
    [InlineData("2026-11-23T01:12:09.123+01:00")]
    [InlineData("2026-07-01T02:00:00+02:00")]
    public void Validate_AcceptsAangemaaktWithOffset(string createdAt) =>
        Assert.Empty(Validate(ValidGi() with { CreatedAtText = createdAt }));

    [Fact]
    public void Validate_RefusesADeliveryWithoutFigures() =>
        Assert.Equal(["cijfers: de aanlevering bevat geen cijfers"], Validate(Gi()));

    [Fact]
    public void Validate_RefusesAGemeenteInstroomDoesNotKnow() =>
        Assert.Equal(["cijfers[0]: gebied 'GM9999' is geen gemeente die Instroom kent op de peildatum"],
            Validate(Gi(Value("GM9999", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 3))));

    [Theory]
    [InlineData("0796")]
    [InlineData("gm0796")]
    [InlineData("JZ33")]
    [InlineData("NL")]
    public void Validate_RefusesAGebiedThatIsNoGemeenteCode(string area) =>
        Assert.Equal([$"cijfers[0]: gebied '{area}' is geen CBS-gemeentecode (GMxxxx) en niet 'ORG'"],
            Validate(Gi(Value(area, IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 3))));

    [Fact]
    public void Validate_RefusesAnUnknownIndicator() =>
        Assert.Equal(["cijfers[0]: indicator 'wachtlijst' bestaat niet in contract instroom-aanlevering/1"],
            Validate(Gi(Value("GM0796", "wachtlijst", Measure.Ots, 3))));

    [Theory]
    [InlineData("GI-JBBRA", IndicatorCatalogue.RaadWachtlijst,
        "cijfers[0]: indicator 'raad-wachtlijst' mag alleen de Raad voor de Kinderbescherming aanleveren; bron GI-JBBRA is een gecertificeerde instelling (GI)")]
    [InlineData("RAAD", IndicatorCatalogue.VtWachtlijst,
        "cijfers[0]: indicator 'vt-wachtlijst' mag alleen een Veilig Thuis-organisatie aanleveren; bron RAAD is de Raad voor de Kinderbescherming")]
    [InlineData("VT-27", IndicatorCatalogue.RaadGestart,
        "cijfers[0]: indicator 'raad-gestart' mag alleen de Raad voor de Kinderbescherming aanleveren; bron VT-27 is een Veilig Thuis-organisatie")]
    public void Validate_RefusesAnIndicatorOfAnotherKindOfSource(string source, string indicator, string reason) =>
        Assert.Equal([reason], Validate(Of(source, Value("GM0796", indicator, null, 3)), source));

    [Fact]
    public void Validate_RefusesAGiStockDeliveredByTheRaad() =>
        Assert.Equal(["cijfers[0]: indicator 'lopende-maatregelen' mag alleen een gecertificeerde instelling (GI) aanleveren; bron RAAD is de Raad voor de Kinderbescherming"],
            Validate(Of("RAAD", Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 3)), "RAAD"));

    [Fact]
    public void Validate_RequiresOrgForOrganisationWideIndicators() =>
        Assert.Equal(["cijfers[0]: indicator 'vacatures-fte' geldt voor de hele organisatie: gebied moet 'ORG' zijn, niet 'GM0796'"],
            Validate(Gi(Value("GM0796", IndicatorCatalogue.VacaturesFte, null, 3))));

    [Fact]
    public void Validate_RefusesOrgForFiguresPerGemeente() =>
        Assert.Equal(["cijfers[0]: gebied 'ORG' is alleen voor organisatiebrede indicatoren (verzuim-percentage, verloop-percentage, vacatures-fte), niet voor 'lopende-maatregelen'"],
            Validate(Gi(Value("ORG", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 3))));

    [Fact]
    public void Validate_RequiresAMeasureWhereTheIndicatorHasOne() =>
        Assert.Equal(["cijfers[0]: maatregel ontbreekt; indicator 'lopende-maatregelen' voor GM0796 vraagt een maatregel (OTS, VOTS, VOOGDIJ of JR)"],
            Validate(Gi(Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, null, 3))));

    [Theory]
    [InlineData("ots")]
    [InlineData("OTZ")]
    [InlineData("")]
    public void Validate_RefusesAMeasureTheContractDoesNotKnow(string measure) =>
        Assert.Equal([$"cijfers[0]: maatregel '{measure}' is onbekend (OTS, VOTS, VOOGDIJ of JR)"],
            Validate(Gi(Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, measure, 3))));

    [Fact]
    public void Validate_RefusesAMeasureWhereTheIndicatorHasNone() =>
        Assert.Equal(["cijfers[0]: indicator 'raad-verzoeken' heeft geen maatregel, maar maatregel 'OTS' is opgegeven"],
            Validate(Of("RAAD", Value("GM0796", IndicatorCatalogue.RaadVerzoeken, Measure.Ots, 3)), "RAAD"));

    [Fact]
    public void Validate_RefusesANegativeCount() =>
        Assert.Equal(["cijfers[0]: indicator 'nieuwe-maatregelen' voor GM0796/OTS is -3; een aantal is nooit negatief"],
            Validate(Gi(Value("GM0796", IndicatorCatalogue.NieuweMaatregelen, Measure.Ots, -3))));

    [Theory]
    [InlineData(IndicatorCatalogue.NieuweMaatregelen, "GM0796", "OTS", "2.5", "GM0796/OTS")]
    [InlineData(IndicatorCatalogue.VacaturesFte, "ORG", null, "12.5", "ORG")]
    public void Validate_RefusesAFractionWhereACountIsAsked(string indicator, string area, string? measure, string value, string label) =>
        Assert.Equal([$"cijfers[0]: indicator '{indicator}' voor {label} is {value}; dit moet een geheel getal zijn"],
            Validate(Gi(Value(area, indicator, measure, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)))));

    [Fact]
    public void Validate_AcceptsAWholeNumberWrittenWithAZeroFraction() =>
        Assert.Empty(Validate(Gi(Value("GM0796", IndicatorCatalogue.NieuweMaatregelen, Measure.Ots, 12.0m))));

    [Fact]
    public void Validate_RefusesACountAboveTheMaximum() =>
        Assert.Equal(["cijfers[0]: indicator 'nieuwe-maatregelen' voor GM0796/OTS is 1000000001; dat is meer dan het maximum 1000000000"],
            Validate(Gi(Value("GM0796", IndicatorCatalogue.NieuweMaatregelen, Measure.Ots, 1_000_000_001))));

    [Theory]
    [InlineData("7.45", "een percentage heeft hoogstens één decimaal")]
    [InlineData("100.1", "een percentage ligt tussen 0 en 100")]
    [InlineData("-0.5", "een percentage ligt tussen 0 en 100")]
    public void Validate_RefusesAPercentageOutOfRangeOrTooPrecise(string value, string rule) =>
        Assert.Equal([$"cijfers[0]: indicator 'verzuim-percentage' voor ORG is {value}; {rule}"],
            Validate(Gi(Value("ORG", IndicatorCatalogue.VerzuimPercentage, null, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)))));

    [Theory]
    [InlineData("0")]
    [InlineData("7.4")]
    [InlineData("100")]
    [InlineData("12.50")]
    public void Validate_AcceptsAPercentageWithAtMostOneDecimal(string value) =>
        Assert.Empty(Validate(Gi(Value("ORG", IndicatorCatalogue.VerzuimPercentage, null, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)))));

    [Fact]
    public void Validate_RefusesAFigureWithoutValue() =>
        Assert.Equal(["cijfers[0]: waarde ontbreekt voor indicator 'lopende-maatregelen' voor GM0796/OTS"],
            Validate(Gi(new DeliveryFigure(0, "GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, null, null))));

    [Fact]
    public void Validate_RefusesADistributionForAnIndicatorThatIsNoHistogram() =>
        Assert.Equal(["cijfers[0]: indicator 'lopende-maatregelen' is geen verdeling; geef één waarde, geen aantallen per klasse"],
            Validate(Gi(Histogram("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 1, 1, 1, 1, 1, 1, 1))));

    [Fact]
    public void Validate_RefusesAHistogramWithoutDistribution() =>
        Assert.Equal(["cijfers[2]: indicator 'instroomlijst-wachtduur' voor GM0796/OTS is een verdeling, maar de aantallen per klasse ontbreken (0-5, 6-10, 11-20, 21-42, 43-91, 92-182, 183+)"],
            Validate(Gi(
                Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 24),
                Value("GM0796", IndicatorCatalogue.Instroomlijst, Measure.Ots, 20),
                new DeliveryFigure(0, "GM0796", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, null, null))));

    [Fact]
    public void Validate_RefusesAValueNextToADistribution() =>
        Assert.Equal(["cijfers[2]: indicator 'instroomlijst-wachtduur' is een verdeling over wachtduurklassen; een losse waarde (20) hoort er niet bij"],
            Validate(ValidGi() with
            {
                Figures = [.. ValidGi().Figures.Take(2), ValidGi().Figures[2] with { Value = 20 }],
            }));

    [Fact]
    public void Validate_RefusesAHistogramWithAMissingClass()
    {
        var figure = ValidGi().Figures[2];
        var classes = figure.Distribution!.Where(c => c.Key is not "183+" and not "92-182").ToDictionary();
        classes["0-5"] += 2;

        Assert.Equal(["cijfers[2]: verdeling 'instroomlijst-wachtduur' voor GM0796/OTS mist klassen '92-182', '183+' (verwacht: 0-5, 6-10, 11-20, 21-42, 43-91, 92-182, 183+)"],
            Validate(ValidGi() with { Figures = [.. ValidGi().Figures.Take(2), figure with { Distribution = classes }] }));
    }

    [Fact]
    public void Validate_RefusesAHistogramWithAnUnknownClass()
    {
        var figure = ValidGi().Figures[2];
        var classes = figure.Distribution!.ToDictionary();
        classes["184+"] = 0;

        Assert.Equal(["cijfers[2]: verdeling 'instroomlijst-wachtduur' voor GM0796/OTS heeft onbekende klasse '184+' (verwacht: 0-5, 6-10, 11-20, 21-42, 43-91, 92-182, 183+)"],
            Validate(ValidGi() with { Figures = [.. ValidGi().Figures.Take(2), figure with { Distribution = classes }] }));
    }

    [Fact]
    public void Validate_RefusesANegativeClass() =>
        Assert.Equal(["cijfers[2]: klasse '6-10' van verdeling 'instroomlijst-wachtduur' voor GM0796/OTS is -1; een aantal is nooit negatief"],
            Validate(Gi(
                Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 24),
                Value("GM0796", IndicatorCatalogue.Instroomlijst, Measure.Ots, 20),
                Histogram("GM0796", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, 5, -1, 5, 5, 4, 2, 0))));

    [Fact]
    public void Validate_RefusesAHistogramWhoseSumIsNotItsStock() =>
        Assert.Equal(["cijfers[2]: som van verdeling 'instroomlijst-wachtduur' voor GM0796/OTS is 19, niet gelijk aan 'instroomlijst' (20, cijfers[1])"],
            Validate(Gi(
                Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 24),
                Value("GM0796", IndicatorCatalogue.Instroomlijst, Measure.Ots, 20),
                Histogram("GM0796", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, 4, 3, 5, 4, 2, 1, 0))));

    [Fact]
    public void Validate_ComparesAHistogramWithTheStockOfItsOwnGemeenteAndMeasure() =>
        Assert.Equal(["cijfers[2]: verdeling 'instroomlijst-wachtduur' voor GM0796/JR vraagt ook 'instroomlijst' voor GM0796/JR; die ontbreekt"],
            Validate(Gi(
                Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 24),
                Value("GM0796", IndicatorCatalogue.Instroomlijst, Measure.Ots, 20),
                Histogram("GM0796", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Jr, 4, 3, 5, 4, 2, 2, 0))));

    [Theory]
    [InlineData("RAAD", IndicatorCatalogue.RaadWachtduur, "cijfers[0]: verdeling 'raad-wachtduur' voor GM0796 vraagt ook 'raad-wachtlijst' voor GM0796; die ontbreekt")]
    [InlineData("VT-27", IndicatorCatalogue.VtWachtduur, "cijfers[0]: verdeling 'vt-wachtduur' voor GM0796 vraagt ook 'vt-wachtlijst' voor GM0796; die ontbreekt")]
    public void Validate_RefusesAHistogramWithoutItsStock(string source, string indicator, string reason) =>
        Assert.Equal([reason], Validate(Of(source, Histogram("GM0796", indicator, null, 1, 0, 0, 0, 0, 0, 0)), source));

    [Fact]
    public void Validate_RefusesAnInstroomlijstLargerThanTheRunningMeasures() =>
        Assert.Equal(["cijfers[1]: indicator 'instroomlijst' voor GM0796/OTS is 31, groter dan 'lopende-maatregelen' (24)"],
            Validate(Gi(
                Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 24),
                Value("GM0796", IndicatorCatalogue.Instroomlijst, Measure.Ots, 31))));

    [Fact]
    public void Validate_RefusesInstroomlijstPlusDoorstroomlijstLargerThanTheRunningMeasures() =>
        Assert.Equal(["cijfers[1]: 'instroomlijst' (18) + 'doorstroomlijst' (9) voor GM0796/OTS is samen 27, groter dan 'lopende-maatregelen' (24)"],
            Validate(Gi(
                Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 24),
                Value("GM0796", IndicatorCatalogue.Instroomlijst, Measure.Ots, 18),
                Value("GM0796", IndicatorCatalogue.Doorstroomlijst, Measure.Ots, 9))));

    [Fact]
    public void Validate_AcceptsListsThatTogetherEqualTheRunningMeasures() =>
        Assert.Empty(Validate(Gi(
            Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 24),
            Value("GM0796", IndicatorCatalogue.Instroomlijst, Measure.Ots, 15),
            Value("GM0796", IndicatorCatalogue.Doorstroomlijst, Measure.Ots, 9))));

    [Fact]
    public void Validate_RequiresTheRunningMeasuresNextToTheLists() =>
        Assert.Equal(["cijfers[0]: 'doorstroomlijst' voor GM0796/VOOGDIJ vraagt ook 'lopende-maatregelen' voor GM0796/VOOGDIJ; die ontbreekt"],
            Validate(Gi(
                Value("GM0796", IndicatorCatalogue.Doorstroomlijst, Measure.Voogdij, 2),
                Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 24))));

    [Theory]
    [InlineData("GI-JBBRA", IndicatorCatalogue.PlanVanAanpakTijdig, IndicatorCatalogue.PlanVanAanpakTotaal, "OTS", "GM0796/OTS")]
    [InlineData("VT-27", IndicatorCatalogue.VtBeoordelingTijdig, IndicatorCatalogue.VtBeoordelingTotaal, null, "GM0796")]
    [InlineData("VT-27", IndicatorCatalogue.VtOnderzoekTijdig, IndicatorCatalogue.VtOnderzoekTotaal, null, "GM0796")]
    public void Validate_RefusesMoreOnTimeThanInTotal(string source, string onTime, string total, string? measure, string label) =>
        Assert.Equal([$"cijfers[0]: indicator '{onTime}' voor {label} is 12, groter dan '{total}' (10)"],
            Validate(Of(source, Value("GM0796", onTime, measure, 12), Value("GM0796", total, measure, 10)), source));

    [Fact]
    public void Validate_RequiresTheTotalNextToOnTime() =>
        Assert.Equal(["cijfers[0]: 'eerste-contact-tijdig' voor GM0796/OTS vraagt ook 'eerste-contact-totaal' voor GM0796/OTS; die ontbreekt"],
            Validate(Gi(Value("GM0796", IndicatorCatalogue.EersteContactTijdig, Measure.Ots, 12))));

    [Fact]
    public void Validate_RefusesTwoFiguresForOneGebiedIndicatorAndMeasure() =>
        Assert.Equal(["cijfers[2]: dubbel cijfer: indicator 'lopende-maatregelen' voor GM0796/OTS staat ook in cijfers[0]; hoogstens één cijfer per gebied, indicator en maatregel"],
            Validate(Gi(
                Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 24),
                Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Jr, 24),
                Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 25))));

    [Fact]
    public void Validate_NamesCsvLines_ForACsvDelivery()
    {
        var document = Gi(
            Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 24),
            Value("GM0796", IndicatorCatalogue.Instroomlijst, Measure.Ots, 31));
        document = document with { Figures = [document.Figures[0] with { Index = 2 }, document.Figures[1] with { Index = 3 }] };

        Assert.Equal(["regel 3: indicator 'instroomlijst' voor GM0796/OTS is 31, groter dan 'lopende-maatregelen' (24)"],
            new DeliveryValidator(_clock).Validate(document, DeliveryFormat.Csv, Context("GI-JBBRA")));
    }

    [Fact]
    public void Validate_CollectsEveryViolation_NotJustTheFirst()
    {
        var document = Gi(
            Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 24),
            Value("GM0796", IndicatorCatalogue.Instroomlijst, Measure.Ots, 31),
            Value("GM9999", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 3),
            Value("GM0855", IndicatorCatalogue.NieuweMaatregelen, Measure.Jr, -1),
            Value("ORG", IndicatorCatalogue.VerloopPercentage, null, 19.55m),
            Value("GM0855", IndicatorCatalogue.RaadGestart, null, 1)) with
        {
            LeveringId = "x",
            ReferenceDate = new LocalDate(2027, 1, 1),
        };

        var reasons = Validate(document);

        Assert.Equal(
        [
            "leveringId: 'x' is geen UUID (zoals 3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10)",
            "peildatum: 2027-01-01 ligt in de toekomst (vandaag is 2026-11-23)",
            "cijfers[2]: gebied 'GM9999' is geen gemeente die Instroom kent op de peildatum",
            "cijfers[3]: indicator 'nieuwe-maatregelen' voor GM0855/JR is -1; een aantal is nooit negatief",
            "cijfers[4]: indicator 'verloop-percentage' voor ORG is 19.55; een percentage heeft hoogstens één decimaal",
            "cijfers[5]: indicator 'raad-gestart' mag alleen de Raad voor de Kinderbescherming aanleveren; bron GI-JBBRA is een gecertificeerde instelling (GI)",
            "cijfers[1]: indicator 'instroomlijst' voor GM0796/OTS is 31, groter dan 'lopende-maatregelen' (24)",
        ], reasons);
    }

    private IReadOnlyList<string> Validate(DeliveryDocument document, string source = "GI-JBBRA") =>
        new DeliveryValidator(_clock).Validate(Numbered(document), DeliveryFormat.Json, Context(source));
}
