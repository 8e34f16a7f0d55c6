using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Instroom.Web.Exports;

/// <summary>
/// An Excel workbook with one sheet named after the table: a header row (frozen, with filters), numbers and dates
/// as real numbers and dates with a Dutch-readable format, and suppressed values ("&lt;5") as text cells.
/// </summary>
public static class XlsxExport
{
    public const int MaxSheetNameLength = 31;

    public static async Task<byte[]> WriteAsync(ExportTable table, CancellationToken cancellationToken = default)
    {
        var rows = table.Rows
            .Select(row => (IDictionary<string, object?>)table.Columns
                .Select((column, i) => (column.Header, Value: Value(column, row[i])))
                .ToDictionary(pair => pair.Header, pair => pair.Value))
            .ToList();
        if (rows.Count == 0)
        {
            // MiniExcel takes the header from the first row; an empty export still shows its columns.
            rows.Add(table.Columns.ToDictionary(column => column.Header, _ => (object?)null));
        }

        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = table.Columns.Select((column, i) => Column(column, table.Rows.Select(row => row[i]))).ToArray(),
        };

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, printHeader: true, sheetName: SheetName(table.Title), excelType: ExcelType.XLSX,
            configuration: configuration, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    /// <summary>Excel allows 31 characters and none of <c>[]:*?/\</c> in a sheet name.</summary>
    public static string SheetName(string title)
    {
        var cleaned = new string(title.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()).Trim().Trim('\'');
        cleaned = cleaned.Length > MaxSheetNameLength ? cleaned[..MaxSheetNameLength].TrimEnd() : cleaned;
        return cleaned.Length == 0 ? "Export" : cleaned;
    }

    private static object? Value(ExportColumn column, ExportCell cell) => cell switch
    {
        { Number: { } number } => column.Rounded(number),
        { Date: { } date } => date.ToDateTimeUnspecified(),
        { Text: { } text } => text,
        _ => null,
    };

    private static DynamicExcelColumn Column(ExportColumn column, IEnumerable<ExportCell> cells)
    {
        var widest = cells.Select(cell => CsvExport.Format(column, cell).Length).Append(column.Header.Length).Max();
        return new DynamicExcelColumn(column.Header)
        {
            Width = Math.Clamp(widest + 3, 8, 60),
            Format = column.Kind switch
            {
                ExportColumnKind.WholeNumber => "0",
                ExportColumnKind.DecimalNumber => CsvExport.NumberFormat(column.Decimals),
                ExportColumnKind.Percentage => CsvExport.NumberFormat(column.Decimals) + "%",
                ExportColumnKind.Date => "d-m-yyyy",
                _ => null,
            },
        };
    }
}
