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

    private static (string, string, string) Texts(ListFigures list) => (list.Count.Text, list.Share.Text, list.Change.Text);

    [Fact]
    public void Row_ShowsInstroomlijstAndDoorstroomlijstApart_AndTheirTotal_EachWithShareOfLopendeAndChangeSinceLastWeek()
    {
        var rijnmond = Row(Build(Data()), "JZ29");

        Assert.Equal(("35", "7,0%", "+10"), Texts(rijnmond.Instroomlijst));
        Assert.Equal(("15", "3,0%", "0"), Texts(rijnmond.Doorstroomlijst));
        Assert.Equal(("50", "10,0%", "+10"), Texts(rijnmond.WithoutCaseworker));
        Assert.Equal("30", rijnmond.WaitingForCare.Text);
        Assert.Equal("3 van 3 bronnen", rijnmond.Completeness);
        Assert.Equal("stand per 22-11-2026", rijnmond.StandPer);
    }

    [Fact]
    public void SmallCount_IsHidden_AndSoIsItsNeighbour_SoTheToezichtregioTotalDoesNotGiveItAway()
    {
        var page = Build(Data());
        var brabant = Build(Data(), OverviewRequest.Default with { Level = OverviewLevel.Toezichtregio }).Rows.Single(row => row.Code == "TR08");

        Assert.Equal("<5", Row(page, "JZ34").WithoutCaseworker.Count.Text);
        Assert.Equal("<5", Row(page, "JZ33").WithoutCaseworker.Count.Text);
        Assert.Equal("43", brabant.WithoutCaseworker.Count.Text);
        Assert.Equal(("afgeschermd", "afgeschermd"), (Row(page, "JZ34").WithoutCaseworker.Share.Text, Row(page, "JZ34").WithoutCaseworker.Change.Text));
        Assert.Equal("93", page.National!.WithoutCaseworker.Count.Text);
    }

    [Fact]
    public void SmallInstroomlijst_IsHidden_AndCannotBeRecomputedFromTheDoorstroomlijstAndTheTotal()
    {
        var week = new Dictionary<string, GemeenteCounts>(ThisWeek) { ["GM0001"] = new(300, 2, 30, WaitClass: 4, WachtOpHulp: 20), ["GM0002"] = new(200, 1, 15) };

        var rijnmond = Row(Build(Data(week)), "JZ29");

        Assert.Equal(("<5", "afgeschermd", "afgeschermd"), Texts(rijnmond.Instroomlijst));
        Assert.False(rijnmond.Doorstroomlijst.Count.IsShown && rijnmond.WithoutCaseworker.Count.IsShown,
            $"Doorstroomlijst {rijnmond.Doorstroomlijst.Count} and total {rijnmond.WithoutCaseworker.Count} would give the instroomlijst away.");
    }

    /// <summary>Every instroomlijst 1: only Nederland's own relation (total = instroom + doorstroom) protects its sum of 4.</summary>
    private static readonly Dictionary<string, GemeenteCounts> TinyInstroomlijsten = new()
    {
        ["GM0001"] = new(300, 1, 30, WaitClass: 4, WachtOpHulp: 20),
        ["GM0002"] = new(200, 1, 20, WaitClass: 4, WachtOpHulp: 10),
        ["GM0003"] = new(400, 1, 40, WaitClass: 2, WachtOpHulp: 40),
        ["GM0004"] = new(100, 1, 10, WaitClass: 0, WachtOpHulp: 12),
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EveryRow_HidesNoneOrAtLeastTwoOfInstroomlijstDoorstroomlijstAndTotal_AndNoShareOrChangeOfAHiddenCount(bool tinyInstroomlijsten)
    {
        var data = Data(tinyInstroomlijsten ? TinyInstroomlijsten : null);
        var rows = new[] { OverviewLevel.Jeugdregio, OverviewLevel.Toezichtregio }
            .Select(level => Build(data, OverviewRequest.Default with { Level = level }))
            .SelectMany(page => page.Rows.Append(page.National!))
            .ToList();

        foreach (var row in rows)
        {
            var lists = new[] { row.Instroomlijst, row.Doorstroomlijst, row.WithoutCaseworker };
            Assert.True(lists.Count(list => !list.Count.IsShown) != 1,
                $"{row.Code}: {string.Join(" + ", lists.Select(list => list.Count.Text))} gives the hidden one away.");
            Assert.All(lists.Where(list => !list.Count.IsShown), list => Assert.Equal(("afgeschermd", "afgeschermd"), (list.Share.Text, list.Change.Text)));
        }

        // Both weeks have small lists (Brabant-West; every instroomlijst): the test must meet them to prove anything.
        Assert.Contains(rows, row => !row.Instroomlijst.Count.IsShown && row.Code == (tinyInstroomlijsten ? AreaKind.NationalCode : "JZ34"));
    }

    [Fact]
    public void Brabant_HidesNoneOrAtLeastTwoOfItsJeugdregiosAndItself_InEachList()
    {
        var jeugdregios = Build(Data());
        var brabant = Build(Data(), OverviewRequest.Default with { Level = OverviewLevel.Toezichtregio }).Rows.Single(row => row.Code == "TR08");

        foreach (var list in new Func<OverviewRow, ListFigures>[] { row => row.Instroomlijst, row => row.Doorstroomlijst, row => row.WithoutCaseworker })
        {
            var cells = new[] { list(brabant), list(Row(jeugdregios, "JZ33")), list(Row(jeugdregios, "JZ34")) };
            Assert.NotEqual(1, cells.Count(cell => !cell.Count.IsShown));
        }
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

        Assert.Equal(("geen gegevens", "is-nodata"), (rijnmond.WithoutCaseworker.Count.Text, rijnmond.WithoutCaseworker.Count.CssClass));
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
        Assert.All(page.Rows.Skip(1), row => Assert.Equal(FigureVisibility.Hidden, row.WithoutCaseworker.Count.Visibility));
        Assert.Equal(direction == SortDirection.Descending ? "descending" : "ascending",
            page.Headers.Single(header => header.Column == OverviewColumn.ZonderJb).AriaSort);
    }

    [Theory]
    [InlineData(OverviewColumn.Doorstroom, "doorstroom")]
    [InlineData(OverviewColumn.InstroomAandeel, "instroom-aandeel")]
    [InlineData(OverviewColumn.DoorstroomVerandering, "doorstroom-verandering")]
    public void Sorting_OnANewListColumn_OrdersTheShownFiguresDescending_AndTheSortLinkSaysSo(OverviewColumn column, string code)
    {
        Assert.True(OverviewRequest.TryRead(null, code, "af", out var request));
        var page = Build(Data(), request);
        var header = page.Headers.Single(header => header.Column == column);
        var figures = page.Rows.Select(row => column switch
        {
            OverviewColumn.Doorstroom => row.Doorstroomlijst.Count,
            OverviewColumn.InstroomAandeel => row.Instroomlijst.Share,
            _ => row.Doorstroomlijst.Change,
        }).ToList();
        var shown = figures.TakeWhile(figure => figure.IsShown).Select(figure => figure.SortValue!.Value).ToList();

        Assert.Equal(column, request.SortColumn);
        Assert.Equal("descending", header.AriaSort);
        Assert.Equal($"/?week=2026-W47&niveau=jeugdregio&sorteer={code}&richting=op", header.SortUrl);
        Assert.Equal(shown.OrderDescending(), shown);
        Assert.All(figures.Skip(shown.Count), figure => Assert.False(figure.IsShown));
    }

    [Fact]
    public void Headers_GroupInstroomlijstDoorstroomlijstAndTotaal_UnderZonderVasteJeugdbeschermer_WithFullLabels()
    {
        var page = Build(Data());

        var group = page.HeaderRuns.Single(run => run.Group is not null);

        Assert.Equal("Zonder vaste jeugdbeschermer", group.Group);
        Assert.Equal(
            [
                OverviewColumn.Instroom, OverviewColumn.InstroomAandeel, OverviewColumn.InstroomVerandering, OverviewColumn.Doorstroom,
                OverviewColumn.DoorstroomAandeel, OverviewColumn.DoorstroomVerandering, OverviewColumn.ZonderJb, OverviewColumn.ZonderJbAandeel,
            ],
            group.Headers.Select(header => header.Column));
        Assert.Equal(["Instroomlijst", "Doorstroomlijst", "Totaal"], group.Headers.Where(header => header.StartsSubgroup).Select(header => header.VisibleLabel));
        Assert.Equal("Doorstroomlijst, verandering sinds vorige week", group.Headers[5].Label);
        Assert.Equal(page.Headers.Count - 7, page.HeaderRuns.Count);
        Assert.Equal("/indicatoren#indicator-doorstroomlijst", group.Headers[3].DefinitionUrl);
    }

    [Theory]
    [InlineData("verandering")]
    [InlineData("instroomlijst")]
    public void SortParameter_ThatIsNoColumn_IsRefused(string sort)
    {
        Assert.False(OverviewRequest.TryRead(null, sort, null, out _));
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

        var column = table.Columns.Select(column => column.Header).ToList();

        Assert.Equal(["JZ29", "JZ33", "JZ34", AreaKind.NationalCode], table.Rows.Select(row => row[0].Text));
        Assert.Equal(50m, table.Rows[0][column.IndexOf("Zonder vaste jeugdbeschermer")].Number);
        Assert.Equal("<5", table.Rows[2][column.IndexOf("Zonder vaste jeugdbeschermer")].Text);
        Assert.Equal(0.1m, table.Rows[0][column.IndexOf("Zonder vaste jeugdbeschermer, aandeel van lopende maatregelen")].Number);
        Assert.Equal((35m, 0.07m, 10m), (table.Rows[0][column.IndexOf("Instroomlijst")].Number,
            table.Rows[0][column.IndexOf("Instroomlijst, aandeel van lopende maatregelen")].Number,
            table.Rows[0][column.IndexOf("Instroomlijst, verandering sinds vorige week")].Number));
        Assert.Equal((15m, 0.03m, 0m), (table.Rows[0][column.IndexOf("Doorstroomlijst")].Number,
            table.Rows[0][column.IndexOf("Doorstroomlijst, aandeel van lopende maatregelen")].Number,
            table.Rows[0][column.IndexOf("Doorstroomlijst, verandering sinds vorige week")].Number));
        Assert.Equal(("<5", "afgeschermd", "afgeschermd"), (table.Rows[2][column.IndexOf("Instroomlijst")].Text,
            table.Rows[2][column.IndexOf("Instroomlijst, aandeel van lopende maatregelen")].Text,
            table.Rows[2][column.IndexOf("Instroomlijst, verandering sinds vorige week")].Text));
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
