using Instroom.Data.Audit;
using Instroom.Web.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Instroom.Web.Security;

/// <summary>
/// Records every download (an <see cref="ExportResult"/> or a file result with a download name) once, for all
/// controllers: what was asked for (path and query) and the file name.
/// </summary>
public sealed class ExportAudit(AccessAudit audit) : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var fileName = context.Result switch
        {
            ExportResult export => export.FileName,
            FileResult { FileDownloadName.Length: > 0 } file => file.FileDownloadName,
            _ => null,
        };
        var executed = await next();
        if (fileName is null)
        {
            return;
        }

        var request = context.HttpContext.Request;
        await audit.RecordAsync(context.HttpContext, AuditActions.Export, $"{request.Path}{request.QueryString}",
            executed.Exception is null || executed.ExceptionHandled ? AuditResults.Succeeded : AuditResults.Failed, fileName);
    }
}
