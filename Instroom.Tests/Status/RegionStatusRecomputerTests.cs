using Instroom.Data.Areas;
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

namespace Instroom.Tests.Status;

public sealed class RegionStatusRecomputerTests
{
    private static readonly IsoWeek Week47 = new(2026, 47);
    private static readonly LocalDate Friday = new(2026, 11, 20);
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 5, 0);

    private sealed record Subject(RegionStatusRecomputer Recomputer, RegionStatusStore Statuses, FakeClock Clock);

    private static async Task<Subject> CreateAsync(TestDatabase test)
    {
        var clock = new FakeClock(Now);
        var rollups = new RollupQueries(test.Database);
        var rules = new StatusRuleStore(test.Database, clock);
        await rules.SeedDefaultsAsync();
        var statuses = new RegionStatusStore(test.Database);
        var recomputer = new RegionStatusRecomputer(new RegionWeekQueries(rollups), rollups, rules, statuses, clock,
            NullLogger<RegionStatusRecomputer>.Instance);
        return new Subject(recomputer, statuses, clock);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Recompute_StoresTheStatusOfEveryRegionOfTheWeek(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.DeliverHealthyAsync(Friday);
        var subject = await CreateAsync(test);

        var result = await subject.Recomputer.RecomputeAsync(Week47);

        Assert.Equal(new WeekRecomputation(Week47, Green: 4, Orange: 0, Red: 0, Incomplete: 0), result);
        var stored = await subject.Statuses.ForWeekAsync(Week47);
        Assert.Equal([AreaKind.NationalCode, "TZ01", "JR01", "JR02"], stored.Select(s => s.Region.Code));
        Assert.All(stored, s => Assert.Equal((StatusColour.Green, false, Now), (s.Status, s.Corrected, s.ComputedAt)));
        Assert.All(stored, s => Assert.Equal(3, s.Reasons.Questions.Count));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Correction_ChangesTheRecomputedStatusOfItsWeek_AndMarksItGecorrigeerd(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.DeliverHealthyAsync(Friday);
        await fixture.DeliverHealthyAsync(Friday.PlusWeeks(1));
        var subject = await CreateAsync(test);
        await subject.Recomputer.RecomputeWeeksAsync([Week47, Week47.Plus(1)]);
        subject.Clock.AdvanceDays(10);
        var since = subject.Clock.GetCurrentInstant();

        // GI-A corrects its Friday delivery: in GM0001 now 40 of 100 children are on the instroomlijst.
        await fixture.Delivery("GI-A", Friday)
            .HealthyGi(["GM0002"])
            .Figure("GM0001", IndicatorCatalogue.LopendeMaatregelen, 100, Measure.Ots)
            .Figure("GM0001", IndicatorCatalogue.Instroomlijst, 40, Measure.Ots)
            .Histogram("GM0001", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, 40, 0, 0, 0, 0, 0, 0)
            .ReceivedAt(since + Duration.FromMinutes(5))
            .SaveAsync();
        subject.Clock.AdvanceMinutes(10);
        var results = await subject.Recomputer.RecomputeReceivedSinceAsync(since);

        Assert.Equal([Week47], results.Select(r => r.Week));
        var week = (await subject.Statuses.ForWeekAsync(Week47)).ToDictionary(s => s.Region.Code);
        Assert.Equal((StatusColour.Red, true), (week["JR01"].Status, week["JR01"].Corrected));
        Assert.Equal((StatusColour.Red, true), (week[AreaKind.NationalCode].Status, week[AreaKind.NationalCode].Corrected));
        Assert.Equal((StatusColour.Green, false), (week["JR02"].Status, week["JR02"].Corrected));
        var reason = week["JR01"].Reasons.Questions.SelectMany(q => q.Reasons).Single(r => r.RuleCode == "zonder-vaste-jeugdbeschermer");
        Assert.Equal("Instroomlijst en doorstroomlijst 21,0% van lopende maatregelen — rood vanaf 10%", reason.Text);
        Assert.Contains(week["JR01"].Reasons.Notes, n => n.StartsWith("Gecorrigeerd: de aanlevering van GI-A", StringComparison.Ordinal));
        var nextWeek = (await subject.Statuses.ForWeekAsync(Week47.Plus(1))).Single(s => s.Region.Code == "JR01");
        Assert.Equal((StatusColour.Green, Now), (nextWeek.Status, nextWeek.ComputedAt));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Recompute_WithASourceMissing_IsOnvolledigWhereItWasExpected(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.Delivery("GI-A", Friday).HealthyGi(SmallWorld.Jr01).SaveAsync();
        await fixture.Delivery("RAAD", Friday).HealthyRaad(SmallWorld.All).SaveAsync();
        await fixture.Delivery("VT-A", Friday).HealthyVt(SmallWorld.All).SaveAsync();
        var subject = await CreateAsync(test);

        var result = await subject.Recomputer.RecomputeAsync(Week47);

        Assert.Equal(new WeekRecomputation(Week47, Green: 1, Orange: 0, Red: 0, Incomplete: 3), result);
        var week = (await subject.Statuses.ForWeekAsync(Week47)).ToDictionary(s => s.Region.Code);
        Assert.Equal(StatusColour.Green, week["JR01"].Status);
        Assert.Equal(StatusColour.Incomplete, week["JR02"].Status);
        Assert.Equal(["Geen aanlevering in week 47 2026 van: GI-B GI Beta (2 gemeenten)."], week["JR02"].Reasons.Notes);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Recompute_WithTheRealReferenceDataAndNoDeliveries_IsOnvolledigForAll54Regions(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var subject = await CreateAsync(test);

        var result = await subject.Recomputer.RecomputeAsync(Week47);

        Assert.Equal(new WeekRecomputation(Week47, Green: 0, Orange: 0, Red: 0, Incomplete: 54), result);
        Assert.Equal(54, (await subject.Statuses.ForWeekAsync(Week47)).Count);
    }
}
