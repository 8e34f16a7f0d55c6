using Dapper;
using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using Instroom.Data.Storage;
using Instroom.Tests.Status.Support;
using Instroom.Tests.Support;
using NodaTime;

namespace Instroom.Tests.Rollups;

public sealed class RollupQueriesTests
{
    private static readonly IsoWeek Week47 = new(2026, 47);
    private static readonly LocalDate Monday = new(2026, 11, 16);
    private static readonly LocalDate Wednesday = new(2026, 11, 18);
    private static readonly LocalDate Friday = new(2026, 11, 20);
    private static readonly LocalDate Sunday = new(2026, 11, 22);

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task RegionWeek_UsesTheLatestCurrentDeliveryOfEachSourceWithinTheWeek(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.Delivery("GI-A", Monday).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 1, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Friday).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 5, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Sunday.PlusDays(1)).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 99, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Monday.PlusDays(-1)).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 77, Measure.Ots).SaveAsync();

        var week = await Queries(test).RegionWeekAsync("JR01", Week47);

        var instroomlijst = week!.Indicator(IndicatorCatalogue.Instroomlijst);
        Assert.Equal(5, instroomlijst.Count);
        Assert.Equal(Friday, Assert.Single(instroomlijst.Freshness.Sources).ReferenceDate);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task RegionWeek_OfAWeekWithAllSourcesDelivered_SumsTheGemeentenHandComputed(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.DeliverHealthyAsync(Friday);
        await fixture.Delivery("GI-A", Sunday).HealthyGi(SmallWorld.Jr01)
            .Histogram("GM0002", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Jr, 0, 0, 0, 0, 2, 0, 0)
            .Figure("GM0002", IndicatorCatalogue.Instroomlijst, 2, Measure.Jr)
            .SaveAsync();

        var jr01 = await Queries(test).RegionWeekAsync("JR01", Week47);
        var national = await Queries(test).RegionWeekAsync(AreaKind.NationalCode, Week47);

        Assert.True(jr01!.Completeness.IsComplete);
        Assert.Equal(2, jr01.GemeenteCount);
        // JR01: 1 + 1 on the OTS instroomlijst (0-5 days) and 2 on the JR instroomlijst (43-91 days).
        var instroomlijst = jr01.Indicator(IndicatorCatalogue.Instroomlijst);
        Assert.Equal(4, instroomlijst.Count);
        Assert.Equal(200, instroomlijst.Base);
        Assert.Equal(6, instroomlijst.Median!.Value.Days, 10);
        Assert.Equal(43 + 1.6 / 2 * 49, instroomlijst.P90!.Value.Days, 10);
        Assert.Equal("stand per 20-11-2026 t/m 22-11-2026", jr01.Freshness.Label);

        Assert.Equal(4, national!.GemeenteCount);
        Assert.Equal(6, national.Indicator(IndicatorCatalogue.Instroomlijst).Count);
        Assert.Equal(8, national.Indicator(IndicatorCatalogue.RaadWachtlijst).Count);
        Assert.Equal(90m, national.Indicator(IndicatorCatalogue.VtBeoordelingTijdig).Share);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task RegionWeek_MarksTheWeekIncomplete_WhenAnExpectedSourceDidNotDeliver(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.Delivery("GI-A", Friday).HealthyGi(SmallWorld.Jr01).SaveAsync();
        await fixture.Delivery("RAAD", Friday).HealthyRaad(SmallWorld.All).SaveAsync();

        var national = await Queries(test).RegionWeekAsync(AreaKind.NationalCode, Week47);

        Assert.Equal([("GI-B", 2), ("VT-A", 4)], national!.Completeness.Missing.Select(m => (m.Source.Code, m.GemeenteCount)));
        Assert.Equal(["GI-B"], national.Indicator(IndicatorCatalogue.Instroomlijst).Completeness.Missing.Select(m => m.Source.Code));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task RegionWeek_IsCorrected_WhenTheDeliveryUsedReplacedAnEarlierOne(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.Delivery("GI-A", Friday).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 5, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Friday).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 7, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-B", Wednesday).SaveAsync();
        await fixture.Delivery("GI-B", Wednesday).SaveAsync();
        await fixture.Delivery("GI-B", Friday).SaveAsync();

        var jr01 = await Queries(test).RegionWeekAsync("JR01", Week47);
        var jr02 = await Queries(test).RegionWeekAsync("JR02", Week47);

        Assert.Equal(7, jr01!.Indicator(IndicatorCatalogue.Instroomlijst).Count);
        Assert.True(jr01.Corrected);
        Assert.False(jr02!.Corrected);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task RegionWeek_LeavesOrganisationWideFiguresOnTheNationalAreaOutOfTheRollup(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.Delivery("GI-A", Friday)
            .Figure(AreaKind.NationalCode, IndicatorCatalogue.VerzuimPercentage, 7.5m)
            .Figure(AreaKind.NationalCode, IndicatorCatalogue.Instroomlijst, 1000, Measure.Ots)
            .Figure("GM0001", IndicatorCatalogue.Instroomlijst, 3, Measure.Ots)
            .SaveAsync();

        var national = await Queries(test).RegionWeekAsync(AreaKind.NationalCode, Week47);

        Assert.Equal(3, national!.Indicator(IndicatorCatalogue.Instroomlijst).Count);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task RegionWeek_UsesTheIndelingAndCoverageValidOnTheWeeksSunday(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        // GM0005 belongs to JR01 until Wednesday and to JR02 from then on; GI-C's coverage and GI-D itself end before Sunday.
        await fixture.AreaAsync("GM0005", AreaKind.Gemeente);
        await fixture.MemberAsync("GM0005", "JR01", validTo: Wednesday);
        await fixture.MemberAsync("GM0005", "JR02", validFrom: Wednesday);
        await fixture.SourceAsync("GI-C", SourceKind.GI);
        await fixture.CoverAsync("GI-C", ["GM0001"], validTo: Friday);
        await fixture.SourceAsync("GI-D", SourceKind.GI, validTo: Sunday);
        await fixture.CoverAsync("GI-D", ["GM0002"]);
        await fixture.Delivery("GI-A", Friday).Figure("GM0005", IndicatorCatalogue.Instroomlijst, 3, Measure.Ots).SaveAsync();

        var jr01 = await Queries(test).RegionWeekAsync("JR01", Week47);
        var jr02 = await Queries(test).RegionWeekAsync("JR02", Week47);
        var earlier = await Queries(test).RegionWeekAsync("JR01", Week47.Previous);

        Assert.Equal(0, jr01!.Indicator(IndicatorCatalogue.Instroomlijst).Count);
        Assert.Equal(3, jr02!.Indicator(IndicatorCatalogue.Instroomlijst).Count);
        Assert.DoesNotContain(jr01.Completeness.Missing, m => m.Source.Code is "GI-C" or "GI-D");
        Assert.Equal(3, earlier!.GemeenteCount);
        Assert.Contains(earlier.Completeness.Missing, m => m.Source.Code == "GI-C");
        Assert.Contains(earlier.Completeness.Missing, m => m.Source.Code == "GI-D");
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task RegionWeeks_GivesEveryJeugdregioToezichtregioAndTheNation_AndPartsAddUpToTheWhole(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.DeliverHealthyAsync(Friday);

        var weeks = await Queries(test).RegionWeeksAsync(Week47);

        Assert.Equal([AreaKind.NationalCode, "TZ01", "JR01", "JR02"], weeks.Select(w => w.Region.Code));
        var counts = weeks.ToDictionary(w => w.Region.Code, w => w.Indicator(IndicatorCatalogue.LopendeMaatregelen).Count);
        Assert.Equal(400, counts[AreaKind.NationalCode]);
        Assert.Equal(400, counts["TZ01"]);
        Assert.Equal(counts["JR01"] + counts["JR02"], counts[AreaKind.NationalCode]);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task RegionWeek_OfAnUnknownRegion_IsNull(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        await SmallWorld.CreateAsync(test);

        Assert.Null(await Queries(test).RegionWeekAsync("JR77", Week47));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task WeeksReceivedSince_GivesTheWeeksOfThePeildataOfNewDeliveries(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        var since = Instant.FromUtc(2026, 12, 1, 0, 0);
        await fixture.Delivery("GI-A", Friday).ReceivedAt(since - Duration.FromDays(10)).SaveAsync();
        await fixture.Delivery("GI-A", Wednesday).ReceivedAt(since + Duration.FromHours(1)).SaveAsync();
        await fixture.Delivery("GI-B", Friday.PlusWeeks(1)).ReceivedAt(since).SaveAsync();
        await fixture.Delivery("RAAD", Monday).ReceivedAt(since + Duration.FromHours(2)).SaveAsync();

        var weeks = await new RollupQueries(test.Database).WeeksReceivedSinceAsync(since);

        Assert.Equal([Week47, Week47.Plus(1)], weeks);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task RegionWeeks_WithTheRealReferenceData_CoverAll42Jeugdregios11ToezichtregiosAndTheNation(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        var weeks = await Queries(test).RegionWeeksAsync(Week47);

        Assert.Equal(54, weeks.Count);
        Assert.Equal(342, weeks.Single(w => w.Region.Code == AreaKind.NationalCode).GemeenteCount);
        Assert.Equal(342, weeks.Where(w => w.Region.Kind == AreaKind.Jeugdregio).Sum(w => w.GemeenteCount));
        Assert.Equal(342, weeks.Where(w => w.Region.Kind == AreaKind.Toezichtregio).Sum(w => w.GemeenteCount));
        // Nothing delivered: every region misses its sources, the landelijke GIs and the Raad among them.
        Assert.All(weeks, w => Assert.Contains(w.Completeness.Missing, m => m.Source.Code == "RAAD"));
        Assert.All(weeks, w => Assert.Contains(w.Completeness.Missing, m => m.Source.Code == "GI-LDH"));
        Assert.Equal(0, await test.ScalarAsync<int>("SELECT COUNT(*) FROM delivery"));
    }

    private static RegionWeekQueries Queries(TestDatabase test) => new(new RollupQueries(test.Database));
}
