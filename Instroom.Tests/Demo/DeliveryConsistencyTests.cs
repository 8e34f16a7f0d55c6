using System.Text;
using CsCheck;
using Instroom.Data.Indicators;
using Instroom.Data.Text;
using Instroom.Jobs.Demo;
using NodaTime;

namespace Instroom.Tests.Demo;

/// <summary>Every simulated delivery keeps the contract, whatever source, date or seed.</summary>
public sealed class DeliveryConsistencyTests(DemoLandscapeFixture fixture) : IClassFixture<DemoLandscapeFixture>
{
    private static readonly LocalDate Start = new(2018, 1, 1);

    private Gen<(DemoSource Source, LocalDate Peildatum, int Seed, int Version)> Deliveries =>
        from day in Gen.Int[0, 9 * 365]
        let peildatum = Start.PlusDays(day)
        let sources = fixture.Landscape.SourcesOn(peildatum)
        from index in Gen.Int[0, sources.Count - 1]
        from seed in Gen.Int
        from version in Gen.Int[1, 3]
        select (sources[index], peildatum, seed, version);

    [Fact]
    public void EverySimulatedDelivery_KeepsTheContract_UnlessItIsMeantToBeInvalid()
    {
        var gemeenten = AllGemeenten();
        Deliveries.Sample(d =>
        {
            var simulator = new DeliverySimulator(d.Seed);
            var delivery = simulator.Simulate(d.Source, d.Peildatum, d.Version);
            var violations = ContractInvariants.Violations(delivery.ToJson(), d.Source.Code, d.Source.Kind,
                ContractInvariants.Iso(d.Peildatum), gemeenten);

            var meantToBeInvalid = d.Version == 1 && simulator.BehaviourOf(d.Source.Code, d.Peildatum).Kind == DemoBehaviourKind.Invalid;
            Assert.Equal(meantToBeInvalid ? 1 : 0, violations.Count);
        }, iter: 100);
    }

    [Fact]
    public void EverySourceOfOneNight_KeepsTheContract()
    {
        var gemeenten = AllGemeenten();
        var simulator = new DeliverySimulator(DemoSourceOptions.DefaultSeed);
        var peildatum = new LocalDate(2021, 7, 1);

        foreach (var source in fixture.Landscape.SourcesOn(peildatum))
        {
            // Version 2 is valid even on a night the source sent an invalid version 1.
            var violations = ContractInvariants.Violations(simulator.Simulate(source, peildatum, 2).ToJson(), source.Code, source.Kind,
                "2021-07-01", gemeenten);
            Assert.True(violations.Count == 0, $"{source.Code}: {string.Join("; ", violations)}");
        }
    }

    [Fact]
    public void EveryGemeenteOfAGi_HasEveryIndicatorForEveryMeasure()
    {
        var peildatum = new LocalDate(2025, 5, 5);
        var source = fixture.Landscape.SourceOn("GI-BJZL", peildatum)!;

        var delivery = new DeliverySimulator(3).Simulate(source, peildatum, 2);

        var perCell = delivery.Cijfers.Where(f => f.Gebied != IndicatorCatalogue.OrganisationArea)
            .GroupBy(f => (f.Gebied, f.Maatregel)).ToList();
        Assert.Equal(source.Gemeenten.Count * Measure.All.Count, perCell.Count);
        var expected = IndicatorCatalogue.For(Instroom.Data.Sources.SourceKind.GI).Where(i => i.HasMeasure).Select(i => i.Code).ToHashSet();
        Assert.All(perCell, cell =>
        {
            var missing = expected.Except(cell.Select(f => f.Indicator)).ToList();
            // Eerste contact is a norm for OTS, VOTS and JR only.
            Assert.Equal(cell.Key.Maatregel == Measure.Voogdij ? [IndicatorCatalogue.EersteContactTijdig, IndicatorCatalogue.EersteContactTotaal] : [], missing);
        });
    }

    [Fact]
    public void Csv_HoldsTheSameValuesAsJson()
    {
        var peildatum = new LocalDate(2023, 3, 3);
        var delivery = new DeliverySimulator(11).Simulate(fixture.Landscape.SourceOn("GI-SVMN", peildatum)!, peildatum);

        var text = Encoding.UTF8.GetString(delivery.ToCsv());
        var parsed = CsvReader.Parse(text, ';');

        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Equal("leveringId;bron;peildatum;aangemaakt;gebied;indicator;maatregel;klasse;waarde", string.Join(';', parsed.Rows[0].Fields));
        var rows = parsed.Rows.Skip(1).ToList();
        Assert.Equal(delivery.ValueCount, rows.Count);
        Assert.All(rows, row => Assert.Equal(
            [delivery.LeveringId.ToString(), "GI-SVMN", "2023-03-03"], row.Fields.Take(3)));
        var fromCsv = rows.Select(r => string.Join('|', r.Fields.Skip(4))).ToList();
        var fromJson = delivery.Cijfers.SelectMany(f => f.Verdeling is { } v
            ? WaitingTimeClass.All.Select((c, i) => $"{f.Gebied}|{f.Indicator}|{f.Maatregel}|{c.Code}|{v[i]}")
            : [$"{f.Gebied}|{f.Indicator}|{f.Maatregel}||{f.Waarde!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"]).ToList();
        Assert.Equal(fromJson, fromCsv);
    }

    private HashSet<string> AllGemeenten() =>
        fixture.Landscape.SourcesOn(new LocalDate(2025, 1, 1)).SelectMany(s => s.Gemeenten).Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
}
