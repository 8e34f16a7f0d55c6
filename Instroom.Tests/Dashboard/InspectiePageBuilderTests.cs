using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Rollups;
using Instroom.Data.Status;
using Instroom.Data.Supervision;
using Instroom.Tests.Dashboard.Support;
using Instroom.Web.Features.Inspectie;
using Instroom.Web.Features.Map;
using Instroom.Web.Features.Overview;
using NodaTime;

namespace Instroom.Tests.Dashboard;

public sealed class InspectiePageBuilderTests
{
    private static readonly LocalDate Today = new(2026, 11, 23);
    private static readonly IsoWeek Latest = new(2026, 47);
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 9, 0);

    private static RegionStatusMark Mark(string code, string kind, IsoWeek week, StatusColour status) =>
        new(new RegionRef(code, code, kind), week, status, false);

    private static InspectiePage Build(IReadOnlyList<SupervisionPeriod> periods, IReadOnlyList<RegionStatusMark> marks, OverviewLevel level = OverviewLevel.Toezichtregio) =>
        InspectiePageBuilder.Build(new InspectieData(Today, Latest, true, periods, marks), level, HandMadeWeek.Geometry.Value, null);

    [Theory]
    [InlineData(MapStatus.Rood, MapStatus.Oranje, "verbeterd")]
    [InlineData(MapStatus.Oranje, MapStatus.Groen, "verbeterd")]
    [InlineData(MapStatus.Rood, MapStatus.Rood, "gelijk gebleven")]
    [InlineData(MapStatus.Groen, MapStatus.Rood, "verslechterd")]
    [InlineData(MapStatus.Geen, MapStatus.Groen, "niet te bepalen: geen volledige status in de startweek")]
    [InlineData(MapStatus.Rood, MapStatus.Onvolledig, "niet te bepalen: de laatste status is niet volledig")]
    public void Trend_ComparesTheStartWeekWithTheLatest_AndSaysWhenItCannot(MapStatus atStart, MapStatus latest, string expected) =>
        Assert.Equal(expected, InspectiePageBuilder.Trend(atStart, latest));

    [Fact]
    public void OpenPeriod_ShowsTheStatusOfItsStartWeekAndTheLatest_AndAPlannedEndThatPassed()
    {
        var start = new LocalDate(2026, 5, 4);
        var periods = new[] { new SupervisionPeriod(7, "TR10", "Rijnmond", start, start.PlusMonths(6), null, "Oordeel onvoldoende", "onbekend (nog geen aanmelding)", Now) };
        var marks = new[] { Mark("TR10", AreaKind.Toezichtregio, IsoWeek.Of(start), StatusColour.Red), Mark("TR10", AreaKind.Toezichtregio, Latest, StatusColour.Orange) };

        var row = Build(periods, marks).Open.Single();

        Assert.Equal(("04-05-2026", "04-11-2026", true), (row.Start, row.PlannedEnd, row.Overdue));
        Assert.Equal((new IsoWeek(2026, 19), MapStatus.Rood), (row.AtStart.Week, row.AtStart.Status));
        Assert.Equal(MapStatus.Oranje, row.Latest.Status);
        Assert.Equal("verbeterd", row.Trend);
        Assert.Equal("/regios/TR10", row.Url);
    }

    [Fact]
    public void EndedAndFuturePeriods_AreNotOpen()
    {
        var periods = new[]
        {
            new SupervisionPeriod(1, "TR01", "Friesland", new LocalDate(2025, 1, 6), new LocalDate(2025, 7, 6), new LocalDate(2025, 8, 4), null, "test", Now),
            new SupervisionPeriod(2, "JZ29", "Rijnmond", Today.PlusDays(7), Today.PlusMonths(6), null, null, "test", Now),
        };

        var page = Build(periods, []);

        Assert.Empty(page.Open);
        Assert.Equal(["JZ29", "TR01"], page.Ended.Select(row => row.Code));
        Assert.Equal("04-08-2025", page.Ended[1].ActualEnd);
    }

    [Theory]
    [InlineData(OverviewLevel.Toezichtregio, 11)]
    [InlineData(OverviewLevel.Jeugdregio, 42)]
    public void HeatStrip_HasEveryRegionOfTheLevel_For26WeeksEndingWithTheLatest(OverviewLevel level, int regions)
    {
        var marks = new[] { Mark("TR08", AreaKind.Toezichtregio, Latest, StatusColour.Red), Mark("JZ33", AreaKind.Jeugdregio, Latest.Plus(-25), StatusColour.Green) };
        var open = new[] { new SupervisionPeriod(1, "TR08", "Brabant", new LocalDate(2026, 6, 29), new LocalDate(2026, 12, 29), null, null, "test", Now) };

        var heat = Build(open, marks, level).Heat;

        Assert.Equal(regions, heat.Rows.Count);
        Assert.All(heat.Rows, row => Assert.Equal(26, row.Cells.Count));
        Assert.Equal((new IsoWeek(2026, 22), Latest), (heat.Weeks[0], heat.Weeks[^1]));
        var brabant = heat.Rows.Single(row => row.Code == (level == OverviewLevel.Toezichtregio ? "TR08" : "JZ33"));
        Assert.True(brabant.UnderSupervision);
        Assert.Equal(level == OverviewLevel.Toezichtregio ? MapStatus.Rood : MapStatus.Geen, brabant.Cells[^1].Status);
        Assert.Equal(level == OverviewLevel.Toezichtregio ? MapStatus.Geen : MapStatus.Groen, brabant.Cells[0].Status);
        Assert.False(heat.Rows.Single(row => row.Code == (level == OverviewLevel.Toezichtregio ? "TR01" : "JZ02")).UnderSupervision);
    }

    [Theory]
    [InlineData("TR10", null, "Het verscherpt toezicht op Rijnmond is vastgelegd.")]
    [InlineData(null, "JZ02", "Het verscherpt toezicht op Friesland (Fryslân) is beëindigd.")]
    [InlineData("<script>", null, null)]
    [InlineData(null, null, null)]
    public void Confirmation_NamesAKnownRegionOnly(string? started, string? ended, string? expected) =>
        Assert.Equal(expected, InspectiePageBuilder.Confirmation(started, ended, HandMadeWeek.Geometry.Value));
}
