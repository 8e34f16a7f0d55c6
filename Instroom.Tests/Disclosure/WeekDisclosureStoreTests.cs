using Instroom.Data.Calendar;
using Instroom.Data.Disclosure;
using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Import;
using Instroom.Tests.Support;
using NodaTime;

namespace Instroom.Tests.Disclosure;

/// <summary>
/// The stored hidden totals of a week stay valid exactly as long as the deliveries the week was computed from: a
/// correction (or another policy) gives the week another key, so trends compute it again instead of trusting it.
/// </summary>
public sealed class WeekDisclosureStoreTests
{
    private static readonly LocalDate Sunday = new(2026, 11, 15);
    private static readonly IsoWeek Week = IsoWeek.Of(Sunday);

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task AStoredWeek_IsCurrentUntilACorrectionArrives(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Instant.FromUtc(2026, 11, 23, 9, 0));
        var store = harness.Get<WeekDisclosureStore>();
        await ImportAsync(harness, version: 1);
        var before = await store.CurrentKeysAsync(Week, Week, "5|Standaard");
        await store.SaveAsync(Week, before[Week], [("GM0014", "instroomlijst"), ("JZ01", "instroomlijst")], harness.Clock.GetCurrentInstant());

        var stored = await store.StoredKeysAsync(Week.Previous, Week);
        var hidden = await store.HiddenAsync("GM0014", "NL", Week.Previous, Week);
        await ImportAsync(harness, version: 2);
        var afterCorrection = await store.CurrentKeysAsync(Week, Week, "5|Standaard");
        var otherPolicy = await store.CurrentKeysAsync(Week, Week, "10|Standaard");

        Assert.Equal(before[Week], Assert.Single(stored).Value);
        Assert.Equal([new HiddenTotal(Week, "GM0014", "instroomlijst")], hidden);
        Assert.NotEqual(before[Week], afterCorrection[Week]);
        Assert.NotEqual(afterCorrection[Week], otherPolicy[Week]);
    }

    private static async Task ImportAsync(JobsHarness harness, int version)
    {
        var result = await harness.Get<DeliveryImporter>().ImportAsync(new ImportRequest("GI-JBBRA",
            await harness.SimulatedJsonAsync("GI-JBBRA", Sunday, version), DeliveryFormat.Json, "cli"));
        Assert.Equal(ImportOutcome.Imported, result.Outcome);
    }
}
