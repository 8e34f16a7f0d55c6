using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Rollups;
using Instroom.Data.Status;
using Instroom.Data.Storage;
using Instroom.Tests.Status.Support;
using Instroom.Tests.Support;
using NodaTime;

namespace Instroom.Tests.Status;

public sealed class RegionStatusStoreTests
{
    private static readonly IsoWeek Week47 = new(2026, 47);
    private static readonly Instant ComputedAt = Instant.FromUtc(2026, 11, 23, 6, 0);

    private static readonly StatusReasons Reasons = new(
        [
            new QuestionReasons(StatusQuestion.AssignedCaseworker, StatusColour.Red,
            [
                new StatusReason("zonder-vaste-jeugdbeschermer", RuleOutcome.Red, "Instroomlijst en doorstroomlijst 12,4% van lopende maatregelen — rood vanaf 10%"),
                new StatusReason("instroomlijst-wachttijd", RuleOutcome.Green, "Mediane wachttijd instroomlijst 3 dagen — groen (oranje boven 10 dagen)"),
            ]),
            new QuestionReasons(StatusQuestion.SuitableCare, StatusColour.Incomplete,
                [new StatusReason("vt-beoordeling-tijdig", RuleOutcome.Incomplete, "Veiligheidsbeoordeling … onvolledig — geen aanlevering van VT-A")]),
        ],
        ["Geen aanlevering in week 47 2026 van: VT-A Veilig Thuis Alfa (4 gemeenten)."]);

    private static RegionWeekStatus Status(string code, string kind, IsoWeek week, StatusColour colour, bool corrected = false) =>
        new(new RegionRef(code, code, kind), week, colour, Reasons, corrected, ComputedAt);

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Save_ThenForWeek_GivesEveryRegionsStatusWithItsReasons(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        await SmallWorld.CreateAsync(test);
        var store = new RegionStatusStore(test.Database);

        await store.SaveAsync([
            Status("JR02", AreaKind.Jeugdregio, Week47, StatusColour.Green),
            Status(AreaKind.NationalCode, AreaKind.Land, Week47, StatusColour.Red, corrected: true),
            Status("TZ01", AreaKind.Toezichtregio, Week47, StatusColour.Incomplete),
            Status("JR01", AreaKind.Jeugdregio, Week47.Previous, StatusColour.Orange),
        ]);
        var week = await store.ForWeekAsync(Week47);

        Assert.Equal([(AreaKind.NationalCode, StatusColour.Red, true), ("TZ01", StatusColour.Incomplete, false), ("JR02", StatusColour.Green, false)],
            week.Select(s => (s.Region.Code, s.Status, s.Corrected)));
        var national = week[0];
        Assert.Equal(new RegionRef(AreaKind.NationalCode, "Nederland", AreaKind.Land), national.Region);
        Assert.Equal(ComputedAt, national.ComputedAt);
        Assert.Equal(Reasons.Notes, national.Reasons.Notes);
        Assert.Equal(Reasons.Questions.Select(q => (q.Question, q.Status)), national.Reasons.Questions.Select(q => (q.Question, q.Status)));
        Assert.Equal(Reasons.Questions.SelectMany(q => q.Reasons), national.Reasons.Questions.SelectMany(q => q.Reasons));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Save_ReplacesTheStoredStatusOfThatRegionAndWeek(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        await SmallWorld.CreateAsync(test);
        var store = new RegionStatusStore(test.Database);
        await store.SaveAsync([Status("JR01", AreaKind.Jeugdregio, Week47, StatusColour.Red), Status("JR02", AreaKind.Jeugdregio, Week47, StatusColour.Red)]);

        await store.SaveAsync([Status("JR01", AreaKind.Jeugdregio, Week47, StatusColour.Green) with { Reasons = StatusReasons.None }]);

        var week = await store.ForWeekAsync(Week47);
        Assert.Equal([("JR01", StatusColour.Green), ("JR02", StatusColour.Red)], week.Select(s => (s.Region.Code, s.Status)));
        Assert.Empty(week[0].Reasons.Questions);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task LastWeeks_GivesOneRegionsWeeksUpToTheGivenWeek_OldestFirst_AcrossTheYearBoundary(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        await SmallWorld.CreateAsync(test);
        var store = new RegionStatusStore(test.Database);
        var week2 = new IsoWeek(2027, 2);
        await store.SaveAsync([
            Status("JR01", AreaKind.Jeugdregio, new IsoWeek(2026, 51), StatusColour.Red),
            Status("JR01", AreaKind.Jeugdregio, new IsoWeek(2026, 52), StatusColour.Red),
            Status("JR01", AreaKind.Jeugdregio, new IsoWeek(2026, 53), StatusColour.Orange),
            Status("JR01", AreaKind.Jeugdregio, new IsoWeek(2027, 1), StatusColour.Green),
            Status("JR01", AreaKind.Jeugdregio, new IsoWeek(2027, 3), StatusColour.Green),
            Status("JR02", AreaKind.Jeugdregio, week2, StatusColour.Red),
        ]);

        var weeks = await store.LastWeeksAsync("JR01", week2, 4);

        Assert.Equal([(new IsoWeek(2026, 52), StatusColour.Red), (new IsoWeek(2026, 53), StatusColour.Orange), (new IsoWeek(2027, 1), StatusColour.Green)],
            weeks.Select(s => (s.Week, s.Status)));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Save_ForAnUnknownRegion_Throws_AndStoresNothingOfTheBatch(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        await SmallWorld.CreateAsync(test);
        var store = new RegionStatusStore(test.Database);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.SaveAsync([Status("JR01", AreaKind.Jeugdregio, Week47, StatusColour.Red), Status("JR77", AreaKind.Jeugdregio, Week47, StatusColour.Red)]));

        Assert.Empty(await store.ForWeekAsync(Week47));
    }
}
