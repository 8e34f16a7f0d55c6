using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Demo;
using Instroom.Jobs.Import;
using Instroom.Tests.Support;
using NodaTime;

namespace Instroom.Tests.Demo;

/// <summary>The simulator is checked by the real contract validator and importer, not only by its own invariants.</summary>
public sealed class SimulatorMeetsContractTests
{
    [Fact]
    public async Task EverySimulatedDeliveryOfANight_IsImported_ExceptTheDeliberatelyInvalidOnes()
    {
        var night = new LocalDate(2026, 11, 22);
        await using var harness = await JobsHarness.CreateAsync(DatabaseProvider.Sqlite, Instant.FromUtc(2026, 11, 23, 9, 0));
        var landscape = await harness.Get<DemoLandscapeQueries>().LoadAsync();
        var simulator = new DeliverySimulator(DemoSourceOptions.DefaultSeed);
        var importer = harness.Get<DeliveryImporter>();

        var outcomes = new List<(string Source, ImportOutcome Outcome, IReadOnlyList<string> Reasons, bool DeliberatelyInvalid)>();
        foreach (var source in landscape.SourcesOn(night))
        {
            var delivery = simulator.Simulate(source, night);
            var csv = DeliverySimulator.FormatOf(source.Code) == DeliveryFormat.Csv;
            var result = await importer.ImportAsync(new ImportRequest(source.Code, csv ? delivery.ToCsv() : delivery.ToJson(),
                csv ? DeliveryFormat.Csv : DeliveryFormat.Json, "test"));
            outcomes.Add((source.Code, result.Outcome, result.Reasons,
                simulator.BehaviourOf(source.Code, night).Kind == DemoBehaviourKind.Invalid));
        }

        Assert.Equal(41, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(
            o.Outcome == (o.DeliberatelyInvalid ? ImportOutcome.Rejected : ImportOutcome.Imported),
            $"{o.Source}: {o.Outcome} {string.Join("; ", o.Reasons)}"));
    }
}
