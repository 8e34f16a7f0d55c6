using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Disclosure;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Status;
using Instroom.Data.Trends;
using Instroom.Web.Features.Dashboard;

namespace Instroom.Web.Features.Trends;

/// <summary>Which line of a trend a count belongs to.</summary>
public enum TrendLine
{
    Area,
    National,
}

/// <summary>A count of a trend before disclosure control: the area's or the national count or base in a week.</summary>
public readonly record struct TrendCell(TrendLine Line, IsoWeek Week, bool IsBase);

/// <summary>One week of a trend as it may leave the server (page table, chart data, download).</summary>
/// <param name="Count">The count, numerator or waiting list.</param>
/// <param name="Base">The denominator of a share; no data for other trends.</param>
/// <param name="Value">What the chart plots: the count, the percentage or the median.</param>
/// <param name="P90">The 90th percentile of a waiting time, else null.</param>
/// <param name="Change">Change of the count since the week before (counts only).</param>
/// <param name="National">Nederland in the same week (shares and waiting times, not for Nederland itself), else null.</param>
/// <param name="LastYear">The same area 52 weeks earlier.</param>
/// <param name="Completeness">"Onvolledig: geen aanlevering van …" with names, or "" when complete.</param>
/// <param name="Stage">Voorlopig until every expected source delivered and the correctietermijn passed (<see cref="FigureStages"/>).</param>
/// <param name="MissingSources">The codes of the sources that did not deliver (the short form for the table).</param>
public sealed record TrendRow(
    IsoWeek Week,
    DisclosedCount Count,
    DisclosedCount Base,
    TrendValue Value,
    TrendValue? P90,
    DisclosedChange Change,
    TrendValue? National,
    TrendValue LastYear,
    StatusColour? Status,
    bool Corrected,
    FigureStage Stage,
    string Freshness,
    string Completeness,
    IReadOnlyList<string> MissingSources);

/// <summary>An orange or red threshold of a status rule, or a contract norm, drawn across the chart.</summary>
public sealed record TrendThreshold(string Kind, decimal Value, string Label);

/// <summary>A period of verscherpt toezicht within the trend's range, by week.</summary>
public sealed record TrendBand(IsoWeek From, IsoWeek To, string Label);

