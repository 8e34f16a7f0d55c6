using Dapper;
using Instroom.Data.Status;
using Instroom.Data.Storage;
using Instroom.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Instroom.Tests.Status;

public sealed class StatusRuleStoreTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 8, 30);

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task SeedDefaults_FillsAnEmptyTable_WithTheDocumentedDefaults(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var store = new StatusRuleStore(test.Database, new FakeClock(Now));

        var added = await store.SeedDefaultsAsync();
        var rules = await store.LoadAsync();

        var defaults = DefaultStatusRules.Load(Now);
        Assert.Equal(defaults.Count, added);
        Assert.Equal(defaults.OrderBy(r => r.Question).ThenBy(r => r.RuleCode, StringComparer.Ordinal), rules);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task SeedDefaults_LeavesATableWithRulesAlone(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var store = new StatusRuleStore(test.Database, new FakeClock(Now));
        await store.SeedDefaultsAsync();
        await store.UpdateAsync(new StatusRuleChange("eerste-contact-tijdig", 90, 60, false), "beheerder");
        await using (var connection = await test.Database.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM status_rule WHERE rule_code <> 'eerste-contact-tijdig'");
        }

        var added = await store.SeedDefaultsAsync();

        var rule = Assert.Single(await store.LoadAsync());
        Assert.Equal(0, added);
        Assert.Equal((90m, 60m, false, "beheerder"), (rule.OrangeThreshold, rule.RedThreshold, rule.Enabled, rule.UpdatedBy));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Update_StoresNewThresholds_WithWhoAndWhen(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var clock = new FakeClock(Now);
        var store = new StatusRuleStore(test.Database, clock);
        await store.SeedDefaultsAsync();
        clock.AdvanceHours(2);

        var result = await store.UpdateAsync(new StatusRuleChange("instroomlijst-wachttijd", 14, 35.5m, true), "beheerder@example.nl");

        Assert.True(result.Succeeded);
        var stored = (await store.LoadAsync()).Single(r => r.RuleCode == "instroomlijst-wachttijd");
        Assert.Equal(result.Rule, stored);
        Assert.Equal((14m, 35.5m, true), (stored.OrangeThreshold, stored.RedThreshold, stored.Enabled));
        Assert.Equal((Now + Duration.FromHours(2), "beheerder@example.nl"), (stored.UpdatedAt, stored.UpdatedBy));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Update_WithThresholdsInTheWrongOrder_IsRefusedInDutch_AndChangesNothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var store = new StatusRuleStore(test.Database, new FakeClock(Now));
        await store.SeedDefaultsAsync();

        var result = await store.UpdateAsync(new StatusRuleChange("eerste-contact-tijdig", 40, 50, true), "beheerder");

        Assert.False(result.Succeeded);
        Assert.Equal(["De oranje drempel (40) moet hoger liggen dan de rode drempel (50): bij 'lager is slechter' komt oranje eerst."], result.Errors);
        var stored = (await store.LoadAsync()).Single(r => r.RuleCode == "eerste-contact-tijdig");
        Assert.Equal((80m, 50m, DefaultStatusRules.SeededBy), (stored.OrangeThreshold, stored.RedThreshold, stored.UpdatedBy));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Update_OfAnUnknownRule_SaysItDoesNotExist(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var store = new StatusRuleStore(test.Database, new FakeClock(Now));

        var result = await store.UpdateAsync(new StatusRuleChange("bestaat-niet", 1, 2, true), "beheerder");

        Assert.Equal(["Statusregel 'bestaat-niet' bestaat niet."], result.Errors);
    }
}
