using Instroom.Data.Disclosure;
using Instroom.Data.Rollups;
using Instroom.Data.Status;
using Instroom.Data.Trends;
using Instroom.Web.Exports;

namespace Instroom.Web.Features.Trends;

/// <summary>
/// A trend as a download (CSV or Excel): one row per week with the same disclosed figures as the page's table. A
/// hidden or missing value is text ("&lt;5", "afgeschermd", "geen gegevens") in its numeric column.
/// </summary>
public static class TrendExport
{
    public static ExportTable Create(DisclosedTrend trend)
    {
        var indicator = trend.Indicator;
        var columns = new List<ExportColumn> { ExportColumn.Text("Week"), ExportColumn.Date("Maandag") };
        switch (indicator.Kind)
        {
            case TrendValueKind.Share:
                columns.Add(ExportColumn.WholeNumber("Aantal (teller)"));
                columns.Add(ExportColumn.WholeNumber("Basis (noemer)"));
                columns.Add(ExportColumn.Percentage(indicator.Label));
                break;
            case TrendValueKind.WaitingTime:
                columns.Add(ExportColumn.WholeNumber("Aantal wachtend"));
                columns.Add(ExportColumn.WholeNumber("Mediaan (dagen)"));
                columns.Add(ExportColumn.WholeNumber("90e percentiel (dagen)"));
                break;
            default:
                columns.Add(ExportColumn.WholeNumber(indicator.Label));
                columns.Add(ExportColumn.WholeNumber("Verschil met week ervoor"));
                break;
        }

        if (trend.HasNational)
        {
            columns.Add(ValueColumn(indicator, "Nederland"));
        }

        columns.Add(ValueColumn(indicator, "Een jaar eerder"));
        if (trend.HasStatus)
        {
            columns.Add(ExportColumn.Text("Status"));
        }

        columns.Add(ExportColumn.Text("Gecorrigeerd"));
        columns.Add(ExportColumn.Text("Voorlopig of definitief"));
        columns.Add(ExportColumn.Text("Stand"));
        columns.Add(ExportColumn.Text("Volledigheid"));

        var rows = trend.Rows.Select(row => (IReadOnlyList<ExportCell>)Row(trend, row).ToList()).ToList();
        return new ExportTable($"Trend {indicator.Label}, {trend.Area.Name}, {trend.Selection.RangeLabel}", columns, rows);
    }

    private static ExportColumn ValueColumn(TrendIndicator indicator, string header) => indicator.Kind switch
    {
        TrendValueKind.Share => ExportColumn.Percentage(header),
        TrendValueKind.WaitingTime => ExportColumn.WholeNumber(header + ": mediaan (dagen)"),
        _ => ExportColumn.WholeNumber(header),
    };

    private static IEnumerable<ExportCell> Row(DisclosedTrend trend, TrendRow row)
    {
        var kind = trend.Indicator.Kind;
        yield return row.Week.Key;
        yield return row.Week.Monday;
        switch (kind)
        {
            case TrendValueKind.Share:
                yield return Cell(row.Count);
                yield return Cell(row.Base);
                yield return Cell(row.Value, kind);
                break;
            case TrendValueKind.WaitingTime:
                yield return Cell(row.Count);
                yield return Cell(row.Value, kind);
                yield return Cell(row.P90!, kind);
                break;
            default:
                yield return Cell(row.Count);
                yield return row.Change.Value is { } change ? (ExportCell)change : row.Change.Text;
                break;
        }

        if (trend.HasNational)
        {
            yield return Cell(row.National!, kind);
        }

        yield return Cell(row.LastYear, kind);
        if (trend.HasStatus)
        {
            yield return row.Status?.Code() ?? "geen status";
        }

        yield return row.Corrected ? "ja" : "nee";
        yield return row.Stage == FigureStage.Definitief ? "definitief" : "voorlopig";
        yield return row.Freshness;
        yield return row.Completeness.Length == 0 ? "volledig" : row.Completeness;
    }

    private static ExportCell Cell(DisclosedCount count) => count.Value is { } value ? value : count.Text;

    /// <summary>A percentage column holds a fraction (12,4% is 0.124); an open-ended waiting time is text ("≥ 183 dagen").</summary>
    private static ExportCell Cell(TrendValue value, TrendValueKind kind) => value switch
    {
        { Number: { } number } when kind == TrendValueKind.Share => number / 100m,
        { Number: not null } when kind == TrendValueKind.WaitingTime && value.Text.StartsWith('≥') => value.Text,
        { Number: { } number } => number,
        _ => value.Text,
    };
}
