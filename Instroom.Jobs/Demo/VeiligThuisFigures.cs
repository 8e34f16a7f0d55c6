using Instroom.Data.Indicators;

namespace Instroom.Jobs.Demo;

/// <summary>
/// A Veilig Thuis organisation per gemeente: about 7,400 veiligheidsbeoordelingen and 1,500 onderzoeken due per 28
/// days nationally. Veilig Thuis ran behind the rest of the chain: in December 2023 only 5 of 25 organisations
/// assessed most meldingen within 5 werkdagen, and none finished all onderzoeken within 10 weeks.
/// </summary>
internal static class VeiligThuisFigures
{
    private const double NationalAssessmentsPerWindow = 7_400;
    private const double NationalInvestigationsPerWindow = 1_500;

    public static void AddTo(List<SimulatedFigure> figures, SimulationDay day)
    {
        foreach (var gemeente in day.Source.Gemeenten)
        {
            if (gemeente.CaseShare <= 0)
            {
                continue;
            }

            var code = gemeente.Code;
            var key = day.GemeenteKey(code);
            ulong Series(string indicator) => SimulationDay.Series(key, null, indicator);
            // The organisation's own offset is doubled: Veilig Thuis organisations differ more than the regions do.
            var pressure = RegionPressure.Clamp(day.GemeentePressure(gemeente) + Backlog(day.Year) + (2 * day.SourceOffset));
            var scale = gemeente.PopulationShare * gemeente.CaseShare * day.RateFactor(gemeente);

            var meanWaitDays = 12 + (80 * pressure);
            var expectedAssessments = NationalAssessmentsPerWindow * scale;
            var waiting = DemoCounts.Around(expectedAssessments * meanWaitDays / 28 * 0.3, Series(IndicatorCatalogue.VtWachtlijst), day.Day, 0.6);
            var assessments = DemoCounts.Around(expectedAssessments, Series(IndicatorCatalogue.VtBeoordelingTotaal), day.Day)
                + day.Correction(gemeente);
            var investigations = DemoCounts.Around(NationalInvestigationsPerWindow * scale, Series(IndicatorCatalogue.VtOnderzoekTotaal), day.Day);

            figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.VtWachtlijst, null, waiting));
            figures.Add(SimulatedFigure.Histogram(code, IndicatorCatalogue.VtWachtduur, null,
                DemoCounts.WaitingTimes(waiting, meanWaitDays, Series(IndicatorCatalogue.VtWachtduur), day.Day)));
            figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.VtBeoordelingTijdig, null, DemoCounts.PartOf(assessments,
                Math.Clamp(1.07 - (1.2 * pressure), 0.05, 0.97), Series(IndicatorCatalogue.VtBeoordelingTijdig), day.Day)));
            figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.VtBeoordelingTotaal, null, assessments));
            figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.VtOnderzoekTijdig, null, DemoCounts.PartOf(investigations,
                Math.Clamp(1.10 - (1.2 * pressure), 0.03, 0.93), Series(IndicatorCatalogue.VtOnderzoekTijdig), day.Day)));
            figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.VtOnderzoekTotaal, null, investigations));
        }
    }

    /// <summary>
    /// Simulation assumption: Veilig Thuis ran well behind the rest of the chain until the IGJ's findings of December
    /// 2023 and catches up during 2024, after which it follows its region like the others (no public figures yet).
    /// </summary>
    private static double Backlog(double year) => 0.25 * Math.Clamp(2025 - year, 0, 1);
}
