using Instroom.Data.Indicators;

namespace Instroom.Jobs.Demo;

/// <summary>
/// The figures of a gecertificeerde instelling: per gemeente and measure the stocks, lists, flows and norms, and
/// the organisation's staffing on <c>ORG</c>. Levels from DOMAIN.md (see README.md in this folder).
/// </summary>
internal static class GiFigures
{
    private const double WindowDays = 28;

    public static void AddTo(List<SimulatedFigure> figures, SimulationDay day)
    {
        var weightedPressure = 0.0;
        var weight = 0.0;
        var lopendeTotal = 0;
        foreach (var gemeente in day.Source.Gemeenten)
        {
            if (gemeente.CaseShare <= 0)
            {
                continue;
            }

            var pressure = RegionPressure.Clamp(day.GemeentePressure(gemeente) + day.SourceOffset);
            var gemeenteKey = day.GemeenteKey(gemeente.Code);
            foreach (var measure in Measure.All)
            {
                lopendeTotal += AddMeasure(figures, day, gemeente, gemeenteKey, measure, pressure);
            }

            weightedPressure += pressure * gemeente.PopulationShare * gemeente.CaseShare;
            weight += gemeente.PopulationShare * gemeente.CaseShare;
        }

        AddStaffing(figures, day, weight > 0 ? weightedPressure / weight : RegionPressure.Clamp(0.35 + day.SourceOffset), lopendeTotal);
    }

