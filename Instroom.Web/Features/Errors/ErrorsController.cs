using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Instroom.Web.Features.Errors;

/// <summary>
/// The pages the exception handler (<c>/fout</c>) and the status code pages (<c>/fout/404</c>, ...) re-execute.
/// No HTTP method attributes: a failed POST is re-executed as a POST and must still get its page.
/// </summary>
[Route("fout")]
[AllowAnonymous]
// A failed POST (405, or a refused antiforgery token: 400) is re-executed here as a POST; the page changes nothing.
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorsController(IHostEnvironment environment, ILogger<ErrorsController> logger) : Controller
{
    [Route("")]
    public IActionResult Index()
    {
        var correlationId = CorrelationId(HttpContext);
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure is not null)
        {
            // The exception itself is logged by the exception handler; this line ties it to what the user sees.
            logger.LogWarning("Error page shown with correlation id {CorrelationId} for {Path}", correlationId, failure.Path);
        }

        var details = environment.IsDevelopment() ? failure?.Error.ToString() : null;
        return View(new ErrorModel(correlationId, details));
    }

    [Route("{statusCode:int}")]
    public IActionResult Status(int statusCode)
    {
        if (statusCode is >= 400 and <= 599)
        {
            Response.StatusCode = statusCode;
        }

        return statusCode == StatusCodes.Status404NotFound
            ? View("NotFound")
            : View("Status", new StatusModel(statusCode, CorrelationId(HttpContext)));
    }

    /// <summary>The W3C trace id the request's logs carry, so a user's report can be found in them.</summary>
    internal static string CorrelationId(HttpContext context) =>
        Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
}

public sealed record ErrorModel(string CorrelationId, string? DeveloperDetails);

public sealed record StatusModel(int StatusCode, string CorrelationId);
