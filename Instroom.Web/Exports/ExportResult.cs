using Microsoft.AspNetCore.Mvc;

namespace Instroom.Web.Exports;

/// <summary>
/// A download of an <see cref="ExportTable"/>: <c>return new ExportResult(table, format, ExportFileName.For(...))</c>.
/// Sends Content-Disposition: attachment with the file name (ASCII and RFC 5987 forms) and forbids caching.
/// </summary>
public sealed class ExportResult(ExportTable table, ExportFormat format, string fileName) : IActionResult
{
    public ExportTable Table { get; } = table;

    public ExportFormat Format { get; } = format;

    public string FileName { get; } = fileName;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        // Written to memory first: MiniExcel zips synchronously and Kestrel forbids synchronous writes.
        var content = await Format.WriteAsync(Table, context.HttpContext.RequestAborted);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        await new FileContentResult(content, Format.ContentType()) { FileDownloadName = FileName }.ExecuteResultAsync(context);
    }
}
