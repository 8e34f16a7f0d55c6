using Instroom.Data.Indicators;
using Instroom.Data.Sources;
using Instroom.Jobs.Demo;
using NodaTime;

namespace Instroom.Tests.Demo;

/// <summary>The simulated nation looks like the one in DOMAIN.md.</summary>
public sealed class DemoLevelsTests(DemoLandscapeFixture fixture) : IClassFixture<DemoLandscapeFixture>
{
    private static readonly LocalDate January2024 = new(2024, 1, 15);
    private static readonly string[] UnderToezicht = ["TR08", "TR09", "TR10", "TR11"];
    private static readonly string[] Green = ["TR01", "TR02"];

    private readonly DeliverySimulator _simulator = new(DemoSourceOptions.DefaultSeed);

    [Fact]
    public void NationalStocks_AreAtTheKnownLevels()
    {
        var night = Night(January2024);

        Assert.InRange(Sum(night, IndicatorCatalogue.LopendeMaatregelen, Measure.Ots), 27_000, 33_000);
        Assert.InRange(Sum(night, IndicatorCatalogue.LopendeMaatregelen, Measure.Voogdij), 10_000, 13_500);
        Assert.InRange(Sum(night, IndicatorCatalogue.LopendeMaatregelen, Measure.Jr), 7_500, 10_500);
        Assert.InRange(Sum(night, IndicatorCatalogue.LopendeMaatregelen, Measure.Vots), 500, 3_000);
        // About 1,500 children without a vaste jeugdbeschermer in January 2024, instroom- and doorstroomlijst together.
        var instroom = Sum(night, IndicatorCatalogue.Instroomlijst);
        Assert.InRange(instroom, 500, 1_300);
        Assert.InRange(instroom + Sum(night, IndicatorCatalogue.Doorstroomlijst), 1_000, 2_200);
        // About a third waits for passende hulp.
        Assert.InRange(Sum(night, IndicatorCatalogue.WachtOpHulp) / Sum(night, IndicatorCatalogue.LopendeMaatregelen), 0.25, 0.42);
    }

    [Fact]
    public void Norms_AreMetAsRarelyAsTheInspectiesFound()
    {
        var night = Night(January2024);

        Assert.InRange(Share(night, IndicatorCatalogue.EersteContactTijdig, IndicatorCatalogue.EersteContactTotaal), 0.15, 0.65);
        Assert.InRange(Share(night, IndicatorCatalogue.PlanVanAanpakTijdig, IndicatorCatalogue.PlanVanAanpakTotaal), 0.13, 0.67);
        Assert.InRange(Share(night, IndicatorCatalogue.PlanVanAanpakTijdig, IndicatorCatalogue.PlanVanAanpakTotaal, Measure.Jr), 0.10, 0.30);
        // In 2019 a GI met the norm in 14%–62.5% of cases; the demo stretches the spread (a calm region's GI does far
        // better, see Demo/README.md) so the status rules show every colour.
        var perGi = night.Where(d => Kind(d) == SourceKind.GI && Sum([d], IndicatorCatalogue.EersteContactTotaal) >= 50)
            .Select(gi => Share([gi], IndicatorCatalogue.EersteContactTijdig, IndicatorCatalogue.EersteContactTotaal)).ToList();
        Assert.All(perGi, share => Assert.InRange(share, 0.10, 0.95));
        Assert.Contains(perGi, share => share < 0.5);
        Assert.Contains(perGi, share => share > 0.8);
    }

    [Fact]
    public void Staffing_HasAbsenceAroundSevenPercentWithOutliersAndTurnoverAroundTwenty()
    {
        var absence = new List<double>();
        var turnover = new List<double>();
        for (var date = new LocalDate(2022, 1, 2); date.Year < 2025; date = date.PlusWeeks(7))
        {
            foreach (var gi in GiNight(date))
            {
                absence.Add(Sum([gi], IndicatorCatalogue.VerzuimPercentage));
                turnover.Add(Sum([gi], IndicatorCatalogue.VerloopPercentage));
            }
        }

        Assert.InRange(absence.Average(), 5.5, 9.5);
        Assert.InRange(absence.Max(), 13, 27);
        Assert.InRange(absence.Min(), 2, 6);
        Assert.InRange(turnover.Average(), 16, 25);
    }

