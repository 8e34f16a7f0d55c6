using System.Text;
using CsCheck;
using Instroom.Data.Text;
using Instroom.Tests.Support;
using Instroom.Web.Exports;
using Snapshooter.Xunit;

namespace Instroom.Tests.Web.Exports;

public sealed class CsvExportTests
{
    [Fact]
    public void Csv_OfTheSampleTable_MatchesTheSnapshot()
    {
        var text = CsvExport.WriteText(SampleTable.Create());

        // Line ends are checked below; the snapshot shows them as \n so git cannot change what is compared.
        Snapshot.Match(text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_StartsWithTheUtf8ByteOrderMark_AndEndsEveryLineWithCrLf()
    {
        var bytes = CsvExport.Write(SampleTable.Create());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.Equal(5, text.Split("\r\n").Length - 1);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_WritesDutchNumbersAndDates_AndLeavesSuppressedCellsAsText()
    {
        var lines = CsvExport.WriteText(SampleTable.Create()).Split("\r\n");

        Assert.Equal("Rotterdam;1234;41,3;62,5%;18-11-2026", lines[1]);
        Assert.Equal("Capelle aan den IJssel;<5;geen gegevens;50,0%;18-11-2026", lines[2]);
    }

    [Fact]
    public void Csv_QuotesFieldsWithSeparatorsOrQuotes_AndDefusesFormulas()
    {
        var lines = CsvExport.WriteText(SampleTable.Create()).Split("\r\n");

        Assert.StartsWith("\"Krimpen a/d IJssel; \"\"Oost\"\"\";0;0,0;0,0%;5-1-2026", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("\"'=HYPERLINK(\"\"x\"\")\";12;", lines[4], StringComparison.Ordinal);
        Assert.EndsWith(";100,0%;", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_ReadsBackFieldForField_WithTheStrictRfc4180Reader_ForAnyText()
    {
        var rows = Gen.Select(Gen.String, Gen.Int[-100_000, 100_000]).List[0, 6];

        rows.Sample(sample =>
        {
            var table = new ExportTable("Eigenschap", [ExportColumn.Text("Tekst"), ExportColumn.WholeNumber("Aantal")],
                sample.Select(row => (IReadOnlyList<ExportCell>)[row.Item1, row.Item2]).ToList());

            var parsed = CsvReader.Parse(CsvExport.WriteText(table), CsvExport.Separator);

            Assert.True(parsed.Succeeded, parsed.Error);
            Assert.Equal(
                [["Tekst", "Aantal"], .. table.Rows.Select(row => new[] { CsvExport.Format(table.Columns[0], row[0]), CsvExport.Format(table.Columns[1], row[1]) })],
                parsed.Rows.Select(row => row.Fields));
        });
    }

    [Fact]
    public void Percentages_AreRoundedHalfAwayFromZero_ToTheColumnsDecimals()
    {
        var column = ExportColumn.Percentage("Aandeel", decimals: 0);

        Assert.Equal("13%", CsvExport.Format(column, 0.125m));
        Assert.Equal("12%", CsvExport.Format(column, 0.1249m));
        Assert.Equal("12,5%", CsvExport.Format(ExportColumn.Percentage("Aandeel"), 0.125m));
    }

    [Fact]
    public void Table_RejectsANumberInATextColumn()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new ExportTable("Fout", [ExportColumn.Text("Gemeente")], [[12]]));

        Assert.Contains("Gemeente", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_RejectsARowWithTooFewCells()
    {
        Assert.Throws<ArgumentException>(() =>
            new ExportTable("Fout", [ExportColumn.Text("Gemeente"), ExportColumn.WholeNumber("Aantal")], [["Rotterdam"]]));
    }
}
