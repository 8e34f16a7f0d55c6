using Dapper;
using Instroom.Data.Storage;
using Instroom.Data.Supervision;
using Instroom.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Instroom.Tests.Supervision;

public sealed class SupervisionPeriodsTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 9, 30);

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Start_PlansTheEndSixMonthsLater_WhenNoEndIsGiven(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var periods = Periods(test);

        var started = await periods.StartAsync("TR10", new LocalDate(2026, 8, 31), null, "Te veel kinderen zonder vaste jeugdbeschermer.", "inspecteur-a");

        var stored = Assert.Single(await periods.ForRegionAsync("TR10"));
        Assert.Equal(started, stored);
        Assert.Equal(new LocalDate(2027, 2, 28), stored.PlannedEnd);
        Assert.Equal(("TR10", "Rijnmond"), (stored.AreaCode, stored.AreaName));
        Assert.Null(stored.ActualEnd);
        Assert.Equal("inspecteur-a", stored.SetBy);
        Assert.Equal(Now, stored.CreatedAt);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Start_IsRefused_WhenTheRegionIsUnderToezichtAlready(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var periods = Periods(test);
        await periods.StartAsync("TR08", new LocalDate(2026, 6, 1), null, null, "inspecteur-a");

        var refused = await Assert.ThrowsAsync<SupervisionPeriodException>(() =>
            periods.StartAsync("TR08", new LocalDate(2026, 9, 1), null, null, "inspecteur-b"));

        Assert.Equal("Brabant staat al onder verscherpt toezicht sinds 1 juni 2026; beëindig die periode eerst.", refused.Message);
        Assert.Single(await periods.ForRegionAsync("TR08"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Start_IsRefused_WhenThePlannedEndIsNotAfterTheStart(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var periods = Periods(test);

        var refused = await Assert.ThrowsAsync<SupervisionPeriodException>(() =>
            periods.StartAsync("TR09", new LocalDate(2026, 6, 1), new LocalDate(2026, 5, 31), null, "inspecteur-a"));

        Assert.Equal("De geplande einddatum (31 mei 2026) ligt niet na de startdatum (1 juni 2026).", refused.Message);
        Assert.Empty(await periods.AllAsync());
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Start_IsRefused_ForAnUnknownRegionOrAGemeente(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var periods = Periods(test);

        var unknown = await Assert.ThrowsAsync<SupervisionPeriodException>(() =>
            periods.StartAsync("TR99", new LocalDate(2026, 6, 1), null, null, "inspecteur-a"));
        var gemeente = await Assert.ThrowsAsync<SupervisionPeriodException>(() =>
            periods.StartAsync("GM0599", new LocalDate(2026, 6, 1), null, null, "inspecteur-a"));

        Assert.Equal("Regio 'TR99' bestaat niet.", unknown.Message);
        Assert.Equal("Rotterdam (GM0599) is geen toezichtregio of jeugdregio; verscherpt toezicht geldt voor een regio.", gemeente.Message);
        Assert.Empty(await periods.AllAsync());
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Start_IsAllowedForAJeugdregio(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var periods = Periods(test);

        var started = await periods.StartAsync("JZ29", new LocalDate(2026, 6, 1), new LocalDate(2026, 9, 1), null, "inspecteur-a");

        Assert.Equal(new LocalDate(2026, 9, 1), started.PlannedEnd);
        Assert.Single(await periods.OpenOnAsync(new LocalDate(2026, 6, 1)));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task End_ClosesThePeriod_RecordsWhoEndedIt_AndAllowsANewOne(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var periods = Periods(test);
        var first = await periods.StartAsync("TR11", new LocalDate(2026, 1, 15), null, "Start na het rapport.", "inspecteur-a");

        var ended = await periods.EndAsync(first.Id, new LocalDate(2026, 8, 1), "Verbetering aangetoond.", "inspecteur-b");
        var second = await periods.StartAsync("TR11", new LocalDate(2026, 10, 1), null, null, "inspecteur-a");

        var stored = await periods.ForRegionAsync("TR11");
        Assert.Equal([first.Id, second.Id], stored.Select(period => period.Id));
        Assert.Equal(ended, stored[0]);
        Assert.Equal(new LocalDate(2026, 8, 1), stored[0].ActualEnd);
        Assert.Equal("Start na het rapport.\nBeëindigd door inspecteur-b: Verbetering aangetoond.", stored[0].Note);
        Assert.Equal("inspecteur-a", stored[0].SetBy);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task End_IsRefused_BeforeTheStart_Twice_OrForAnUnknownPeriod(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var periods = Periods(test);
        var period = await periods.StartAsync("TR10", new LocalDate(2026, 6, 1), null, null, "inspecteur-a");

        var beforeStart = await Assert.ThrowsAsync<SupervisionPeriodException>(() =>
            periods.EndAsync(period.Id, new LocalDate(2026, 5, 1), null, "inspecteur-a"));
        await periods.EndAsync(period.Id, new LocalDate(2026, 12, 1), null, "inspecteur-a");
        var twice = await Assert.ThrowsAsync<SupervisionPeriodException>(() =>
            periods.EndAsync(period.Id, new LocalDate(2026, 12, 2), null, "inspecteur-b"));
        var unknown = await Assert.ThrowsAsync<SupervisionPeriodException>(() =>
            periods.EndAsync(period.Id + 100, new LocalDate(2026, 12, 2), null, "inspecteur-b"));

        Assert.Equal("De einddatum (1 mei 2026) ligt niet na de startdatum (1 juni 2026) van het verscherpt toezicht op Rijnmond.", beforeStart.Message);
        Assert.Equal("Het verscherpt toezicht op Rijnmond is al beëindigd per 1 december 2026.", twice.Message);
        Assert.Equal($"Periode {period.Id + 100} van verscherpt toezicht bestaat niet.", unknown.Message);
        Assert.Equal(new LocalDate(2026, 12, 1), Assert.Single(await periods.ForRegionAsync("TR10")).ActualEnd);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Start_IsRefused_WhenItFallsInAnEarlierPeriod(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var periods = Periods(test);
        var period = await periods.StartAsync("TR09", new LocalDate(2026, 3, 1), null, null, "inspecteur-a");
        await periods.EndAsync(period.Id, new LocalDate(2026, 9, 1), null, "inspecteur-a");

        var refused = await Assert.ThrowsAsync<SupervisionPeriodException>(() =>
            periods.StartAsync("TR09", new LocalDate(2026, 8, 1), null, null, "inspecteur-b"));

        Assert.Contains("(1 maart 2026 tot 1 september 2026)", refused.Message, StringComparison.Ordinal);
        Assert.Single(await periods.ForRegionAsync("TR09"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task OpenOn_ListsTheRegionsUnderToezichtThatDay_FromStartUntilTheEndDate(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var periods = Periods(test);
        var brabant = await periods.StartAsync("TR08", new LocalDate(2026, 1, 1), new LocalDate(2026, 7, 1), null, "inspecteur-a");
        await periods.EndAsync(brabant.Id, new LocalDate(2026, 7, 1), null, "inspecteur-a");
        await periods.StartAsync("TR10", new LocalDate(2026, 3, 1), new LocalDate(2026, 6, 1), null, "inspecteur-a");
        await periods.StartAsync("TR11", new LocalDate(2026, 6, 30), null, null, "inspecteur-a");

        async Task<string[]> OpenOn(int month, int day) =>
            (await periods.OpenOnAsync(new LocalDate(2026, month, day))).Select(period => period.AreaCode).ToArray();

        Assert.Equal(["TR08"], await OpenOn(2, 28));
        Assert.Equal(["TR08", "TR10"], await OpenOn(3, 1));
        Assert.Equal(["TR08", "TR10", "TR11"], await OpenOn(6, 30));
        // 1 July is Brabant's end date: no longer under toezicht. Rijnmond passed its planned end but was never ended.
        Assert.Equal(["TR10", "TR11"], await OpenOn(7, 1));
        var rijnmond = (await periods.OpenOnAsync(new LocalDate(2026, 7, 1)))[0];
        Assert.True(rijnmond.IsOverdueOn(new LocalDate(2026, 7, 1)));
        Assert.Equal(["TR08", "TR10", "TR11"], (await periods.AllAsync()).Select(period => period.AreaCode));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Nothing_IsSeeded_BecauseThe2021StartDateIsNotInTheSources(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        Assert.Equal(0, await test.ScalarAsync<int>("SELECT COUNT(*) FROM supervision_period"));
        Assert.Equal(["TR08", "TR09", "TR10", "TR11"], Supervision2021.RegionCodes);
        Assert.Contains("startdatum niet in de bronnen; aanname", Supervision2021.AssumedStartNote, StringComparison.Ordinal);
    }

    private static SupervisionPeriods Periods(TestDatabase test) => new(test.Database, new FakeClock(Now));
}