    [Fact]
    public void Raad_MissesItsTenDayNorm_AndSomeFamiliesWaitOverThreeMonths()
    {
        var night = Night(January2024);
        var classes = Histogram(night, IndicatorCatalogue.RaadWachtduur);

        // More than a third has waited beyond the 10-day norm (classes from 11 days on).
        Assert.True(classes[3..].Sum() > classes.Sum() / 3.0);
        Assert.True(classes[5] + classes[6] > 0);
        Assert.InRange(Sum(night, IndicatorCatalogue.RaadVerzoeken), 1_200, 2_400);
    }

    [Fact]
    public void VeiligThuis_AssessesFewMeldingenInTime_AndFinishesFewOnderzoekenWithinTenWeeks()
    {
        var night = Night(new LocalDate(2023, 12, 15));
        var organisations = night.Where(d => Kind(d) == SourceKind.VT).ToList();

        var mostlyInTime = organisations.Count(vt => Share([vt], IndicatorCatalogue.VtBeoordelingTijdig, IndicatorCatalogue.VtBeoordelingTotaal) > 0.5);

        Assert.Equal(25, organisations.Count);
        Assert.InRange(mostlyInTime, 1, 9);
        Assert.InRange(Share(night, IndicatorCatalogue.VtOnderzoekTijdig, IndicatorCatalogue.VtOnderzoekTotaal), 0.05, 0.45);
        Assert.All(organisations, vt => Assert.True(
            Sum([vt], IndicatorCatalogue.VtOnderzoekTijdig) < Sum([vt], IndicatorCatalogue.VtOnderzoekTotaal), vt.Bron));
    }

    [Fact]
    public void RegionsUnderToezicht_AreWorseThanTheGreenRegions_OverAYear()
    {
        var underToezicht = new List<double>();
        var green = new List<double>();
        var firstContactUnderToezicht = new List<double>();
        var firstContactGreen = new List<double>();
        for (var date = new LocalDate(2024, 1, 7); date.Year == 2024; date = date.PlusWeeks(3))
        {
            var byRegion = WithoutCaseworkerByToezichtregio(date);
            underToezicht.AddRange(UnderToezicht.Select(r => byRegion[r].WithoutShare));
            green.AddRange(Green.Select(r => byRegion[r].WithoutShare));
            firstContactUnderToezicht.AddRange(UnderToezicht.Select(r => byRegion[r].FirstContactShare));
            firstContactGreen.AddRange(Green.Select(r => byRegion[r].FirstContactShare));
        }

        Assert.True(underToezicht.Average() > 1.5 * green.Average(), $"{underToezicht.Average():P1} vs {green.Average():P1}");
        Assert.True(firstContactUnderToezicht.Average() < firstContactGreen.Average());
    }

    [Fact]
    public void Rijnmond_ImprovesAfterItsTimeUnderToezicht()
    {
        double Year(int year) => Enumerable.Range(0, 9)
            .Select(i => WithoutCaseworkerByToezichtregio(new LocalDate(year, 1, 10).PlusWeeks(6 * i))["TR10"].WithoutShare)
            .Average();

        var (during, after) = (Year(2021), Year(2025));

        Assert.True(after < 0.8 * during, $"{after:P1} vs {during:P1}");
    }

    [Fact]
    public void SmallGemeenten_HaveCountsSmallEnoughForDisclosureControl()
    {
        var night = Night(January2024);
        var intakeCells = night.Where(d => Kind(d) == SourceKind.GI).SelectMany(d => d.Cijfers)
            .Where(f => f.Indicator == IndicatorCatalogue.Instroomlijst).Select(f => (int)f.Waarde!.Value).ToList();

        Assert.InRange(intakeCells.Count(v => v is >= 1 and <= 4) / (double)intakeCells.Count, 0.10, 0.9);
        Assert.Contains(intakeCells, v => v >= 10);
    }

