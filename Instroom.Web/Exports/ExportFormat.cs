namespace Instroom.Web.Exports;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

public static class ExportFormats
{
    public static string Extension(this ExportFormat format) => format == ExportFormat.Csv ? "csv" : "xlsx";

    public static string ContentType(this ExportFormat format) => format == ExportFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>"csv" or "xlsx" from a URL segment or query value; false for anything else.</summary>
    public static bool TryParse(string? text, out ExportFormat format)
    {
        format = string.Equals(text, "xlsx", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Xlsx : ExportFormat.Csv;
        return string.Equals(text, "csv", StringComparison.OrdinalIgnoreCase) || format == ExportFormat.Xlsx;
    }

    public static async Task<byte[]> WriteAsync(this ExportFormat format, ExportTable table, CancellationToken cancellationToken = default) =>
        format == ExportFormat.Csv ? CsvExport.Write(table) : await XlsxExport.WriteAsync(table, cancellationToken);
}
