using Instroom.Data.Calendar;
using Instroom.Data.Deliveries;
using Instroom.Data.Disclosure;
using Instroom.Data.Rollups;
using Instroom.Data.Status;
using Instroom.Data.Supervision;
using Instroom.Tests.Dashboard.Support;
using Instroom.Web.Exports;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Map;
using Instroom.Web.Features.RegionReport;
using NodaTime;
using Snapshooter.Xunit;

namespace Instroom.Tests.Dashboard;

public sealed class RegionReportBuilderTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 9, 0);
    private static readonly IsoWeek Week = HandMadeWeek.Week;
    private static readonly DisclosurePolicy Policy = new();

    /// <summary>Rotterdam-like GM0001 with 35 without a vaste jeugdbeschermer at GI-A, Barendrecht-like GM0002 with 4.</summary>
    private static readonly Dictionary<string, GemeenteCounts> GiA = new()
    {
        ["GM0001"] = new(300, 25, 10, WaitClass: 4, WachtOpHulp: 20),
        ["GM0002"] = new(200, 3, 1, WaitClass: 4, WachtOpHulp: 10),
    };

    /// <summary>A national GI with one child in GM0001.</summary>
    private static readonly Dictionary<string, GemeenteCounts> GiL = new() { ["GM0001"] = new(2, 1, 0) };

    private static WeekInput Input(IReadOnlyDictionary<string, GemeenteCounts> gi, IsoWeek? week = null, bool giDelivers = true,
        IReadOnlyDictionary<string, GemeenteCounts>? extra = null) =>
        HandMadeWeek.Input(gi, week ?? Week, giDelivers, extra);

    private static RegionReportData Data(WeekInput? thisWeek = null, WeekInput? lastWeek = null, WeekInput? fourWeeksAgo = null,
        IReadOnlyList<RegionWeekStatus>? statuses = null, IReadOnlyList<SupervisionPeriod>? supervision = null,
        IReadOnlyList<SourceWeekReport>? reports = null)
    {
        var input = thisWeek ?? Input(GiA, extra: GiL);
        return new RegionReportData(
            input.Regions.Single(region => region.Region.Code == "JZ29").Region,
            Week,
            WeekDisclosure.Compute(input, Policy),
            WeekDisclosure.Compute(lastWeek ?? Input(GiA, Week.Previous, extra: GiL), Policy),
            WeekDisclosure.Compute(fourWeeksAgo ?? Input(GiA, Week.Plus(-4), giDelivers: false), Policy),
            statuses ?? HandMadeWeek.Statuses(input).Where(status => status.Region.Code == "JZ29").ToList(),
            HandMadeWeek.Rules,
            supervision ?? [],
            new Dictionary<string, string> { ["GM0001"] = "Rotterdam", ["GM0002"] = "Barendrecht" },
            reports ?? [],
            Now);
    }

    private static RegionReportPage Build(RegionReportData data) => RegionReportBuilder.Build(data, Policy);

    private static Figure Cell(BreakdownTable table, string row, string column) =>
        (row == table.Total.Code ? table.Total : table.Rows.Single(r => r.Code == row)).Values[table.Columns.ToList().FindIndex(c => c.Label == column)];

    [Fact]
    public void PerGemeente_HidesTheSmallGemeente_AndTheOtherOne_SoTheRegionTotalDoesNotGiveItAway()
    {
        var page = Build(Data());

        Assert.Equal("<5", Cell(page.PerGemeente, "GM0002", "Zonder vaste jeugdbeschermer").Text);
        Assert.Equal("<5", Cell(page.PerGemeente, "GM0001", "Zonder vaste jeugdbeschermer").Text);
        Assert.Equal("40", Cell(page.PerGemeente, "JZ29", "Zonder vaste jeugdbeschermer").Text);
        Assert.Equal(["Barendrecht", "Rotterdam"], page.PerGemeente.Rows.Select(row => row.Name));
    }

    [Fact]
    public void PerGi_HidesTheNationalGisSingleChild_AndTheRegionalGi_WhileTheRegionTotalStays()
    {
        var page = Build(Data());

        Assert.Equal(["GI-A", "GI-L"], page.PerGi.Rows.Select(row => row.Code));
        Assert.Equal("<5", Cell(page.PerGi, "GI-L", "Instroomlijst").Text);
        Assert.Equal("<5", Cell(page.PerGi, "GI-A", "Instroomlijst").Text);
        Assert.Equal("29", Cell(page.PerGi, "JZ29", "Instroomlijst").Text);
        Assert.Equal(Figure.TooFewCases, Cell(page.PerGi, "GI-L", "Mediane wachttijd instroomlijst").Text);
        Assert.Equal("68 dagen", Cell(page.PerGi, "GI-A", "Mediane wachttijd instroomlijst").Text);
    }

    [Fact]
    public void PerMeasure_AddsUpToAllMeasures_WithMeasuresWithoutChildrenShownAsZero()
    {
        var page = Build(Data());

        Assert.Equal(["OTS", "VOTS", "VOOGDIJ", "JR"], page.PerMeasure.Rows.Select(row => row.Code));
        Assert.Equal("502", Cell(page.PerMeasure, "OTS", "Lopende maatregelen").Text);
        Assert.Equal(("0", Figure.NobodyWaiting), (Cell(page.PerMeasure, "JR", "Lopende maatregelen").Text, Cell(page.PerMeasure, "JR", "Mediane wachttijd instroomlijst").Text));
        Assert.Equal("502", Cell(page.PerMeasure, "JZ29", "Lopende maatregelen").Text);
    }

    [Fact]
    public void KeyFigures_ChangeSinceLastWeekAndFourWeeksAgo_FromDisclosedCounts_AndGeenGegevensWhenThatWeekHadNone()
    {
        var lastWeek = new Dictionary<string, GemeenteCounts> { ["GM0001"] = new(300, 15, 10, WaitClass: 2), ["GM0002"] = new(200, 3, 1, WaitClass: 2) };

        var page = Build(Data(lastWeek: Input(lastWeek, Week.Previous, extra: GiL)));
        var zonder = page.KeyFigures.Single(figure => figure.Label.StartsWith("Kinderen zonder vaste jeugdbeschermer", StringComparison.Ordinal));
        var median = page.KeyFigures.Single(figure => figure.Label == "Mediane wachttijd instroomlijst");

        Assert.Equal(("40", "+10", "geen gegevens"), (zonder.Value.Text, zonder.SinceLastWeek.Text, zonder.SinceFourWeeksAgo.Text));
        Assert.Equal(("67 dagen", "+51 dagen"), (median.Value.Text, median.SinceLastWeek.Text));
        Assert.Equal("/indicatoren#indicator-zonder-vaste-jeugdbeschermer", zonder.DefinitionUrl);
    }

    [Fact]
    public void Reasons_LeaveOutAMedianOrShareOfTooFewChildren_AndKeepTheJudgement()
    {
        var few = new Dictionary<string, GemeenteCounts> { ["GM0001"] = new(300, 2, 0, WaitClass: 4), ["GM0002"] = new(200, 1, 0, WaitClass: 4) };
        var input = Input(few);

        var lines = Build(Data(input)).Reasons.SelectMany(question => question.Lines).Select(line => line.Text).ToList();
        var stored = HandMadeWeek.Statuses(input).Single(status => status.Region.Code == "JZ29").Reasons.Questions.SelectMany(q => q.Reasons).Select(r => r.Text).ToList();

        Assert.Contains("Mediane wachttijd instroomlijst 68 dagen — rood boven 42 dagen", stored);
        Assert.Contains("Mediane wachttijd instroomlijst: te weinig zaken om het cijfer te tonen — rood boven 42 dagen", lines);
        Assert.Contains("Aandeel zonder vaste jeugdbeschermer: te weinig zaken om het cijfer te tonen — groen (oranje vanaf 3%)", lines);
        Assert.DoesNotContain(lines, line => line.Contains("68 dagen", StringComparison.Ordinal) || line.Contains("0,6%", StringComparison.Ordinal));
        Assert.Contains("Eerste contact binnen 5 werkdagen 90,0% — groen (oranje onder 80%)", lines);
    }

    [Fact]
    public void Chain_GoesFromVeiligThuisToPassendeHulp_WithTheGiStepMadeOfBothLists()
    {
        var chain = Build(Data()).Chain;

        Assert.Equal(["veilig-thuis", "raad", "gi", "passende-hulp"], chain.Select(step => step.Code));
        Assert.Equal(["Instroomlijst", "Doorstroomlijst"], chain[2].Parts.Select(part => part.Label));
        Assert.Equal(("40", "29", "11"), (chain[2].Waiting.Value.Text, chain[2].Parts[0].Value.Text, chain[2].Parts[1].Value.Text));
        Assert.Equal(["In: verzoeken om onderzoek", "Uit: gestarte onderzoeken", "Met spoed, buiten de wachtlijst: spoedzaken"],
            chain[1].Flows.Select(flow => flow.Label));
        Assert.Equal("0", chain[1].Flows[2].Value.Text);
    }

    [Fact]
    public void Sources_SayWhichDeliveredLateWereRejectedOrAreMissing()
    {
        var reports = new[]
        {
            new SourceWeekReport("GI-A", [new ExpectationState(new LocalDate(2026, 11, 20), ExpectationState.Late)], 2),
            new SourceWeekReport("VT-A", [new ExpectationState(new LocalDate(2026, 11, 20), ExpectationState.Received)], 0),
        };

        var sources = Build(Data(Input(GiA, giDelivers: false), reports: reports)).Sources;

        Assert.Equal(["GI-A", "RAAD", "VT-A"], sources.Select(source => source.Code));
        Assert.Equal(("geen aanlevering", "te laat (peildatum 20-11-2026)", "2 keer afgekeurd", true),
            (sources[0].Delivery, sources[0].Timeliness, sources[0].Rejected, sources[0].HasProblem));
        Assert.Equal(("peildatum 22-11-2026", "op tijd ontvangen (peildatum 20-11-2026)", "–", false),
            (sources[2].Delivery, sources[2].Timeliness, sources[2].Rejected, sources[2].HasProblem));
        Assert.Equal(2, sources[0].Gemeenten);
    }

    [Fact]
    public void Supervision_OfTheToezichtregio_IsShownApartFromTheStatus_WithAPlannedEndThatHasPassed()
    {
        var periods = new[]
        {
            new SupervisionPeriod(1, "TR10", "Rijnmond", new LocalDate(2025, 1, 6), new LocalDate(2025, 7, 6), new LocalDate(2025, 8, 4), "Eerste keer", "test", Now),
            new SupervisionPeriod(2, "TR10", "Rijnmond", new LocalDate(2026, 3, 2), new LocalDate(2026, 9, 2), null, null, "test", Now),
        };

        var supervision = Build(Data(supervision: periods)).Supervision;

        Assert.True(supervision.Active);
        Assert.True(supervision.Overdue);
        Assert.Equal("Valt onder het verscherpt toezicht op toezichtregio Rijnmond sinds 02-03-2026, gepland tot 02-09-2026 (geplande einddatum verstreken).",
            supervision.Text);
        Assert.Equal(["Rijnmond: 06-01-2025 tot 04-08-2025 — Eerste keer"], supervision.History);
    }

    [Fact]
    public void Page_IsVoorlopig_TheDayAfterTheWeek_AndEveryExportRowSaysSo()
    {
        var page = Build(Data());

        Assert.Equal(("voorlopig", "Voorlopig: correcties zijn nog mogelijk tot en met 20-12-2026."), (page.StageLabel, page.StageExplanation));
        var export = RegionReportExport.Table(page);
        Assert.All(export.Rows, row => Assert.Equal("voorlopig", row[^1].Text));
        Assert.Equal("Voorlopig of definitief", export.Columns[^1].Header);
    }

    [Fact]
    public void Strip_HasThirteenWeeksEndingWithTheChosenOne_AndNoStatusWhereNoneWasComputed()
    {
        var input = Input(GiA, extra: GiL);
        var region = input.Regions.Single(r => r.Region.Code == "JZ29").Region;
        var statuses = new[] { Week.Plus(-12), Week.Plus(-2), Week }
            .Select(week => new RegionWeekStatus(region, week, StatusColour.Orange, StatusReasons.None, false, Now))
            .ToList();

        var strip = Build(Data(input, statuses: statuses)).Strip;

        Assert.Equal(13, strip.Count);
        Assert.Equal((new IsoWeek(2026, 35), MapStatus.Oranje), (strip[0].Week, strip[0].Status));
        Assert.Equal(MapStatus.Geen, strip[11].Status);
        Assert.Equal(("/regios/JZ29?week=2026-W47", true), (strip[12].Url, strip[12].IsCurrent));
        Assert.Equal(1, strip.Count(cell => cell.IsCurrent));
    }

    [Fact]
    public void Export_HoldsEveryFigureOfThePage_OnePerRow_WithHiddenOnesAsText()
    {
        var page = Build(Data());

        var table = RegionReportExport.Table(page);
        var barendrecht = table.Rows.Single(row => row[3].Text == "Per gemeente" && row[4].Text == "Barendrecht" && row[5].Text == "Instroomlijst");

        Assert.Equal("instroom-weekbeeld-jz29-regio-jz29-2026-W47.xlsx", RegionReportExport.FileName(page, ExportFormat.Xlsx));
        Assert.Equal(page.KeyFigures.Count + page.Chain.Sum(step => 3 + step.Parts.Count + step.Flows.Count)
            + (new[] { page.PerGi, page.PerGemeente, page.PerMeasure }.Sum(t => (t.Rows.Count + 1) * t.Columns.Count)), table.Rows.Count);
        Assert.Equal("<5", barendrecht[6].Text);
    }

    [Fact]
    public void Page_ForAHandMadeWeek_MatchesTheSnapshot()
    {
        var page = Build(Data(supervision:
            [new SupervisionPeriod(2, "TR10", "Rijnmond", new LocalDate(2026, 9, 7), new LocalDate(2027, 3, 7), null, null, "test", Now)]));

        // A readable projection: the page's texts as a reader sees them (IsoWeek's Previous/Next would recurse forever).
        Snapshot.Match(new
        {
            page.Title,
            Status = page.Status.Word(),
            page.ComputedAt,
            Reasons = page.Reasons.Select(question => new { question.Label, Status = question.Status.Word(), Lines = question.Lines.Select(line => line.Text) }),
            page.Notes,
            page.Supervision,
            Strip = page.Strip.Select(cell => $"{cell.Week.Key} {cell.Status.Word()}{(cell.IsCurrent ? " (deze week)" : "")}"),
            KeyFigures = page.KeyFigures.Select(figure => $"{figure.Label}: {figure.Value} | {figure.SinceLastWeek} | {figure.SinceFourWeeksAgo}"),
            Chain = page.Chain.Select(step => new
            {
                step.Label,
                Waiting = $"{step.Waiting.Label}: {step.Waiting.Value}",
                Median = step.Median.Text,
                P90 = step.P90.Text,
                Figures = step.Parts.Concat(step.Flows).Select(figure => $"{figure.Label}: {figure.Value}"),
                step.Incomplete,
            }),
            Breakdowns = new[] { page.PerGi, page.PerMeasure, page.PerGemeente }.Select(table => new
            {
                table.Title,
                Columns = table.Columns.Select(column => column.Label),
                Rows = table.Rows.Append(table.Total).Select(row => $"{row.Name}: {string.Join(" | ", row.Values)}{(row.Note is null ? "" : " — " + row.Note)}"),
            }),
            page.Sources,
            page.StandPer,
            page.Completeness,
        });
    }
}
