using Instroom.Data.Areas;
using Instroom.Data.Disclosure;
using Instroom.Data.Rollups;
using Instroom.Data.Supervision;
using Instroom.Tests.Dashboard.Support;
using Instroom.Web.Exports;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Map;
using Instroom.Web.Features.Overview;
using NodaTime;
using Snapshooter.Xunit;

namespace Instroom.Tests.Dashboard;

public sealed class OverviewPageBuilderTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 9, 0);
    private static readonly DisclosurePolicy Policy = new();

    /// <summary>Rijnmond 50 without a vaste jeugdbeschermer of 500; Brabant-Noordoost 40 of 400; Brabant-West 3 of 100.</summary>
    private static readonly Dictionary<string, GemeenteCounts> ThisWeek = new()
    {
        ["GM0001"] = new(300, 25, 10, WaitClass: 4, WachtOpHulp: 20),
        ["GM0002"] = new(200, 10, 5, WaitClass: 4, WachtOpHulp: 10),
        ["GM0003"] = new(400, 30, 10, WaitClass: 2, WachtOpHulp: 40),
        ["GM0004"] = new(100, 2, 1, WaitClass: 0, WachtOpHulp: 12),
    };

    private static readonly Dictionary<string, GemeenteCounts> LastWeek = new()
    {
        ["GM0001"] = new(300, 20, 10, WaitClass: 4, WachtOpHulp: 30),
        ["GM0002"] = new(200, 5, 5, WaitClass: 4, WachtOpHulp: 20),
        ["GM0003"] = new(400, 30, 10, WaitClass: 2, WachtOpHulp: 40),
        ["GM0004"] = new(100, 2, 1, WaitClass: 0, WachtOpHulp: 12),
    };

    private static OverviewData Data(IReadOnlyDictionary<string, GemeenteCounts>? thisWeek = null, bool giDelivers = true,
        IReadOnlyList<SupervisionPeriod>? supervision = null, Instant? lastImport = null, Instant? now = null)
    {
        var input = HandMadeWeek.Input(thisWeek ?? ThisWeek, giDelivers: giDelivers);
        return new OverviewData(HandMadeWeek.Week, WeekDisclosure.Compute(input, Policy),
            WeekDisclosure.Compute(HandMadeWeek.Input(LastWeek, HandMadeWeek.Week.Previous), Policy), HandMadeWeek.Statuses(input),
            HandMadeWeek.Rules,
            supervision ?? [], lastImport ?? (now ?? Now) - Duration.FromHours(4), now ?? Now);
    }

    private static OverviewPage Build(OverviewData data, OverviewRequest? request = null) =>
        OverviewPageBuilder.Build(data, request ?? OverviewRequest.Default, Policy, HandMadeWeek.Geometry.Value);

    private static OverviewRow Row(OverviewPage page, string code) => page.Rows.Single(row => row.Code == code);

    [Fact]
    public void Row_ShowsChildrenWithoutVasteJeugdbeschermer_WithShareOfLopendeAndChangeSinceLastWeek()
    {
        var rijnmond = Row(Build(Data()), "JZ29");

        Assert.Equal(("50", "10,0%", "+10"), (rijnmond.WithoutCaseworker.Text, rijnmond.WithoutCaseworkerShare.Text, rijnmond.WithoutCaseworkerChange.Text));
        Assert.Equal("30", rijnmond.WaitingForCare.Text);
        Assert.Equal("3 van 3 bronnen", rijnmond.Completeness);
        Assert.Equal("stand per 22-11-2026", rijnmond.StandPer);
    }

    [Fact]
    public void SmallCount_IsHidden_AndSoIsItsNeighbour_SoTheToezichtregioTotalDoesNotGiveItAway()
    {
        var page = Build(Data());
        var brabant = Build(Data(), OverviewRequest.Default with { Level = OverviewLevel.Toezichtregio }).Rows.Single(row => row.Code == "TR08");

        Assert.Equal("<5", Row(page, "JZ34").WithoutCaseworker.Text);
        Assert.Equal("<5", Row(page, "JZ33").WithoutCaseworker.Text);
        Assert.Equal("43", brabant.WithoutCaseworker.Text);
        Assert.Equal(("afgeschermd", "afgeschermd"), (Row(page, "JZ34").WithoutCaseworkerShare.Text, Row(page, "JZ34").WithoutCaseworkerChange.Text));
        Assert.Equal("93", page.National!.WithoutCaseworker.Text);
    }

    [Fact]
    public void Row_IsVoorlopig_TheDayAfterTheWeek_AndDefinitief_AfterTheCorrectietermijn_WhenEverySourceDelivered()
    {
        var early = Row(Build(Data()), "JZ29");
        var late = Row(Build(Data(now: Instant.FromUtc(2026, 12, 21, 9, 0))), "JZ29");
        var lateWithoutGi = Row(Build(Data(giDelivers: false, now: Instant.FromUtc(2027, 6, 1, 9, 0))), "JZ29");

        Assert.Equal(("voorlopig", "Voorlopig: correcties zijn nog mogelijk tot en met 20-12-2026."), (early.StageLabel, early.StageExplanation));
        Assert.Equal("definitief", late.StageLabel);
        Assert.Equal("voorlopig", lateWithoutGi.StageLabel);
        Assert.Equal("definitief", OverviewExport.Table(Build(Data(now: Instant.FromUtc(2026, 12, 21, 9, 0)))).Rows[0][^1].Text);
    }

    [Fact]
    public void WaitingTime_OfFewerChildrenThanTheThreshold_IsNotShown()
    {
        var page = Build(Data());

        Assert.Equal(Figure.TooFewCases, Row(page, "JZ34").MedianWait.Text);
        Assert.Equal(Figure.TooFewCases, Row(page, "JZ34").P90Wait.Text);
        Assert.Equal("68 dagen", Row(page, "JZ29").MedianWait.Text);
        Assert.Null(Row(page, "JZ34").MedianWait.Number);
    }

    [Fact]
    public void WithoutAGiDelivery_FiguresAreGeenGegevens_NotZero_AndTheRegionIsOnvolledig()
    {
        var rijnmond = Row(Build(Data(giDelivers: false)), "JZ29");

        Assert.Equal(("geen gegevens", "is-nodata"), (rijnmond.WithoutCaseworker.Text, rijnmond.WithoutCaseworker.CssClass));
        Assert.Equal("geen gegevens", rijnmond.MedianWait.Text);
        Assert.Equal(MapStatus.Onvolledig, rijnmond.Status);
        Assert.Equal("2 van 3 bronnen", rijnmond.Completeness);
    }

    [Fact]
    public void Reasons_AreTheQuestionsThatAreNotGreen_WithoutAnyValue()
    {
        var rijnmond = Row(Build(Data()), "JZ29");

        Assert.Equal(MapStatus.Rood, rijnmond.Status);
        Assert.Equal("rood: jeugdbeschermer", CompactReason.Summary(rijnmond.Reasons));
        Assert.DoesNotContain(rijnmond.Reasons.SelectMany(reason => reason.Rules), rule => rule.Any(char.IsDigit));
    }

    [Fact]
    public void Map_AtToezichtregioLevel_ColoursEveryJeugdregioWithItsToezichtregio_AndLinksThere()
    {
        var page = Build(Data(), OverviewRequest.Default with { Level = OverviewLevel.Toezichtregio });

        var noordoostBrabant = page.Map.Find("JZ33")!;
        var westBrabant = page.Map.Find("JZ34")!;

        Assert.Equal(Row(page, "TR08").Status, noordoostBrabant.Status);
        Assert.Equal(noordoostBrabant.Status, westBrabant.Status);
        Assert.Equal("/regios/TR08?week=2026-W47", westBrabant.Url);
        Assert.Equal(MapStatus.Geen, page.Map.Find("JZ01")!.Status);
        Assert.Null(page.Map.Find("JZ01")!.Url);
    }

    [Fact]
    public void Supervision_OfAToezichtregio_MarksItsJeugdregiosOnTheMap_AndInTheirRows()
    {
        var period = new SupervisionPeriod(1, "TR10", "Rijnmond", new LocalDate(2026, 9, 7), new LocalDate(2027, 3, 7), null, null, "test", Now);

        var page = Build(Data(supervision: [period]));

        Assert.True(page.Map.Find("JZ29")!.UnderIntensifiedSupervision);
        Assert.False(page.Map.Find("JZ33")!.UnderIntensifiedSupervision);
        Assert.Equal("onder verscherpt toezicht via toezichtregio Rijnmond (sinds 07-09-2026)", Row(page, "JZ29").Supervision);
        Assert.Null(Row(page, "JZ33").Supervision);
    }

    [Theory]
    [InlineData(SortDirection.Descending)]
    [InlineData(SortDirection.Ascending)]
    public void Sorting_OnACount_PutsHiddenCellsAfterTheShownOnes_InEitherDirection(SortDirection direction)
    {
        var page = Build(Data(), new OverviewRequest(OverviewLevel.Jeugdregio, OverviewColumn.ZonderJb, direction));

        Assert.Equal(["JZ29", "JZ33", "JZ34"], page.Rows.Select(row => row.Code));
        Assert.All(page.Rows.Skip(1), row => Assert.Equal(FigureVisibility.Hidden, row.WithoutCaseworker.Visibility));
        Assert.Equal(direction == SortDirection.Descending ? "descending" : "ascending",
            page.Headers.Single(header => header.Column == OverviewColumn.ZonderJb).AriaSort);
    }

    [Fact]
    public void SortLinks_ReverseTheSortedColumn_AndStartOtherColumnsAtTheirNaturalDirection()
    {
        var page = Build(Data(), new OverviewRequest(OverviewLevel.Toezichtregio, OverviewColumn.Mediaan, SortDirection.Descending));

        var median = page.Headers.Single(header => header.Column == OverviewColumn.Mediaan);
        var region = page.Headers.Single(header => header.Column == OverviewColumn.Regio);

        Assert.Equal("/?week=2026-W47&niveau=toezichtregio&sorteer=mediaan&richting=op", median.SortUrl);
        Assert.Equal("/?week=2026-W47&niveau=toezichtregio&sorteer=regio&richting=op", region.SortUrl);
        Assert.Null(region.AriaSort);
        Assert.Equal("/indicatoren#indicator-instroomlijst-wachtduur-mediaan", median.DefinitionUrl);
    }

    [Fact]
    public void Warnings_SayTheLastImportIsOld_AndWhichSourceDidNotDeliver()
    {
        var page = Build(Data(giDelivers: false, lastImport: Now - Duration.FromDays(3)));

        Assert.True(page.Updated.Stale);
        Assert.Equal("20-11-2026 om 10:00", page.Updated.LastImport);
        Assert.StartsWith("Verouderd: de laatste geslaagde import was op 20-11-2026 om 10:00.", page.Warnings[0], StringComparison.Ordinal);
        Assert.StartsWith("Onvolledig: 1 van 3 bronnen hebben voor week 47 2026 niet aangeleverd (GI-A Bron GI-A)", page.Warnings[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Export_HasTheRowsInPageOrderAndNederlandLast_WithNumbersWhereShownAndTextWhereHidden()
    {
        var table = OverviewExport.Table(Build(Data(), new OverviewRequest(OverviewLevel.Jeugdregio, OverviewColumn.Regio, SortDirection.Ascending)));

        Assert.Equal(["JZ29", "JZ33", "JZ34", AreaKind.NationalCode], table.Rows.Select(row => row[0].Text));
        Assert.Equal(50m, table.Rows[0][5].Number);
        Assert.Equal("<5", table.Rows[2][5].Text);
        Assert.Equal(0.1m, table.Rows[0][6].Number);
    }

    [Fact]
    public void ExportCsv_OfAHandMadeWeek_MatchesTheSnapshot()
    {
        var page = Build(Data(supervision:
            [new SupervisionPeriod(1, "TR08", "Brabant", new LocalDate(2026, 6, 29), new LocalDate(2026, 12, 29), null, null, "test", Now)]),
            new OverviewRequest(OverviewLevel.Jeugdregio, OverviewColumn.Regio, SortDirection.Ascending));

        var csv = CsvExport.WriteText(OverviewExport.Table(page));

        Assert.Equal("instroom-overzicht-jeugdregios-2026-W47.csv", OverviewExport.FileName(page, ExportFormat.Csv));
        // Line ends are CRLF (checked by the export's own tests); the snapshot shows \n so git cannot change what is compared.
        Snapshot.Match(csv.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