    [Fact]
    public void LargeCities_HaveMoreMeasuresThanAnyOtherGemeente()
    {
        var lopende = Night(January2024).SelectMany(d => d.Cijfers)
            .Where(f => f.Indicator == IndicatorCatalogue.LopendeMaatregelen && f.Maatregel == Measure.Ots)
            .GroupBy(f => f.Gebied).ToDictionary(g => g.Key, g => g.Sum(f => f.Waarde!.Value));
        string[] cities = ["GM0363", "GM0599", "GM0518", "GM0344"];

        var largestOther = lopende.Where(p => !cities.Contains(p.Key)).Max(p => p.Value);

        Assert.All(cities, city => Assert.True(lopende[city] > largestOther, city));
    }

    [Fact]
    public void NationalGis_DeliverForTheLargerGemeenten_AboutFifteenPercent()
    {
        foreach (var code in new[] { "GI-LDH", "GI-WSG" })
        {
            var source = fixture.Landscape.SourceOn(code, January2024)!;
            Assert.InRange(source.Gemeenten.Count, 342 / 10, 342 / 5);
            Assert.True(source.Gemeenten.Average(g => g.PopulationShare) > 2.0 / 342, code);
        }
    }

    [Fact]
    public void ANationalNight_HasFiftyFiveToSixtyFiveThousandValues()
    {
        var night = Night(January2024);

        Assert.Equal(41, night.Count);
        // The regional GIs alone deliver about 41,000 values (every gemeente, every measure, three histograms each).
        Assert.InRange(night.Sum(d => d.ValueCount), 55_000, 65_000);
    }

    private Dictionary<string, (double WithoutShare, double FirstContactShare)> WithoutCaseworkerByToezichtregio(LocalDate date)
    {
        var regionOf = fixture.Landscape.SourcesOn(date).SelectMany(s => s.Gemeenten).DistinctBy(g => g.Code)
            .ToDictionary(g => g.Code, g => g.Toezichtregio);
        var figures = GiNight(date).SelectMany(d => d.Cijfers)
            .Where(f => f.Gebied != IndicatorCatalogue.OrganisationArea).ToList();
        return figures.GroupBy(f => regionOf[f.Gebied]).ToDictionary(g => g.Key, g =>
        {
            double Total(string indicator) => g.Where(f => f.Indicator == indicator).Sum(f => (double)f.Waarde!.Value);
            return ((Total(IndicatorCatalogue.Instroomlijst) + Total(IndicatorCatalogue.Doorstroomlijst)) / Total(IndicatorCatalogue.LopendeMaatregelen),
                Total(IndicatorCatalogue.EersteContactTijdig) / Total(IndicatorCatalogue.EersteContactTotaal));
        });
    }

    private List<SimulatedDelivery> Night(LocalDate date) =>
        fixture.Landscape.SourcesOn(date).Select(s => _simulator.Simulate(s, date, 2)).ToList();

    private List<SimulatedDelivery> GiNight(LocalDate date) =>
        fixture.Landscape.SourcesOn(date).Where(s => s.Kind == SourceKind.GI).Select(s => _simulator.Simulate(s, date, 2)).ToList();

    private SourceKind Kind(SimulatedDelivery delivery) => fixture.Landscape.SourceOn(delivery.Bron, delivery.Peildatum)!.Kind;

    private static double Sum(IEnumerable<SimulatedDelivery> deliveries, string indicator, string? measure = null) =>
        deliveries.SelectMany(d => d.Cijfers).Where(f => f.Indicator == indicator && (measure is null || f.Maatregel == measure))
            .Sum(f => (double)(f.Waarde ?? 0));

    private static double Share(IEnumerable<SimulatedDelivery> deliveries, string part, string total, string? measure = null)
    {
        var list = deliveries.ToList();
        return Sum(list, part, measure) / Sum(list, total, measure);
    }

    private static int[] Histogram(IEnumerable<SimulatedDelivery> deliveries, string indicator) =>
        deliveries.SelectMany(d => d.Cijfers).Where(f => f.Indicator == indicator)
            .Aggregate(new int[WaitingTimeClass.All.Count], (sum, f) =>
            {
                for (var i = 0; i < sum.Length; i++)
                {
                    sum[i] += f.Verdeling![i];
                }

                return sum;
            });
}
