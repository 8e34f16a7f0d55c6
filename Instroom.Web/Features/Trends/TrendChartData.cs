using Instroom.Data.Disclosure;
using Instroom.Data.Trends;

namespace Instroom.Web.Features.Trends;

/// <summary>
/// The JSON behind the trend chart (<c>/trends/gegevens</c>), ready for Chart.js: one label per week, the series with
/// their points, threshold lines and verscherpt-toezicht bands by week index. A hidden value is a point with
/// <c>y: null</c> and its text ("&lt;5 (afgeschermd)"), never the number.
/// </summary>
public sealed record TrendChartData(
    string Title,
    string Unit,
    string Summary,
    IReadOnlyList<string> Weeks,
    IReadOnlyList<string> Labels,
    IReadOnlyList<TrendChartSeries> Series,
    IReadOnlyList<TrendThreshold> Lines,
    IReadOnlyList<TrendChartBand> Bands)
{
    public static TrendChartData From(DisclosedTrend trend)
    {
        var rows = trend.Rows;
        var indicator = trend.Indicator;
        var series = new List<TrendChartSeries>
        {
            new("gebied", indicator.Kind == TrendValueKind.WaitingTime ? $"{trend.Area.Name}: mediaan" : trend.Area.Name, "doorgetrokken",
                rows.Select(r => TrendChartPoint.Of(r.Value)).ToList()),
        };
        if (indicator.Kind == TrendValueKind.WaitingTime)
        {
            series.Add(new("p90", $"{trend.Area.Name}: 90e percentiel", "streepjes-kort", rows.Select(r => TrendChartPoint.Of(r.P90!)).ToList()));
        }

        if (trend.HasNational)
        {
            series.Add(new("landelijk", "Nederland", "streepjes", rows.Select(r => TrendChartPoint.Of(r.National!)).ToList()));
        }

        series.Add(new("jaar-eerder", $"{trend.Area.Name}, een jaar eerder", "stippen", rows.Select(r => TrendChartPoint.Of(r.LastYear)).ToList()));

        var weeks = rows.Select(r => r.Week).ToList();
        return new TrendChartData(
            $"{indicator.Label} — {trend.Area.Label}",
            indicator.UnitLabel,
            TrendSummary.Describe(trend),
            weeks.Select(w => w.Key).ToList(),
            weeks.Select(w => $"wk {w.Week} {w.Year}").ToList(),
            series,
            trend.Thresholds,
            trend.Bands.Select(b => new TrendChartBand(weeks.IndexOf(b.From), weeks.IndexOf(b.To), b.Label)).ToList());
    }
}

/// <summary>One line of the chart; <see cref="Style"/> is its dash pattern, so lines differ by more than colour.</summary>
public sealed record TrendChartSeries(string Key, string Label, string Style, IReadOnlyList<TrendChartPoint> Points);

/// <summary>A point: <see cref="Y"/> null for a gap (hidden, no data, nobody waiting), <see cref="Text"/> for the tooltip.</summary>
public sealed record TrendChartPoint(decimal? Y, string Text, DisclosureState State)
{
    public static TrendChartPoint Of(TrendValue value) => new(value.Number, value.Tooltip, value.State);
}

/// <summary>A shaded band from week index <see cref="From"/> to <see cref="To"/> (inclusive).</summary>
public sealed record TrendChartBand(int From, int To, string Label);
