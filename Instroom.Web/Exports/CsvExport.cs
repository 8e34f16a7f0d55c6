using System.Globalization;
using System.Text;

namespace Instroom.Web.Exports;

/// <summary>
/// CSV as Dutch Excel opens it with a double click: UTF-8 with BOM, semicolons, decimal comma, dates d-M-yyyy,
/// CRLF line ends and RFC 4180 quoting. One header row, no title row, so other tools read it as data.
/// </summary>
public static class CsvExport
{
    public const char Separator = ';';

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The file's bytes, starting with the UTF-8 byte order mark.</summary>
    public static byte[] Write(ExportTable table) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(WriteText(table))];

    /// <summary>The file's text without the byte order mark.</summary>
    public static string WriteText(ExportTable table)
    {
        var csv = new StringBuilder();
        AppendLine(csv, table.Columns.Select(column => Field(column.Header)));
        foreach (var row in table.Rows)
        {
            AppendLine(csv, row.Select((cell, i) => Field(Format(table.Columns[i], cell))));
        }

        return csv.ToString();
    }

    internal static string Format(ExportColumn column, ExportCell cell) => cell switch
    {
        { Number: { } number } => column.Kind switch
        {
            ExportColumnKind.Percentage => column.Rounded(number).ToString(NumberFormat(column.Decimals) + "%", Dutch),
            _ => column.Rounded(number).ToString(NumberFormat(column.Kind == ExportColumnKind.WholeNumber ? 0 : column.Decimals), Dutch),
        },
        { Date: { } date } => date.ToString("d-M-yyyy", CultureInfo.InvariantCulture),
        { Text: { } text } => DefuseFormula(text),
        _ => "",
    };

    /// <summary>A fixed number of decimals and no thousands separator: "1234,5", never "1.234,5".</summary>
    internal static string NumberFormat(int decimals) => decimals == 0 ? "0" : "0." + new string('0', decimals);

    /// <summary>
    /// A text cell that starts like a formula would be run by a spreadsheet; a leading apostrophe keeps it text
    /// (OWASP "CSV injection"). Names of organisations come from data, so this is not hypothetical.
    /// </summary>
    private static string DefuseFormula(string text) =>
        text.Length > 1 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void AppendLine(StringBuilder csv, IEnumerable<string> fields) =>
        csv.AppendJoin(Separator, fields).Append("\r\n");
}