/// <summary>
/// A trend after disclosure control: every count of the area (over the range and the year before it) and of Nederland
/// goes through <see cref="DisclosureControl.Apply{TKey}"/> in one table; shares, changes and waiting times are
/// derived from the disclosed counts only, so a hidden count stays hidden in every derived figure.
/// </summary>
public sealed record DisclosedTrend(
    TrendSelection Selection,
    IReadOnlyList<TrendRow> Rows,
    bool HasNational,
    bool HasStatus,
    IReadOnlyList<TrendThreshold> Thresholds,
    IReadOnlyList<TrendBand> Bands)
{
    public TrendIndicator Indicator => Selection.Indicator;

    public AreaEntry Area => Selection.Area;

    public static DisclosedTrend Create(TrendData data, DisclosurePolicy policy)
    {
        var indicator = data.Selection.Indicator;
        var table = new DisclosureTable<TrendCell>();
        AddCells(table, TrendLine.Area, data.Series, indicator);
        HideAsElsewhere(table, TrendLine.Area, data.Series, data.Selection.Area.Code, indicator, data.HiddenElsewhere);
        if (data.National is { } national)
        {
            AddCells(table, TrendLine.National, national, indicator);
            HideAsElsewhere(table, TrendLine.National, national, AreaKind.NationalCode, indicator, data.HiddenElsewhere);
        }

        // No roles yet: nobody is exempt (DisclosurePolicy.IsExempt needs the signed-in user's roles).
        var disclosed = DisclosureControl.Apply(table, policy, exempt: false);
        var statuses = data.Statuses.ToDictionary(s => s.Week, s => s.Status);
        var rows = new List<TrendRow>();
        for (var week = data.Selection.From; week <= data.Selection.To; week = week.Plus(1))
        {
            var source = data.Series[week]!;
            var count = Cell(disclosed, TrendLine.Area, week, isBase: false);
            rows.Add(new TrendRow(
                week,
                count,
                Cell(disclosed, TrendLine.Area, week, isBase: true),
                Value(disclosed, TrendLine.Area, week, data.Series, indicator),
                indicator.Kind == TrendValueKind.WaitingTime ? TrendValue.WaitingTime(count, source.P90) : null,
                count.ChangeSince(Cell(disclosed, TrendLine.Area, week.Previous, isBase: false)),
                data.National is { } nationalSeries ? Value(disclosed, TrendLine.National, week, nationalSeries, indicator) : null,
                Value(disclosed, TrendLine.Area, week.Plus(-TrendData.WeeksInAYear), data.Series, indicator),
                statuses.TryGetValue(week, out var status) ? status : null,
                source.Corrected,
                FigureStages.Of(week, source.Completeness, data.Today),
                source.Freshness.Label,
                source.Completeness.Label,
                source.Completeness.Missing.Select(m => m.Source.Code).ToList()));
        }

        return new DisclosedTrend(data.Selection, rows, data.National is not null, data.Selection.Area.Kind != AreaKind.Gemeente,
            ThresholdsOf(data), BandsOf(data));
    }

    private static void AddCells(DisclosureTable<TrendCell> table, TrendLine line, TrendSeries series, TrendIndicator indicator)
    {
        foreach (var week in series.Weeks)
        {
            table.Add(new TrendCell(line, week.Week, IsBase: false), Whole(week.Count));
            if (indicator.BaseCode is not null)
            {
                table.Add(new TrendCell(line, week.Week, IsBase: true), Whole(week.Base));
            }
        }
    }

    /// <summary>
    /// Hides the weeks whose count or base the overview or a weekbeeld of that week hides: shown here, the complement
    /// of a small neighbour there would give the small count away (the region total minus this gemeente). A week whose
    /// weekbeeld is not computed yet is hidden whole.
    /// </summary>
    private static void HideAsElsewhere(DisclosureTable<TrendCell> table, TrendLine line, TrendSeries series, string areaCode,
        TrendIndicator indicator, WeekHiding hiding)
    {
        var countCode = WeekbeeldCode(indicator);
        foreach (var week in series.Weeks)
        {
            if (week.Count is not null && (countCode is null ? hiding.Pending.Contains(week.Week) : hiding.Hides(week.Week, areaCode, countCode)))
            {
                table.HideAsElsewhere(new TrendCell(line, week.Week, IsBase: false));
            }

            if (indicator.BaseCode is { } baseCode && week.Base is not null && hiding.Hides(week.Week, areaCode, baseCode))
            {
                table.HideAsElsewhere(new TrendCell(line, week.Week, IsBase: true));
            }
        }
    }

    /// <summary>The indicator under which the weekbeelden show the trend's count: its one contract code, or the sum without a vaste jeugdbeschermer.</summary>
    private static string? WeekbeeldCode(TrendIndicator indicator) => indicator.CountCodes switch
    {
        [var single] => single,
        [IndicatorCatalogue.Instroomlijst, IndicatorCatalogue.Doorstroomlijst] => RollupIndicator.ZonderVasteJeugdbeschermer,
        _ => null,
    };

    private static int? Whole(decimal? value) => value is { } v ? decimal.ToInt32(decimal.Round(v, MidpointRounding.AwayFromZero)) : null;

    private static DisclosedCount Cell(DisclosedTable<TrendCell> disclosed, TrendLine line, IsoWeek week, bool isBase) =>
        disclosed.TryGetValue(new TrendCell(line, week, isBase), out var count) ? count : DisclosedCount.NoData;

    private static TrendValue Value(DisclosedTable<TrendCell> disclosed, TrendLine line, IsoWeek week, TrendSeries series, TrendIndicator indicator)
    {
        var count = Cell(disclosed, line, week, isBase: false);
        return indicator.Kind switch
        {
            TrendValueKind.Share => TrendValue.Of(count.ShareOf(Cell(disclosed, line, week, isBase: true))),
            TrendValueKind.WaitingTime => TrendValue.WaitingTime(count, series[week]?.Median),
            _ => TrendValue.Of(count),
        };
    }

    private static List<TrendThreshold> ThresholdsOf(TrendData data)
    {
        var lines = new List<TrendThreshold>();
        if (data.Selection.Indicator.NormLine is { } norm)
        {
            lines.Add(new TrendThreshold("norm", norm.Value, norm.Label));
        }

        foreach (var rule in data.Rules)
        {
            if (!StatusIndicators.TryGet(rule.Indicator, out var statusIndicator))
            {
                continue;
            }

            lines.Add(new TrendThreshold("oranje", rule.OrangeThreshold,
                $"Oranje {statusIndicator.ThresholdWord} {statusIndicator.FormatThreshold(rule.OrangeThreshold)}"));
            lines.Add(new TrendThreshold("rood", rule.RedThreshold,
                $"Rood {statusIndicator.ThresholdWord} {statusIndicator.FormatThreshold(rule.RedThreshold)}"));
        }

        return lines;
    }

    private static List<TrendBand> BandsOf(TrendData data)
    {
        var (from, to) = (data.Selection.From, data.Selection.To);
        return data.Supervision
            .Where(p => p.Start <= to.Sunday && (p.ActualEnd is null || p.ActualEnd > from.Monday))
            .Select(p =>
            {
                var first = IsoWeek.Of(p.Start < from.Monday ? from.Monday : p.Start);
                var last = p.ActualEnd is { } end && end.PlusDays(-1) < to.Sunday ? IsoWeek.Of(end.PlusDays(-1)) : to;
                var period = p.ActualEnd is { } ended
                    ? $"van {Dutch(p.Start)} tot {Dutch(ended)}"
                    : $"sinds {Dutch(p.Start)}";
                return new TrendBand(first, last, $"Verscherpt toezicht op {p.AreaName} {period}");
            })
            .ToList();
    }

    private static string Dutch(NodaTime.LocalDate date) => date.ToString("d MMMM yyyy", Formats.Dutch);
}
