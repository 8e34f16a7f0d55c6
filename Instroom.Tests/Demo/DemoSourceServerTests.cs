using Instroom.Jobs.Contract;
using System.Net;
using System.Text.Json;
using Instroom.Jobs.Demo;
using NodaTime;

namespace Instroom.Tests.Demo;

/// <summary>Real HTTP calls to the demo source server's Kestrel on 127.0.0.1.</summary>
public sealed class DemoSourceServerTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private static readonly Instant Noon1June2024 = Instant.FromUtc(2024, 6, 1, 10, 0);

    [Fact]
    public void Server_ListensOnLoopbackOnADynamicPort()
    {
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
    }

    [Fact]
    public async Task Get_Answers200WithTheDelivery_ForAPastPeildatumWithTheToken()
    {
        server.Clock.Reset(Noon1June2024);
        var (code, peildatum) = OnTimeSource(DeliveryFormat.Json, new LocalDate(2024, 5, 20));

        using var response = await server.GetAsync(code, ContractInvariants.Iso(peildatum));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(code, json.RootElement.GetProperty("bron").GetString());
        Assert.Equal(ContractInvariants.Iso(peildatum), json.RootElement.GetProperty("peildatum").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("cijfers").EnumerateArray());
    }

    [Fact]
    public async Task Get_AnswersCsv_ForASourceThatSendsCsv()
    {
        server.Clock.Reset(Noon1June2024);
        var (code, peildatum) = OnTimeSource(DeliveryFormat.Csv, new LocalDate(2024, 5, 20));

        using var response = await server.GetAsync(code, ContractInvariants.Iso(peildatum));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal(DeliveryCsvWriter.Header, lines[0]);
        Assert.Contains($";{code};{ContractInvariants.Iso(peildatum)};", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-06-01")] // today: the night after it has not come yet
    [InlineData("2024-06-02")]
    [InlineData("2030-01-01")]
    public async Task Get_Answers404_WhenThePeildatumHasNotPassed(string peildatum)
    {
        server.Clock.Reset(Noon1June2024);

        using var response = await server.GetAsync("GI-JBRR", peildatum);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_Answers404_ForASourceThatIsNotRegistered()
    {
        server.Clock.Reset(Noon1June2024);

        using var response = await server.GetAsync("GI-ONBEKEND", "2024-05-01");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    [InlineData("")]
    public async Task Get_Answers401_WithoutTheRightToken(string? token)
    {
        server.Clock.Reset(Noon1June2024);

        using var response = await server.GetAsync("GI-JBRR", "2024-05-01", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-13-01")]
    [InlineData("1-5-2024")]
    [InlineData("20240501")]
    public async Task Get_Answers400_ForABadPeildatum(string peildatum)
    {
        server.Clock.Reset(Noon1June2024);

        using var response = await server.GetAsync("GI-JBRR", peildatum);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task LateDelivery_Answers404BeforeItsTime_And200After()
    {
        var (source, peildatum, behaviour) = KnownCases.First(server.Landscape, server.Simulator, DemoBehaviourKind.Late, new LocalDate(2024, 1, 1));
        var iso = ContractInvariants.Iso(peildatum);

        server.Clock.Reset(behaviour.AvailableFrom - Duration.FromMinutes(1));
        using var before = await server.GetAsync(source.Code, iso);
        server.Clock.Reset(behaviour.AvailableFrom);
        using var after = await server.GetAsync(source.Code, iso);

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task InvalidDelivery_IsServedInconsistent_ThenCorrectedTheNextNight()
    {
        var (source, peildatum, behaviour) = KnownCases.First(server.Landscape, server.Simulator, DemoBehaviourKind.Invalid, new LocalDate(2024, 1, 1));
        var iso = ContractInvariants.Iso(peildatum);
        var gemeenten = source.Gemeenten.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);

        server.Clock.Reset(behaviour.AvailableFrom);
        var first = await BodyAsJsonAsync(source.Code, iso);
        server.Clock.Reset(behaviour.CorrectedFrom!.Value);
        var correction = await BodyAsJsonAsync(source.Code, iso);

        Assert.Single(ContractInvariants.Violations(first, source.Code, source.Kind, iso, gemeenten));
        Assert.Empty(ContractInvariants.Violations(correction, source.Code, source.Kind, iso, gemeenten));
    }

    private async Task<byte[]> BodyAsJsonAsync(string code, string peildatum)
    {
        using var response = await server.GetAsync(code, peildatum);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        // A CSV source's delivery is rebuilt as JSON by the simulator for the same checks.
        if (DeliverySimulator.FormatOf(code) == DeliveryFormat.Csv)
        {
            var date = NodaTime.Text.LocalDatePattern.Iso.Parse(peildatum).Value;
            var version = server.Simulator.BehaviourOf(code, date).VersionAt(server.Clock.GetCurrentInstant())!.Value;
            var expected = server.Simulator.Simulate(server.Landscape.SourceOn(code, date)!, date, version);
            Assert.Equal(expected.ToCsv(), body);
            return expected.ToJson();
        }

        return body;
    }

    private (string Code, LocalDate Peildatum) OnTimeSource(DeliveryFormat format, LocalDate peildatum) =>
        server.Landscape.SourcesOn(peildatum)
            .Where(s => DeliverySimulator.FormatOf(s.Code) == format
                && server.Simulator.BehaviourOf(s.Code, peildatum).Kind == DemoBehaviourKind.OnTime)
            .Select(s => (s.Code, peildatum))
            .First();
}
