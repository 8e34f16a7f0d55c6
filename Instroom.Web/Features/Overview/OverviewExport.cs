using Instroom.Data.Rollups;
using Instroom.Web.Exports;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Map;

namespace Instroom.Web.Features.Overview;

/// <summary>Pure: the overview's table as a download, in the page's order, with Nederland last.</summary>
public static class OverviewExport
{
    public static ExportTable Table(OverviewPage page)
    {
        var rows = page.Rows.Append(page.National).OfType<OverviewRow>().Select(Row).ToList();
        return new ExportTable(
            $"Overzicht {page.LevelPlural} {page.Week.Label}",
            [
                ExportColumn.Text("Code"),
                ExportColumn.Text("Regio"),
                ExportColumn.Text("Status"),
                ExportColumn.Text("Redenen"),
                ExportColumn.Text("Verscherpt toezicht"),
                ExportColumn.WholeNumber("Instroomlijst"),
                ExportColumn.Percentage("Instroomlijst, aandeel van lopende maatregelen"),
                ExportColumn.WholeNumber("Instroomlijst, verandering sinds vorige week"),
                ExportColumn.WholeNumber("Doorstroomlijst"),
                ExportColumn.Percentage("Doorstroomlijst, aandeel van lopende maatregelen"),
                ExportColumn.WholeNumber("Doorstroomlijst, verandering sinds vorige week"),
                ExportColumn.WholeNumber("Zonder vaste jeugdbeschermer"),
                ExportColumn.Percentage("Zonder vaste jeugdbeschermer, aandeel van lopende maatregelen"),
                ExportColumn.WholeNumber("Zonder vaste jeugdbeschermer, verandering sinds vorige week"),
                ExportColumn.WholeNumber("Mediane wachttijd instroomlijst (dagen)"),
                ExportColumn.WholeNumber("90% wacht korter dan (dagen)"),
                ExportColumn.Percentage("Eerste contact binnen 5 werkdagen"),
                ExportColumn.WholeNumber("Wacht op passende hulp"),
                ExportColumn.WholeNumber("Bronnen aangeleverd"),
                ExportColumn.WholeNumber("Bronnen verwacht"),
                ExportColumn.Date("Peildatum vanaf"),
                ExportColumn.Date("Peildatum tot en met"),
                ExportColumn.Text("Gecorrigeerd"),
                ExportColumn.Text("Voorlopig of definitief"),
            ],
            rows);
    }

    /// <summary>"instroom-overzicht-jeugdregios-2026-W47.csv".</summary>
    public static string FileName(OverviewPage page, ExportFormat format) =>
        ExportFileName.For(page.Request.Level == OverviewLevel.Toezichtregio ? "toezichtregios" : "jeugdregios", page.Week, format, "overzicht");

    private static IReadOnlyList<ExportCell> Row(OverviewRow row) =>
    [
        row.Code,
        row.Name,
        row.Status.Word(),
        string.Join("; ", row.Reasons.Select(reason => reason.Text)),
        row.Supervision ?? "nee",
        row.Instroomlijst.Count.ToCell(),
        row.Instroomlijst.Share.ToCell(),
        row.Instroomlijst.Change.ToCell(),
        row.Doorstroomlijst.Count.ToCell(),
        row.Doorstroomlijst.Share.ToCell(),
        row.Doorstroomlijst.Change.ToCell(),
        row.WithoutCaseworker.Count.ToCell(),
        row.WithoutCaseworker.Share.ToCell(),
        row.WithoutCaseworker.Change.ToCell(),
        row.MedianWait.ToCell(),
        row.P90Wait.ToCell(),
        row.FirstContactOnTime.ToCell(),
        row.WaitingForCare.ToCell(),
        row.DeliveredSources,
        row.ExpectedSources,
        ExportCell.FromDate(row.OldestReferenceDate),
        ExportCell.FromDate(row.NewestReferenceDate),
        row.Corrected ? "ja" : "nee",
        row.Stage == FigureStage.Definitief ? "definitief" : "voorlopig",
    ];
}