    private static int AddMeasure(List<SimulatedFigure> figures, SimulationDay day, DemoGemeente gemeente, ulong gemeenteKey,
        string measure, double pressure)
    {
        var code = gemeente.Code;
        var level = Level.Of(measure, day.Year);
        ulong Series(string indicator) => SimulationDay.Series(gemeenteKey, measure, indicator);

        var expectedLopende = level.Lopende * gemeente.PopulationShare * gemeente.CaseShare * day.RateFactor(gemeente)
            * (1 + (0.04 * SmoothNoise.At(Series(IndicatorCatalogue.LopendeMaatregelen), day.Day, 90)));
        var counted = DemoCounts.Around(expectedLopende, Series(IndicatorCatalogue.LopendeMaatregelen), day.Day, 0.5);
        var expectedNew = expectedLopende * WindowDays / level.AverageDurationDays;
        var nieuwe = DemoCounts.Around(expectedNew, Series(IndicatorCatalogue.NieuweMaatregelen), day.Day);
        var beeindigd = DemoCounts.Around(expectedNew, Series(IndicatorCatalogue.BeeindigdeMaatregelen), day.Day);
        // The 5-werkdagen norm is the law's for OTS (and so VOTS) and JR; voogdij follows an earlier measure.
        var contactTotal = measure == Measure.Voogdij
            ? 0
            : DemoCounts.Around(expectedNew * 0.95, Series(IndicatorCatalogue.EersteContactTotaal), day.Day);
        var planTotal = DemoCounts.Around(expectedNew * 0.9, Series(IndicatorCatalogue.PlanVanAanpakTotaal), day.Day);

        // A GI without any case of the measure in the gemeente (often VOTS, or a national GI) sends nothing for it:
        // that keeps a national night light. Decided before a correction, so both versions hold the same figures.
        if (counted == 0 && nieuwe == 0 && beeindigd == 0 && contactTotal == 0 && planTotal == 0)
        {
            return 0;
        }

        var lopende = counted + day.Correction(gemeente);

        // Children without a vaste jeugdbeschermer: instroomlijst + doorstroomlijst, never more than the measures.
        var instroom = Math.Min(lopende, DemoCounts.Around(
            lopende * (0.004 + (0.042 * pressure)) * level.IntakeListFactor, Series(IndicatorCatalogue.Instroomlijst), day.Day, 0.7));
        var doorstroom = Math.Min(lopende - instroom, DemoCounts.Around(
            lopende * (0.003 + (0.034 * pressure)) * level.TransferListFactor, Series(IndicatorCatalogue.Doorstroomlijst), day.Day, 0.7));
        var waitingForCare = Math.Min(lopende, DemoCounts.Around(
            lopende * CareWaitingShare(pressure) * level.CareFactor, Series(IndicatorCatalogue.WachtOpHulp), day.Day, 0.5));

        figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.LopendeMaatregelen, measure, lopende));
        figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.Instroomlijst, measure, instroom));
        figures.Add(SimulatedFigure.Histogram(code, IndicatorCatalogue.InstroomlijstWachtduur, measure,
            DemoCounts.WaitingTimes(instroom, IntakeMeanWaitDays(pressure), Series(IndicatorCatalogue.InstroomlijstWachtduur), day.Day)));
        figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.Doorstroomlijst, measure, doorstroom));
        figures.Add(SimulatedFigure.Histogram(code, IndicatorCatalogue.DoorstroomlijstWachtduur, measure,
            DemoCounts.WaitingTimes(doorstroom, 0.8 * IntakeMeanWaitDays(pressure), Series(IndicatorCatalogue.DoorstroomlijstWachtduur), day.Day)));
        figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.NieuweMaatregelen, measure, nieuwe));
        figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.BeeindigdeMaatregelen, measure, beeindigd));
        if (measure != Measure.Voogdij)
        {
            figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.EersteContactTijdig, measure,
                DemoCounts.PartOf(contactTotal, level.FirstContactShare(pressure), Series(IndicatorCatalogue.EersteContactTijdig), day.Day)));
            figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.EersteContactTotaal, measure, contactTotal));
        }

        figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.PlanVanAanpakTijdig, measure,
            DemoCounts.PartOf(planTotal, level.PlanShare(pressure), Series(IndicatorCatalogue.PlanVanAanpakTijdig), day.Day)));
        figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.PlanVanAanpakTotaal, measure, planTotal));
        figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.WachtOpHulp, measure, waitingForCare));
        figures.Add(SimulatedFigure.Histogram(code, IndicatorCatalogue.WachtOpHulpWachtduur, measure,
            DemoCounts.WaitingTimes(waitingForCare, 32 * Math.Exp(2.57 * pressure), Series(IndicatorCatalogue.WachtOpHulpWachtduur), day.Day)));
        return lopende;
    }

    /// <summary>
    /// Mean wait on the instroomlijst: about a week in a calm region, two weeks near pressure 0.24 (median 10 days),
    /// two months near 0.55 (median six weeks) and "a few months" where the chain is stuck.
    /// </summary>
    private static double IntakeMeanWaitDays(double pressure) => 4.8 * Math.Exp(4.6 * pressure);

    /// <summary>
    /// Share of measures waiting for passende hulp: about 6% in a calm region, 10% near pressure 0.23, 25% near 0.45
    /// and over 40% where the chain is stuck; about a third nationally around 2021–2024.
    /// </summary>
    private static double CareWaitingShare(double pressure) =>
        0.055 + (0.9 * pressure * pressure) + (0.6 * Math.Pow(pressure, 4));

    /// <summary>
    /// Staffing follows the organisation's pressure: absence about 7% with spells of 15% and more, turnover about
    /// 20% a year, vacancies a few percent of the staff (about one jeugdbeschermer per 14 measures, plus support).
    /// </summary>
    private static void AddStaffing(List<SimulatedFigure> figures, SimulationDay day, double pressure, int lopende)
    {
        var key = StableHash.Combine(day.SourceKey, IndicatorCatalogue.OrganisationArea);
        var spell = Math.Max(0, SmoothNoise.At(StableHash.Combine(key, "verzuimgolf"), day.Day, 120) - 0.7) * 40;
        var absence = 4.0 + (9 * pressure) + (14 * Math.Pow(Math.Max(0, pressure - 0.55), 2)) + spell
            + (0.8 * SmoothNoise.Standard(StableHash.Combine(key, IndicatorCatalogue.VerzuimPercentage), day.Day));
        var turnover = 13 + (18 * pressure) + (2 * SmoothNoise.Standard(StableHash.Combine(key, IndicatorCatalogue.VerloopPercentage), day.Day));
        var staff = lopende / 14.0 * 1.3;
        var vacancies = DemoCounts.Around(staff * (0.03 + (0.10 * pressure)), StableHash.Combine(key, IndicatorCatalogue.VacaturesFte), day.Day, 0.5);

        var org = IndicatorCatalogue.OrganisationArea;
        figures.Add(new SimulatedFigure(org, IndicatorCatalogue.VerzuimPercentage, null, DemoCounts.Percentage(absence), null));
        figures.Add(new SimulatedFigure(org, IndicatorCatalogue.VerloopPercentage, null, DemoCounts.Percentage(turnover), null));
        figures.Add(SimulatedFigure.Count(org, IndicatorCatalogue.VacaturesFte, null, vacancies));
    }

    /// <summary>National levels and behaviour per measure (DOMAIN.md, "Other figures"; 2018 as the anchor year).</summary>
    private sealed record Level(
        double Lopende,
        double AverageDurationDays,
        double IntakeListFactor,
        double TransferListFactor,
        double CareFactor,
        bool IsJeugdreclassering)
    {
        private static readonly Level Ots2018 = new(29_550, 700, 1.0, 1.0, 1.05, false);
        private static readonly Level Vots = new(1_600, 90, 2.5, 0.6, 0.9, false);
        private static readonly Level Voogdij2018 = new(11_665, 2_900, 0.4, 0.8, 0.85, false);
        private static readonly Level Jr2018 = new(9_360, 330, 0.9, 0.8, 0.75, true);

        public static Level Of(string measure, double year) => measure switch
        {
            Measure.Ots => Ots2018 with { Lopende = Ots2018.Lopende - (120 * (year - 2018)) },
            Measure.Vots => Vots,
            Measure.Voogdij => Voogdij2018 with { Lopende = Voogdij2018.Lopende + (50 * (year - 2018)) },
            Measure.Jr => Jr2018 with { Lopende = Jr2018.Lopende - (80 * (year - 2018)) },
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Onbekende maatregel."),
        };

        /// <summary>
        /// First contact in time: 2019 ranged 14%–62.5% (JB) and 17.5%–52.5% (JR) per GI. The demo stretches this:
        /// calm regions reach over 90%, so a region crosses 80% near pressure 0.24 and 50% near 0.49; JR is worse.
        /// </summary>
        public double FirstContactShare(double pressure) => IsJeugdreclassering
            ? Math.Clamp(0.95 - (1.2 * pressure), 0.08, 0.9)
            : Math.Clamp(1.15 - (1.2 * pressure), 0.1, 0.98);

        /// <summary>
        /// Plan van aanpak in time: 13%–67% (JB) and 13%–28% (JR) in 2019, nationally still in those ranges; calm
        /// regions do much better (crossing 80% near pressure 0.23 and 50% near 0.47), JR lags behind.
        /// </summary>
        public double PlanShare(double pressure) => IsJeugdreclassering
            ? Math.Clamp(0.70 - (1.35 * pressure), 0.08, 0.9)
            : Math.Clamp(1.2 - (1.2 * pressure), 0.1, 0.98);
    }
}
