using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Sources;
using Instroom.Data.Status;
using Instroom.Data.Storage;
using Instroom.Data.Supervision;
using Instroom.Tests.Status.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Instroom.Web.Features.Dashboard;

namespace Instroom.Tests.Dashboard.Support;

/// <summary>
/// A country full of small counts, for the disclosure crawl: every gemeente has 1 to 4 children on each list and
/// waiting, at its regional GI and at the Raad and Veilig Thuis, and some have 1 to 4 at the national GIs. One
/// distinctive case: in Kop van Noord-Holland (JZ03) Den Helder has 3 children on the instroomlijst, Schagen
/// <see cref="Distinctive"/> and the other two none, so the region total is 1.016 and only hiding Schagen too
/// protects Den Helder. Three weeks (the latest, the one before and four weeks back) with computed statuses.
/// </summary>
internal static class SmallCellsWorld
{
    public const string Region = "JZ03";
    public const string SmallGemeente = "GM0400";
    public const string LargeGemeente = "GM0441";
    public const int Distinctive = 1013;
    public const int RegionTotal = Distinctive + 3;

    private static readonly string[] EmptyGemeenten = ["GM0448", "GM1911"];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var database = services.GetRequiredService<InstroomDatabase>();
        var latest = DashboardWorld.LatestWeek(services.GetRequiredService<IClock>());
        var fixture = new FigureFixture(database);
        var coverage = await DashboardWorld.CoverageAsync(database);
        var weeks = new[] { latest.Plus(-4), latest.Previous, latest };
        foreach (var week in weeks)
        {
            var shift = week == latest ? 0 : week == latest.Previous ? 1 : 2;
            foreach (var (source, gemeenten) in coverage.BySource)
            {
                var delivery = fixture.Delivery(source, DashboardWorld.ReferenceDate(week));
                foreach (var gemeente in gemeenten)
                {
                    Figures(delivery, source, coverage.KindOf[source], gemeente, coverage.Index[gemeente] + shift);
                }

                await delivery.SaveAsync();
            }
        }

        await services.GetRequiredService<StatusRuleStore>().SeedDefaultsAsync();
        await services.GetRequiredService<RegionStatusRecomputer>().RecomputeWeeksAsync(weeks);
        await services.GetRequiredService<WeekHiddenTotals>().EnsureAsync(weeks.Min().Plus(-60), weeks.Max());
        await services.GetRequiredService<SupervisionPeriods>().StartAsync("TR09", latest.Plus(-8).Monday, null, null, "test");
    }

    private static void Figures(DeliveryBuilder delivery, string source, SourceKind kind, string g, int i)
    {
        int Small(int offset) => 1 + ((i + offset) % 4);
        switch (kind)
        {
            case SourceKind.RAAD:
                delivery.Figure(g, IndicatorCatalogue.RaadWachtlijst, Small(3))
                    .Histogram(g, IndicatorCatalogue.RaadWachtduur, Measure.None, Small(3), 0, 0, 0, 0, 0, 0)
                    .Figure(g, IndicatorCatalogue.RaadVerzoeken, Small(1)).Figure(g, IndicatorCatalogue.RaadGestart, Small(2))
                    .Figure(g, IndicatorCatalogue.RaadSpoedzaken, Small(0));
                return;
            case SourceKind.VT:
                delivery.Figure(g, IndicatorCatalogue.VtWachtlijst, Small(0))
                    .Histogram(g, IndicatorCatalogue.VtWachtduur, Measure.None, 0, Small(0), 0, 0, 0, 0, 0)
                    .Figure(g, IndicatorCatalogue.VtBeoordelingTijdig, Small(1)).Figure(g, IndicatorCatalogue.VtBeoordelingTotaal, Small(1) + 1)
                    .Figure(g, IndicatorCatalogue.VtOnderzoekTijdig, Small(2)).Figure(g, IndicatorCatalogue.VtOnderzoekTotaal, Small(2) + 2);
                return;
        }

        if (source is "GI-LDH" or "GI-WSG")
        {
            if (i % 5 == 0)
            {
                Gi(delivery, g, Measure.Jr, Small(1), Small(2) - 1, 0, Small(0) - 1, i);
            }

            return;
        }

        var intake = g == SmallGemeente ? 3 : g == LargeGemeente ? Distinctive : EmptyGemeenten.Contains(g) ? 0 : Small(0);
        var transfer = g is SmallGemeente or LargeGemeente || EmptyGemeenten.Contains(g) ? 0 : Small(1);
        Gi(delivery, g, Measure.Ots, 2000 + (i * 7), intake, transfer, Small(2), i);
    }

    private static void Gi(DeliveryBuilder delivery, string g, string measure, int lopende, int intake, int transfer, int care, int i) =>
        delivery
            .Figure(g, IndicatorCatalogue.LopendeMaatregelen, lopende, measure)
            .Figure(g, IndicatorCatalogue.Instroomlijst, intake, measure)
            .Histogram(g, IndicatorCatalogue.InstroomlijstWachtduur, measure, 0, 0, 0, intake, 0, 0, 0)
            .Figure(g, IndicatorCatalogue.Doorstroomlijst, transfer, measure)
            .Histogram(g, IndicatorCatalogue.DoorstroomlijstWachtduur, measure, 0, 0, transfer, 0, 0, 0, 0)
            .Figure(g, IndicatorCatalogue.NieuweMaatregelen, 1 + (i % 4), measure)
            .Figure(g, IndicatorCatalogue.BeeindigdeMaatregelen, 1 + ((i + 2) % 4), measure)
            .Figure(g, IndicatorCatalogue.EersteContactTijdig, 1 + (i % 3), measure)
            .Figure(g, IndicatorCatalogue.EersteContactTotaal, 4, measure)
            .Figure(g, IndicatorCatalogue.PlanVanAanpakTijdig, 1 + ((i + 1) % 3), measure)
            .Figure(g, IndicatorCatalogue.PlanVanAanpakTotaal, 4, measure)
            .Figure(g, IndicatorCatalogue.WachtOpHulp, care, measure)
            .Histogram(g, IndicatorCatalogue.WachtOpHulpWachtduur, measure, 0, 0, 0, 0, care, 0, 0);
}
