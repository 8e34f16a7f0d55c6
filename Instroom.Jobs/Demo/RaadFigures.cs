using Instroom.Data.Indicators;

namespace Instroom.Jobs.Demo;

/// <summary>
/// The Raad voor de Kinderbescherming per gemeente: about 1,700 requests for an onderzoek per 28 days nationally;
/// the waiting list follows from the requests and the average wait, which is near the 10-day norm only when the
/// region is calm and runs to months when it is not (families waiting over 3 months occur).
/// </summary>
internal static class RaadFigures
{
    private const double NationalRequestsPerWindow = 1_700;

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
            var pressure = RegionPressure.Clamp(day.GemeentePressure(gemeente) + 0.05 + day.SourceOffset);

            var expectedRequests = NationalRequestsPerWindow * gemeente.PopulationShare * gemeente.CaseShare * day.RateFactor(gemeente);
            // About 8 days when calm (median within the 10-day norm), median 10 days near pressure 0.27, a month near 0.55.
            var meanWaitDays = 5 * Math.Exp(3.9 * pressure);
            var waiting = DemoCounts.Around(expectedRequests * meanWaitDays / 28 * 0.8, Series(IndicatorCatalogue.RaadWachtlijst), day.Day, 0.6);
            var requests = DemoCounts.Around(expectedRequests, Series(IndicatorCatalogue.RaadVerzoeken), day.Day) + day.Correction(gemeente);
            var started = DemoCounts.Around(expectedRequests * (1.03 - (0.1 * pressure)), Series(IndicatorCatalogue.RaadGestart), day.Day);
            var urgent = DemoCounts.Around(expectedRequests * 0.09, Series(IndicatorCatalogue.RaadSpoedzaken), day.Day);

            figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.RaadWachtlijst, null, waiting));
            figures.Add(SimulatedFigure.Histogram(code, IndicatorCatalogue.RaadWachtduur, null,
                DemoCounts.WaitingTimes(waiting, meanWaitDays, Series(IndicatorCatalogue.RaadWachtduur), day.Day)));
            figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.RaadVerzoeken, null, requests));
            figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.RaadGestart, null, started));
            figures.Add(SimulatedFigure.Count(code, IndicatorCatalogue.RaadSpoedzaken, null, urgent));
        }
    }
}
