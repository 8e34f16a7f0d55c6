using Instroom.Tests.Support;
using Instroom.Web.Exports;
using MiniExcelLibs;

namespace Instroom.Tests.Web.Exports;

public sealed class XlsxExportTests
{
    [Fact]
    public async Task Xlsx_OpensAgain_WithNumbersAsNumbersDatesAsDatesAndSuppressedCellsAsText()
    {
        var bytes = await XlsxExport.WriteAsync(SampleTable.Create());

        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(4, rows.Count);
        Assert.Equal("Rotterdam", rows[0]["Gemeente"]);
        Assert.Equal(1234d, Assert.IsType<double>(rows[0]["Kinderen op de instroomlijst"]));
        Assert.Equal(41.3d, Assert.IsType<double>(rows[0]["Gemiddelde wachtduur (dagen)"]), 10);
        Assert.Equal(0.625d, Assert.IsType<double>(rows[0]["Binnen 5 werkdagen eerste contact"]), 10);
        Assert.Equal(new DateTime(2026, 11, 18), Assert.IsType<DateTime>(rows[0]["Peildatum"]));
        Assert.Equal("<5", rows[1]["Kinderen op de instroomlijst"]);
        Assert.Equal("geen gegevens", rows[1]["Gemiddelde wachtduur (dagen)"]);
        Assert.Equal("=HYPERLINK(\"x\")", rows[3]["Gemeente"]);
        Assert.Null(rows[3]["Peildatum"]);
    }

    [Fact]
    public async Task Xlsx_NamesItsSheetAfterTheTitle_WithinExcelsRules()
    {
        var bytes = await XlsxExport.WriteAsync(SampleTable.Create());

        using var stream = new MemoryStream(bytes);

        Assert.Equal(["Wachttijden per gemeente, week"], stream.GetSheetNames());
    }

    [Theory]
    [InlineData("Status: rood / oranje [week 47]", "Status rood  oranje week 47")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("???", "Export")]
    public void SheetName_DropsCharactersExcelForbids(string title, string expected) =>
        Assert.Equal(expected, XlsxExport.SheetName(title));

    [Fact]
    public async Task Xlsx_OfAnEmptyTable_StillHasItsHeaderRow()
    {
        var table = new ExportTable("Leeg", [ExportColumn.Text("Gemeente"), ExportColumn.WholeNumber("Aantal")], []);

        using var stream = new MemoryStream(await XlsxExport.WriteAsync(table));

        Assert.Equal(["Gemeente", "Aantal"], stream.GetColumns(useHeaderRow: true));
    }
}
