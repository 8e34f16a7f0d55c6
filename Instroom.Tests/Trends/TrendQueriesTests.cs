using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using Instroom.Data.Status;
using Instroom.Data.Storage;
using Instroom.Data.Trends;
using Instroom.Tests.Status.Support;
using Instroom.Tests.Support;
using NodaTime;

namespace Instroom.Tests.Trends;

public sealed class TrendQueriesTests
{
    private static readonly IsoWeek Week47 = new(2026, 47);
    private static readonly LocalDate Monday = new(2026, 11, 16);
    private static readonly LocalDate Wednesday = new(2026, 11, 18);
    private static readonly LocalDate Friday = new(2026, 11, 20);
    private static readonly LocalDate Sunday = new(2026, 11, 22);

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Trend_UsesPerSourceTheLatestCurrentDeliveryWithinEachIsoWeek(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.Delivery("GI-A", Monday.PlusDays(-1)).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 11, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Monday).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 21, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Friday).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 25, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Sunday.PlusDays(1)).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 31, Measure.Ots).SaveAsync();

        var series = await TrendAsync(test, "JR01", IndicatorCatalogue.Instroomlijst, Week47.Previous, Week47.Next());

        Assert.Equal([11m, 25m, 31m], series.Weeks.Select(w => w.Count));
        Assert.Equal([Monday.PlusDays(-1), Friday, Sunday.PlusDays(1)], series.Weeks.Select(w => w.Freshness.Newest!.Value));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Trend_OfAWeekWithACorrection_UsesTheCorrectingDelivery_AndMarksTheWeekCorrected(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.Delivery("GI-A", Friday.PlusWeeks(-1)).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 8, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Friday).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 5, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Friday).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 7, Measure.Ots)
            .Figure("GM0002", IndicatorCatalogue.Instroomlijst, 2, Measure.Jr).SaveAsync();

        var series = await TrendAsync(test, "JR01", IndicatorCatalogue.Instroomlijst, Week47.Previous, Week47);

        Assert.Equal([8m, 9m], series.Weeks.Select(w => w.Count));
        Assert.Equal([false, true], series.Weeks.Select(w => w.Corrected));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Trend_TakesWaitingTimesFromTheSummedHistogramOfTheArea_NotFromTheGemeentenMedians(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        // GM0001: 3 children at 0-5 days (median 3); GM0002: 1 child at 183+ and 1 at 43-91 (median in 43-91).
        // Summed: 0-5: 3, 43-91: 1, 183+: 1, so 5 children; the median (2.5th child) lies in 0-5: 0 + 2.5/3 * 6 = 5 days.
        await fixture.Delivery("GI-A", Friday)
            .Figure("GM0001", IndicatorCatalogue.Instroomlijst, 3, Measure.Ots)
            .Histogram("GM0001", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, 3, 0, 0, 0, 0, 0, 0)
            .Figure("GM0002", IndicatorCatalogue.Instroomlijst, 2, Measure.Jr)
            .Histogram("GM0002", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Jr, 0, 0, 0, 0, 1, 0, 1)
            .SaveAsync();

        var series = await TrendAsync(test, "JR01", StatusIndicators.InstroomlijstWachtduurMediaan, Week47, Week47);

        var week = Assert.Single(series.Weeks);
        Assert.Equal(5m, week.Count);
        Assert.Equal([3L, 0, 0, 0, 1, 0, 1], week.Histogram!.Counts);
        Assert.Equal(5, week.Median!.Value.Days, 10);
        // P90 is the 4.5th child: in 183+, so open-ended.
        Assert.True(week.P90!.Value.IsOpenEnded);
        Assert.Equal("≥ 183 dagen", week.P90.Value.ToDutchString());
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Trend_IsNoData_WithoutADeliveryOfTheKind_AndZero_WhenTheExpectedSourceDeliveredNothingForTheArea(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.Delivery("GI-A", Friday).Figure("GM0003", IndicatorCatalogue.Instroomlijst, 4, Measure.Ots).SaveAsync();
        await fixture.Delivery("RAAD", Friday.PlusWeeks(-1)).HealthyRaad(SmallWorld.All).SaveAsync();

        var series = await TrendAsync(test, "JR01", IndicatorCatalogue.Instroomlijst, Week47.Previous, Week47);

        Assert.Equal([null, 0m], series.Weeks.Select(w => w.Count));
        Assert.Equal(["GI-A"], series.Weeks[0].Completeness.Missing.Select(m => m.Source.Code));
        Assert.True(series.Weeks[1].Completeness.IsComplete);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Trend_OfAGemeente_CountsOnlyThatGemeente_AndOfTheNation_Everything(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.DeliverHealthyAsync(Friday);

        var gemeente = await TrendAsync(test, "GM0003", StatusIndicators.ZonderVasteJeugdbeschermerAandeel, Week47, Week47);
        var national = await TrendAsync(test, AreaKind.NationalCode, StatusIndicators.ZonderVasteJeugdbeschermerAandeel, Week47, Week47);

        Assert.Equal((2m, 100m), (gemeente.Weeks[0].Count!.Value, gemeente.Weeks[0].Base!.Value));
        Assert.Equal((8m, 400m), (national.Weeks[0].Count!.Value, national.Weeks[0].Base!.Value));
        Assert.Equal(2m, national.Weeks[0].Share);
        Assert.Equal(["GI-B"], gemeente.Weeks[0].Freshness.Sources.Select(s => s.Source.Code));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Trend_CountsAGemeenteForTheRegionItBelongsToOnThePeildatum(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.AreaAsync("GM0005", AreaKind.Gemeente);
        await fixture.MemberAsync("GM0005", "JR01", validTo: Monday);
        await fixture.MemberAsync("GM0005", "JR02", validFrom: Monday);
        await fixture.Delivery("GI-A", Friday.PlusWeeks(-1)).Figure("GM0005", IndicatorCatalogue.Instroomlijst, 6, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Friday).Figure("GM0005", IndicatorCatalogue.Instroomlijst, 9, Measure.Ots).SaveAsync();

        var jr01 = await TrendAsync(test, "JR01", IndicatorCatalogue.Instroomlijst, Week47.Previous, Week47);
        var jr02 = await TrendAsync(test, "JR02", IndicatorCatalogue.Instroomlijst, Week47.Previous, Week47);

        Assert.Equal([6m, 0m], jr01.Weeks.Select(w => w.Count));
        Assert.Equal([null, 9m], jr02.Weeks.Select(w => w.Count));
    }

    /// <summary>The trend of a week must say what the region's weekly page says, for every indicator a trend can follow.</summary>
    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Trend_AgreesWithTheRegionWeek_ForEveryTrendIndicator(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.DeliverHealthyAsync(Wednesday);
        await fixture.Delivery("GI-A", Friday).HealthyGi(SmallWorld.Jr01)
            .Figure("GM0002", IndicatorCatalogue.Instroomlijst, 3, Measure.Jr)
            .Histogram("GM0002", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Jr, 0, 0, 1, 0, 0, 2, 0)
            .Figure("GM0001", IndicatorCatalogue.WachtOpHulp, 7, Measure.Voogdij)
            .Histogram("GM0001", IndicatorCatalogue.WachtOpHulpWachtduur, Measure.Voogdij, 0, 0, 0, 3, 4, 0, 0)
            .SaveAsync();
        var regionWeek = (await new RegionWeekQueries(new RollupQueries(test.Database)).RegionWeekAsync("JR01", Week47))!;

        foreach (var indicator in TrendIndicators.All)
        {
            var week = (await TrendAsync(test, "JR01", indicator.Code, Week47, Week47)).Weeks.Single();
            switch (indicator.Kind)
            {
                case TrendValueKind.Share:
                    var status = StatusIndicatorReading(indicator, regionWeek);
                    Assert.True(status == decimal.Round(week.Share!.Value, 1, MidpointRounding.AwayFromZero), indicator.Code);
                    break;
                case TrendValueKind.WaitingTime:
                    var list = regionWeek.Indicator(indicator.CountCodes[0]);
                    Assert.True(list.Count == week.Count && list.Median == week.Median && list.P90 == week.P90, indicator.Code);
                    break;
                default:
                    Assert.True(regionWeek.Indicator(indicator.Code).Count == week.Count, indicator.Code);
                    break;
            }
        }
    }

    private static decimal StatusIndicatorReading(TrendIndicator indicator, RegionWeek week) =>
        StatusIndicators.TryGet(indicator.Code, out var status) ? status.Read(week).Value : throw new KeyNotFoundException(indicator.Code);

    private static async Task<TrendSeries> TrendAsync(TestDatabase test, string area, string indicatorCode, IsoWeek from, IsoWeek to)
    {
        Assert.True(TrendIndicators.TryGet(indicatorCode, out var indicator), indicatorCode);
        var input = await new TrendQueries(test.Database).LoadAsync(area, indicator, from, to);
        return TrendSeriesBuilder.Build(input, indicator, from, to);
    }
}

internal static class IsoWeekSteps
{
    public static IsoWeek Next(this IsoWeek week) => week.Plus(1);
}
