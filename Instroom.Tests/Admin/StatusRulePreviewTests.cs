using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Status;
using Instroom.Data.Storage;
using Instroom.Tests.Status.Support;
using Instroom.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace Instroom.Tests.Admin;

public sealed class StatusRulePreviewTests
{
    private static readonly LocalDate Friday = new(2026, 11, 20);
    private static readonly IsoWeek Week47 = new(2026, 47);
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 5, 0);
    private const string Rule = "zonder-vaste-jeugdbeschermer";

    /// <summary>
    /// The small world with JR01 at 2% and JR02 at 3% of its children without a vaste jeugdbeschermer (so TZ01 and NL at
    /// 2,5%); statuses of week 47 computed with the default rules.
    /// </summary>
    private static async Task<(StatusRulePreview Preview, RegionWeekQueries Weeks, StatusRuleStore Rules)> CreateAsync(TestDatabase test)
    {
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.Delivery("GI-A", Friday).HealthyGi(SmallWorld.Jr01).SaveAsync();
        await fixture.Delivery("GI-B", Friday).HealthyGi(["GM0004"])
            .Figure("GM0003", IndicatorCatalogue.LopendeMaatregelen, 100, Measure.Ots)
            .Figure("GM0003", IndicatorCatalogue.Instroomlijst, 3, Measure.Ots)
            .Histogram("GM0003", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, 3, 0, 0, 0, 0, 0, 0)
            .Figure("GM0003", IndicatorCatalogue.Doorstroomlijst, 1, Measure.Ots)
            .Histogram("GM0003", IndicatorCatalogue.DoorstroomlijstWachtduur, Measure.Ots, 1, 0, 0, 0, 0, 0, 0)
            .Figure("GM0003", IndicatorCatalogue.NieuweMaatregelen, 5, Measure.Ots)
            .Figure("GM0003", IndicatorCatalogue.BeeindigdeMaatregelen, 4, Measure.Ots)
            .Figure("GM0003", IndicatorCatalogue.EersteContactTijdig, 9, Measure.Ots)
            .Figure("GM0003", IndicatorCatalogue.EersteContactTotaal, 10, Measure.Ots)
            .Figure("GM0003", IndicatorCatalogue.PlanVanAanpakTijdig, 9, Measure.Ots)
            .Figure("GM0003", IndicatorCatalogue.PlanVanAanpakTotaal, 10, Measure.Ots)
            .Figure("GM0003", IndicatorCatalogue.WachtOpHulp, 2, Measure.Ots)
            .Histogram("GM0003", IndicatorCatalogue.WachtOpHulpWachtduur, Measure.Ots, 0, 2, 0, 0, 0, 0, 0)
            .SaveAsync();
        await fixture.Delivery("RAAD", Friday).HealthyRaad(SmallWorld.All).SaveAsync();
        await fixture.Delivery("VT-A", Friday).HealthyVt(SmallWorld.All).SaveAsync();

        var clock = new FakeClock(Now);
        var rollups = new RollupQueries(test.Database);
        var weeks = new RegionWeekQueries(rollups);
        var rules = new StatusRuleStore(test.Database, clock);
        await rules.SeedDefaultsAsync();
        await new RegionStatusRecomputer(weeks, rollups, rules, new RegionStatusStore(test.Database), clock, NullLogger<RegionStatusRecomputer>.Instance)
            .RecomputeAsync(Week47);
        return (new StatusRulePreview(weeks, rules, new RegionStatusHistory(test.Database), clock), weeks, rules);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Preview_ListsTheRegionsThatChangeColour_InTheLatestWeekWithStatuses(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var (preview, _, _) = await CreateAsync(test);

        var result = await preview.PreviewAsync(new StatusRuleChange(Rule, 2.5m, 10, true));

        Assert.NotNull(result);
        Assert.Equal(Week47, result.Week);
        Assert.Equal(4, result.Regions);
        Assert.Equal([("NL", StatusColour.Green, StatusColour.Orange), ("TZ01", StatusColour.Green, StatusColour.Orange)],
            result.Changes.Select(c => (c.Region.Code, c.Before, c.After)).Order());
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Preview_MatchesEvaluatingTheWeekWithTheNewRules(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var (preview, weeks, rules) = await CreateAsync(test);
        var current = await rules.LoadAsync();
        var regionWeeks = await weeks.RegionWeeksAsync(Week47);

        foreach (var (orange, red, enabled) in new[] { (1m, 2m, true), (2.5m, 3m, true), (3m, 10m, true), (3m, 10m, false), (2m, 50m, true) })
        {
            var result = await preview.PreviewAsync(new StatusRuleChange(Rule, orange, red, enabled));
            var changed = current.Select(r => r.RuleCode == Rule ? r with { OrangeThreshold = orange, RedThreshold = red, Enabled = enabled } : r).ToList();
            var expected = regionWeeks
                .Where(w => StatusEvaluator.Evaluate(w, current).Status != StatusEvaluator.Evaluate(w, changed).Status)
                .Select(w => (w.Region.Code, StatusEvaluator.Evaluate(w, changed).Status));

            Assert.Equal(expected, result!.Changes.Select(c => (c.Region.Code, c.After)));
        }
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Preview_OfTheCurrentThresholds_ChangesNothing_AndOfAnUnknownRuleIsNull(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var (preview, _, _) = await CreateAsync(test);

        Assert.Empty((await preview.PreviewAsync(new StatusRuleChange(Rule, 3, 10, true)))!.Changes);
        Assert.Null(await preview.PreviewAsync(new StatusRuleChange("bestaat-niet", 3, 10, true)));
    }
}
