using Instroom.Web.Exports;
using NodaTime;

namespace Instroom.Tests.Support;

/// <summary>An export with every column kind and the texts disclosure control leaves in numeric cells.</summary>
public static class SampleTable
{
    public static ExportTable Create() => new(
        "Wachttijden per gemeente, week 47 2026",
        [
            ExportColumn.Text("Gemeente"),
            ExportColumn.WholeNumber("Kinderen op de instroomlijst"),
            ExportColumn.DecimalNumber("Gemiddelde wachtduur (dagen)"),
            ExportColumn.Percentage("Binnen 5 werkdagen eerste contact"),
            ExportColumn.Date("Peildatum"),
        ],
        [
            ["Rotterdam", 1234, 41.25m, 0.6254m, new LocalDate(2026, 11, 18)],
            ["Capelle aan den IJssel", "<5", "geen gegevens", 0.5m, new LocalDate(2026, 11, 18)],
            ["Krimpen a/d IJssel; \"Oost\"", 0, 0m, 0m, new LocalDate(2026, 1, 5)],
            ["=HYPERLINK(\"x\")", 12, 7.05m, 1m, ExportCell.Empty],
        ]);
}
