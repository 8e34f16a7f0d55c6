using System.Text;
using Instroom.Data.Disclosure;
using Instroom.Data.Trends;

namespace Instroom.Web.Features.Trends;

/// <summary>
/// The chart in words, for the canvas's aria-label and the chart data: where the line starts and ends, its highest
/// and lowest point, how many weeks are hidden or without data, and which other lines and bands the chart shows.
/// Made from the disclosed rows only, so it says nothing the table does not.
/// </summary>
public static class TrendSummary
{
    public static string Describe(DisclosedTrend trend)
    {
        var text = new StringBuilder();
        text.Append($"Lijndiagram van {trend.Indicator.Label} ({trend.Indicator.UnitLabel}) in {trend.Area.Name}, {trend.Selection.RangeLabel}. ");

        var visible = trend.Rows.Where(r => r.Value.IsVisible).ToList();
        if (visible.Count == 0)
        {
            text.Append("Er zijn in deze periode geen cijfers te tonen. ");
        }
        else
        {
            var (first, last) = (visible[0], visible[^1]);
            var highest = visible.MaxBy(r => r.Value.Number)!;
            var lowest = visible.MinBy(r => r.Value.Number)!;
            text.Append($"Eerste waarde {first.Value.Text} in {first.Week.Label}, laatste {last.Value.Text} in {last.Week.Label}. ");
            text.Append($"Hoogste {highest.Value.Text} in {highest.Week.Label}, laagste {lowest.Value.Text} in {lowest.Week.Label}. ");
        }

        var suppressed = trend.Rows.Count(r => r.Value.State == DisclosureState.Suppressed);
        var noData = trend.Rows.Count(r => r.Value.State == DisclosureState.NoData);
        if (suppressed > 0)
        {
            text.Append($"{Weeks(suppressed)} afgeschermd (kleine aantallen). ");
        }

        if (noData > 0)
        {
            text.Append($"{Weeks(noData)} zonder gegevens. ");
        }

        var others = new List<string>();
        if (trend.Indicator.Kind == TrendValueKind.WaitingTime)
        {
            others.Add("het 90e percentiel (korte streepjes)");
        }

        if (trend.HasNational)
        {
            others.Add("Nederland (streepjeslijn)");
        }

        others.Add("hetzelfde gebied een jaar eerder (stippellijn)");
        text.Append($"Ook getoond: {string.Join(", ", others)}. ");
        if (trend.Thresholds.Count > 0)
        {
            text.Append($"Lijnen: {string.Join(", ", trend.Thresholds.Select(t => t.Label))}. ");
        }

        foreach (var band in trend.Bands)
        {
            text.Append($"Gearceerd: {band.Label}. ");
        }

        text.Append("Alle cijfers staan in de tabel onder de grafiek.");
        return text.ToString();
    }

    private static string Weeks(int count) => count == 1 ? "1 week" : $"{count} weken";
}
