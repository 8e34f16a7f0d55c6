using Instroom.Web.Exports;
using Instroom.Web.Features.Dashboard;

namespace Instroom.Web.Features.RegionReport;

/// <summary>
/// Pure: the weekbeeld's figures as one long table (key figures, chain, and the three breakdowns), one figure per
/// row, so CSV and Excel both hold everything the page shows and a spreadsheet can filter on any column. A change is
/// in the unit of its figure: children, percentage points or days.
/// </summary>
public static class RegionReportExport
{
    public static ExportTable Table(RegionReportPage page)
    {
        var rows = new List<IReadOnlyList<ExportCell>>();

        void Add(string part, string breakdown, string figure, Figure value, Figure? sinceLastWeek = null, Figure? sinceFourWeeksAgo = null,
            string? note = null) =>
            rows.Add(
            [
                page.Region.Code, page.Region.Name, page.Week.Key, part, breakdown, figure,
                value.Kind == FigureKind.Count ? value.ToCell() : ExportCell.Empty,
                value.Kind == FigureKind.Percentage ? value.ToCell() : ExportCell.Empty,
                value.Kind == FigureKind.Days ? value.ToCell() : ExportCell.Empty,
                sinceLastWeek?.ToCell() ?? ExportCell.Empty, sinceFourWeeksAgo?.ToCell() ?? ExportCell.Empty, note, page.StageLabel,
            ]);

        foreach (var key in page.KeyFigures)
        {
            Add("Kerncijfers", page.Region.Name, key.Label, key.Value, key.SinceLastWeek, key.SinceFourWeeksAgo);
        }

        foreach (var step in page.Chain)
        {
            Add("Keten", step.Label, step.Waiting.Label, step.Waiting.Value, note: step.Incomplete);
            Add("Keten", step.Label, "Mediane wachttijd", step.Median);
            Add("Keten", step.Label, "90% wacht korter dan", step.P90);
            foreach (var figure in step.Parts.Concat(step.Flows))
            {
                Add("Keten", step.Label, figure.Label, figure.Value);
            }
        }

        foreach (var table in new[] { page.PerGi, page.PerGemeente, page.PerMeasure })
        {
            foreach (var row in table.Rows.Append(table.Total))
            {
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    Add(table.Title, row.Name, table.Columns[i].Label, row.Values[i], note: row.Note);
                }
            }
        }

        return new ExportTable($"Weekbeeld {page.Region.Name} {page.Week.Label}",
        [
            ExportColumn.Text("Regiocode"),
            ExportColumn.Text("Regio"),
            ExportColumn.Text("Week"),
            ExportColumn.Text("Onderdeel"),
            ExportColumn.Text("Uitsplitsing"),
            ExportColumn.Text("Cijfer"),
            ExportColumn.WholeNumber("Aantal"),
            ExportColumn.Percentage("Percentage"),
            ExportColumn.WholeNumber("Dagen"),
            ExportColumn.DecimalNumber("Verandering sinds vorige week"),
            ExportColumn.DecimalNumber("Verandering sinds vier weken"),
            ExportColumn.Text("Toelichting"),
            ExportColumn.Text("Voorlopig of definitief"),
        ], rows);
    }

    /// <summary>"instroom-weekbeeld-jz29-rijnmond-2026-W47.csv".</summary>
    public static string FileName(RegionReportPage page, ExportFormat format) =>
        ExportFileName.For($"{page.Region.Code} {page.Region.Name}", page.Week, format, "weekbeeld");
}
