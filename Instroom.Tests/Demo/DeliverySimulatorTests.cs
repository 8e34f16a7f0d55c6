using System.Text.Json;
using Instroom.Jobs.Demo;
using NodaTime;

namespace Instroom.Tests.Demo;

public sealed class DeliverySimulatorTests(DemoLandscapeFixture fixture) : IClassFixture<DemoLandscapeFixture>
{
    private static readonly LocalDate Peildatum = new(2024, 1, 15);

    [Theory]
    [InlineData("GI-JBBRA")]
    [InlineData("GI-LDH")]
    [InlineData("RAAD")]
    [InlineData("VT-18")]
    public void Simulate_GivesIdenticalBytes_ForTheSameSourcePeildatumAndSeed(string code)
    {
        var source = fixture.Landscape.SourceOn(code, Peildatum)!;

        var first = new DeliverySimulator(7).Simulate(source, Peildatum);
        var second = new DeliverySimulator(7).Simulate(source, Peildatum);

        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.Equal(first.ToCsv(), second.ToCsv());
    }

    [Fact]
    public void Simulate_GivesDifferentDeliveries_ForDifferentPeildata()
    {
        var simulator = new DeliverySimulator(7);
        var source = fixture.Landscape.SourceOn("GI-JBRR", Peildatum)!;

        var today = simulator.Simulate(source, Peildatum);
        var tomorrow = simulator.Simulate(source, Peildatum.PlusDays(1));

        Assert.NotEqual(today.LeveringId, tomorrow.LeveringId);
        Assert.NotEqual(Values(today), Values(tomorrow));
    }

    [Fact]
    public void Simulate_GivesDifferentFigures_ForDifferentSeeds()
    {
        var source = fixture.Landscape.SourceOn("GI-JBRA", Peildatum)!;

        var one = new DeliverySimulator(1).Simulate(source, Peildatum);
        var other = new DeliverySimulator(2).Simulate(source, Peildatum);

        Assert.NotEqual(one.LeveringId, other.LeveringId);
        Assert.NotEqual(Values(one), Values(other));
    }

    [Fact]
    public void Correction_HasANewLeveringIdALaterTimeAndSomeChangedCounts()
    {
        var simulator = new DeliverySimulator(7);
        var source = fixture.Landscape.SourceOn("GI-JBW", Peildatum)!;

        var original = simulator.Simulate(source, Peildatum);
        var correction = simulator.Simulate(source, Peildatum, version: 2);

        Assert.NotEqual(original.LeveringId, correction.LeveringId);
        Assert.Equal((original.Bron, original.Peildatum), (correction.Bron, correction.Peildatum));
        Assert.True(correction.Aangemaakt.ToInstant() > original.Aangemaakt.ToInstant());
        var changed = original.Cijfers.Zip(correction.Cijfers).Count(pair => pair.First.Waarde != pair.Second.Waarde);
        Assert.InRange(changed, 1, original.Cijfers.Count / 10);
    }

    [Fact]
    public void Simulate_StaysSmooth_FromOneDayToTheNext()
    {
        // Stocks move gradually: a national total hardly changes overnight, but it does change over a season.
        var simulator = new DeliverySimulator(7);
        int Lopende(LocalDate date) => simulator.Simulate(fixture.Landscape.SourceOn("GI-JBGLD", date)!, date).Cijfers
            .Where(f => f.Indicator == Instroom.Data.Indicators.IndicatorCatalogue.LopendeMaatregelen).Sum(f => (int)f.Waarde!.Value);

        var today = Lopende(Peildatum);
        var tomorrow = Lopende(Peildatum.PlusDays(1));
        var nextSeason = Lopende(Peildatum.PlusDays(120));

        Assert.InRange(Math.Abs(tomorrow - today), 0, today / 50);
        Assert.NotEqual(today, nextSeason);
    }

    [Fact]
    public void LeveringId_IsTheRfcNameBasedUuidVersion5()
    {
        // RFC 9562 / Python uuid.uuid5(uuid.NAMESPACE_DNS, "www.example.com").
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        var id = LeveringIdentity.NameBased(dns, "www.example.com");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), id);
    }

    [Fact]
    public void Json_UsesTheContractsFieldNamesAndForms()
    {
        var source = fixture.Landscape.SourceOn("GI-JBOV", Peildatum)!;
        var delivery = new DeliverySimulator(7).Simulate(source, Peildatum);

        using var json = JsonDocument.Parse(delivery.ToJson());
        var root = json.RootElement;

        Assert.Equal(["schema", "leveringId", "bron", "peildatum", "aangemaakt", "cijfers"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2024-01-15", root.GetProperty("peildatum").GetString());
        Assert.Matches(@"^2024-01-16T0[1-4]:\d{2}:\d{2}\+01:00$", root.GetProperty("aangemaakt").GetString());
        var histogram = root.GetProperty("cijfers").EnumerateArray().First(f => f.TryGetProperty("verdeling", out _));
        Assert.Equal(["0-5", "6-10", "11-20", "21-42", "43-91", "92-182", "183+"],
            histogram.GetProperty("verdeling").EnumerateObject().Select(p => p.Name));
        var staffing = root.GetProperty("cijfers").EnumerateArray().Where(f => f.GetProperty("gebied").GetString() == "ORG").ToList();
        Assert.Equal(["verzuim-percentage", "verloop-percentage", "vacatures-fte"], staffing.Select(f => f.GetProperty("indicator").GetString()));
        Assert.All(staffing, f => Assert.False(f.TryGetProperty("maatregel", out _)));
    }

    private static List<decimal> Values(SimulatedDelivery delivery) =>
        delivery.Cijfers.Select(f => f.Waarde ?? f.Verdeling!.Sum()).ToList();
}
