using Instroom.Jobs.Contract;
using Instroom.Data.Calendar;
using Instroom.Jobs.Demo;
using NodaTime;

namespace Instroom.Tests.Demo;

public sealed class DemoBehaviourTests(DemoLandscapeFixture fixture) : IClassFixture<DemoLandscapeFixture>
{
    private static readonly LocalDate From = new(2024, 1, 1);
    private readonly DeliverySimulator _simulator = new(DemoSourceOptions.DefaultSeed);

    [Fact]
    public void LateAndInvalidNights_AreRareButOccur()
    {
        var behaviours = new List<DemoBehaviourKind>();
        for (var date = From; date.Year == 2024; date = date.PlusDays(1))
        {
            behaviours.AddRange(fixture.Landscape.SourcesOn(date).Select(s => _simulator.BehaviourOf(s.Code, date).Kind));
        }

        Assert.InRange(behaviours.Count(k => k == DemoBehaviourKind.Late) / (double)behaviours.Count, 0.005, 0.03);
        Assert.InRange(behaviours.Count(k => k == DemoBehaviourKind.Invalid) / (double)behaviours.Count, 0.002, 0.015);
    }

    [Fact]
    public void OnTimeDelivery_IsAvailableInTheNightAfterThePeildatum()
    {
        var (source, peildatum, behaviour) = KnownCases.First(fixture.Landscape, _simulator, DemoBehaviourKind.OnTime, From);

        var local = behaviour.AvailableFrom.InZone(DutchTime.Zone).LocalDateTime;

        Assert.Equal(peildatum.PlusDays(1), local.Date);
        Assert.InRange(local.Hour, 1, 2);
        Assert.Equal(behaviour.AvailableFrom, _simulator.Simulate(source, peildatum).Aangemaakt.ToInstant());
    }

    [Fact]
    public void LateDelivery_BecomesAvailableHoursAfterTheNormalTime()
    {
        var (_, peildatum, behaviour) = KnownCases.First(fixture.Landscape, _simulator, DemoBehaviourKind.Late, From);

        var normalLatest = (peildatum.PlusDays(1) + new LocalTime(3, 0)).InZoneLeniently(DutchTime.Zone).ToInstant();

        Assert.True(behaviour.AvailableFrom >= normalLatest + Duration.FromHours(1));
        Assert.True(behaviour.AvailableFrom < normalLatest + Duration.FromDays(2));
        Assert.Null(behaviour.VersionAt(behaviour.AvailableFrom - Duration.FromSeconds(1)));
        Assert.Equal(1, behaviour.VersionAt(behaviour.AvailableFrom));
    }

    [Fact]
    public void InvalidDelivery_HasOneHistogramThatDoesNotAddUp_AndItsCorrectionIsValid()
    {
        var (source, peildatum, behaviour) = KnownCases.First(fixture.Landscape, _simulator, DemoBehaviourKind.Invalid, From);
        var gemeenten = source.Gemeenten.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        var iso = ContractInvariants.Iso(peildatum);

        var invalid = ContractInvariants.Violations(_simulator.Simulate(source, peildatum).ToJson(), source.Code, source.Kind, iso, gemeenten);
        var corrected = ContractInvariants.Violations(_simulator.Simulate(source, peildatum, 2).ToJson(), source.Code, source.Kind, iso, gemeenten);

        Assert.Contains(" sums to ", Assert.Single(invalid), StringComparison.Ordinal);
        Assert.Empty(corrected);
        Assert.Equal(1, behaviour.VersionAt(behaviour.AvailableFrom));
        Assert.Equal(2, behaviour.VersionAt(behaviour.CorrectedFrom!.Value));
    }

    [Fact]
    public void SomeSourcesSendCsv_AndMostSendJson()
    {
        var formats = fixture.Landscape.SourcesOn(From).Select(s => DeliverySimulator.FormatOf(s.Code)).ToList();

        Assert.InRange(formats.Count(f => f == DeliveryFormat.Csv), 2, formats.Count / 4);
    }
}
