using System.Text.Json;
using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Disclosure;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using Instroom.Data.Status;
using Instroom.Data.Supervision;
using Instroom.Data.Trends;
using Instroom.Web.Exports;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Trends;
using NodaTime;
using Snapshooter.Xunit;

namespace Instroom.Tests.Trends;

/// <summary>
/// What leaves the server for a trend — chart JSON, CSV, the chart summary — built from hand-made weeks through the
/// real disclosure control, without a database.
/// </summary>
public sealed class TrendOutputTests
{
    private static readonly IsoWeek From = new(2026, 40);
    private static readonly IsoWeek To = new(2026, 45);
    private static readonly SourceRef GiA = new("GI-A", "GI Alfa", SourceKind.GI);
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerOptions.Web) { WriteIndented = true };
    private static readonly AreaEntry Jr01 = new("JR01", "Jeugdregio Een", AreaKind.Jeugdregio, ["TZ01"]);

    // The week values of the instroomlijst, oldest first: shown, small, no delivery, zero, shown, corrected.
    private static readonly decimal?[] Instroomlijst = [12, 3, null, 0, 7, 9];

    [Fact]
    public void ChartData_OfAWeekWithASmallCount_HasNoNumber_ButTheHiddenMarker()
    {
        var chart = TrendChartData.From(Disclose(CountTrend()));

        var area = chart.Series.Single(s => s.Key == "gebied").Points;
        Assert.Equal([12m, null, null, 0m, 7m, 9m], area.Select(p => p.Y));
        Assert.Equal(DisclosureState.Suppressed, area[1].State);
        Assert.Equal("<5 (afgeschermd)", area[1].Text);
        Assert.Equal((DisclosureState.NoData, "geen gegevens"), (area[2].State, area[2].Text));
        Assert.Equal((DisclosureState.Exact, "0"), (area[3].State, area[3].Text));
        Assert.DoesNotContain("\"y\":3", JsonSerializer.Serialize(chart, JsonSerializerOptions.Web), StringComparison.Ordinal);
    }

    [Fact]
    public void AWeekWhoseWeekbeeldHidesTheAreasCount_IsHiddenOnTheTrend_WithItsChanges()
    {
        // Week 44 shows 7 on its own, but that week's weekbeeld hid JR01's instroomlijst (the complement of a small cell).
        var data = CountTrend() with
        {
            HiddenElsewhere = new WeekHiding(new HashSet<HiddenTotal> { new(From.Plus(4), "JR01", IndicatorCatalogue.Instroomlijst) }, new HashSet<IsoWeek>()),
        };

        var rows = Disclose(data).Rows;

        Assert.Equal(["12", "<5", "geen gegevens", "0", "<5", "9"], rows.Select(r => r.Count.ToString()));
        Assert.Equal(DisclosureState.Suppressed, rows[4].Count.State);
        Assert.Equal(["afgeschermd", "afgeschermd"], rows.Skip(4).Select(r => r.Change.Text));
    }

    [Fact]
    public void AWeekWhoseDisclosureIsNotComputedYet_IsHiddenWhole_AndThePageSaysWhy()
    {
        var data = CountTrend() with { HiddenElsewhere = new WeekHiding(new HashSet<HiddenTotal>(), new HashSet<IsoWeek> { From }) };

        var trend = Disclose(data);
        var page = TrendsIndexModel.From(data, trend);

        Assert.Equal(DisclosureState.Suppressed, trend.Rows[0].Count.State);
        Assert.Equal("12", Disclose(CountTrend()).Rows[0].Count.ToString());
        Assert.StartsWith("Voor 1 week is de afscherming", page.PendingNote, StringComparison.Ordinal);
        Assert.Null(TrendsIndexModel.From(CountTrend(), Disclose(CountTrend())).PendingNote);
    }

    [Fact]
    public void ChangeSinceTheWeekBefore_IsHiddenNextToAHiddenWeek_SoTheSmallCountCannotBeRecomputed()
    {
        var rows = Disclose(CountTrend()).Rows;

        // Week 39 had no delivery; 41 is hidden (3); 42 had no delivery.
        Assert.Equal(["geen gegevens", "afgeschermd", "geen gegevens", "geen gegevens", "+7", "+2"], rows.Select(r => r.Change.Text));
        Assert.All(rows.Take(4), row => Assert.Null(row.Change.Value));
    }

    [Fact]
    public void Weeks_AreDefinitiefOnlyWhenCompleteAndPastTheCorrectietermijn_AndTheDownloadSaysSo()
    {
        // Today is the Monday after week 45: weeks 40 and 41 are past their four weeks; week 42 had no delivery.
        var trend = Disclose(CountTrend());

        Assert.Equal(["definitief", "definitief", "voorlopig", "voorlopig", "voorlopig", "voorlopig"],
            trend.Rows.Select(row => FigureStages.Label(row.Stage, corrected: false)));
        var export = TrendExport.Create(trend);
        var column = export.Columns.ToList().FindIndex(c => c.Header == "Voorlopig of definitief");
        Assert.Equal(["definitief", "definitief", "voorlopig", "voorlopig", "voorlopig", "voorlopig"], export.Rows.Select(row => row[column].Text));
    }

    [Fact]
    public void WaitingTime_ComesFromTheSummedHistogram_AndIsHiddenWithItsList()
    {
        var indicator = Indicator(StatusIndicators.InstroomlijstWachtduurMediaan);
        // Week 40: 6 children, 3 in 0-5 and 3 in 43-91 → median at the 3rd child: end of 0-5 = 6 days; P90 at 5.4: 43 + 2.4/3*49.
        // Week 41: 2 children, hidden; week 42: an empty list.
        var input = Input(
            (From, [(IndicatorCatalogue.Instroomlijst, "", 6m), .. Histogram(3, 0, 0, 0, 3, 0, 0)]),
            (From.Plus(1), [(IndicatorCatalogue.Instroomlijst, "", 2m), .. Histogram(2, 0, 0, 0, 0, 0, 0)]),
            (From.Plus(2), [(IndicatorCatalogue.Instroomlijst, "", 0m), .. Histogram(0, 0, 0, 0, 0, 0, 0)]));

        var rows = Disclose(Data(indicator, input)).Rows;

        Assert.Equal(("6 dagen", "82 dagen"), (rows[0].Value.Text, rows[0].P90!.Text));
        Assert.Equal((null, "afgeschermd"), (rows[1].Value.Number, rows[1].Value.Text));
        Assert.Equal((null, "afgeschermd"), (rows[1].P90!.Number, rows[1].P90!.Text));
        Assert.Equal((null, "niemand wacht"), (rows[2].Value.Number, rows[2].Value.Text));
    }

    [Fact]
    public void ChartData_OfTheCountTrend_MatchesTheSnapshot() =>
        Snapshot.Match(JsonSerializer.Serialize(TrendChartData.From(Disclose(CountTrend())), Indented));

    [Fact]
    public void Csv_OfTheShareTrend_MatchesTheSnapshot()
    {
        var indicator = Indicator(StatusIndicators.ZonderVasteJeugdbeschermerAandeel);
        var input = Input(
            (From, Gi(instroom: 10, doorstroom: 2, lopende: 200)),
            (From.Plus(1), Gi(instroom: 3, doorstroom: 0, lopende: 190)),
            (From.Plus(3), Gi(instroom: 0, doorstroom: 0, lopende: 0)),
            (From.Plus(4), Gi(instroom: 8, doorstroom: 5, lopende: 210)),
            (From.Plus(-52), Gi(instroom: 20, doorstroom: 4, lopende: 240)));

        var csv = CsvExport.WriteText(TrendExport.Create(Disclose(Data(indicator, input))));

        Snapshot.Match(csv.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_DescribesTheVisibleLine_AndCountsHiddenAndMissingWeeks_WithoutSmallNumbers()
    {
        var summary = TrendSummary.Describe(Disclose(CountTrend()));

        Assert.StartsWith("Lijndiagram van Instroomlijst (aantal) in Jeugdregio Een, week 40 2026 t/m week 45 2026. ", summary, StringComparison.Ordinal);
        Assert.Contains("Eerste waarde 12 in week 40 2026, laatste 9 in week 45 2026.", summary, StringComparison.Ordinal);
        Assert.Contains("Hoogste 12 in week 40 2026, laagste 0 in week 43 2026.", summary, StringComparison.Ordinal);
        Assert.Contains("1 week afgeschermd (kleine aantallen). 1 week zonder gegevens.", summary, StringComparison.Ordinal);
        Assert.Contains("Gearceerd: Verscherpt toezicht op Toezichtregio Een sinds 1 oktober 2026.", summary, StringComparison.Ordinal);
    }

    private static TrendData CountTrend()
    {
        var weeks = Instroomlijst
            .Select((value, i) => (Week: From.Plus(i), Value: value))
            .Where(w => w.Value is not null)
            .Select(w => (w.Week, (IEnumerable<(string Indicator, string Class, decimal Value)>)[(IndicatorCatalogue.Instroomlijst, "", w.Value!.Value)]))
            .ToArray();
        return Data(Indicator(IndicatorCatalogue.Instroomlijst), Input(weeks), corrected: To);
    }

    private static IEnumerable<(string, string, decimal)> Gi(decimal instroom, decimal doorstroom, decimal lopende) =>
    [
        (IndicatorCatalogue.Instroomlijst, "", instroom),
        (IndicatorCatalogue.Doorstroomlijst, "", doorstroom),
        (IndicatorCatalogue.LopendeMaatregelen, "", lopende),
    ];

    private static IEnumerable<(string, string, decimal)> Histogram(params long[] counts) =>
        counts.Select((count, i) => (IndicatorCatalogue.InstroomlijstWachtduur, WaitingTimeClass.All[i].Code, (decimal)count));

    /// <summary>One GI-A delivery on the Friday of each given week with its figures (already summed over the area).</summary>
    private static TrendInput Input(params (IsoWeek Week, IEnumerable<(string Indicator, string Class, decimal Value)> Figures)[] weeks) =>
        new(
            weeks.Select((w, i) => new TrendDelivery(i + 1, GiA, w.Week.Monday.PlusDays(4), false)).ToList(),
            weeks.SelectMany((w, i) => w.Figures.Select(f => new TrendFigure(i + 1, f.Indicator, f.Class, f.Value))).ToList(),
            [new TrendExpectation(GiA, "GM0001", new LocalDate(2015, 1, 1), null)]);

    private static TrendData Data(TrendIndicator indicator, TrendInput input, IsoWeek? corrected = null)
    {
        if (corrected is { } week)
        {
            input = input with
            {
                Deliveries = input.Deliveries.Select(d => IsoWeek.Of(d.ReferenceDate) == week ? d with { Corrected = true } : d).ToList(),
            };
        }

        var from = From.Plus(-TrendData.WeeksInAYear);
        var selection = new TrendSelection(indicator, Jr01, TrendSelection.OwnPeriod, From, To);
        var rules = indicator.StatusIndicatorCode is { } code
            ? DefaultStatusRules.Load(Instant.FromUtc(2026, 1, 1, 0, 0)).Where(r => r.Indicator == code).ToList()
            : [];
        var supervision = new SupervisionPeriod(1, "TZ01", "Toezichtregio Een", new LocalDate(2026, 10, 1), new LocalDate(2027, 4, 1), null, null,
            "test", Instant.FromUtc(2026, 10, 1, 0, 0));
        return new TrendData(selection, [], new AreaDirectory([Jr01]), TrendSeriesBuilder.Build(input, indicator, from, To), null, rules,
            [supervision], [], To.Sunday.PlusDays(1), WeekHiding.None);
    }

    private static DisclosedTrend Disclose(TrendData data) => DisclosedTrend.Create(data, new DisclosurePolicy());

    private static TrendIndicator Indicator(string code) =>
        TrendIndicators.TryGet(code, out var indicator) ? indicator : throw new KeyNotFoundException(code);
}
