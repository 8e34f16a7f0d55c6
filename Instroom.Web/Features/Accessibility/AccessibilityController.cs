using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Instroom.Web.Features.Accessibility;

[Route("toegankelijkheid")]
[AllowAnonymous]
public sealed class AccessibilityController(IOptions<AccessibilityOptions> options) : Controller
{
    /// <summary>The date the statement below was drawn up; change it with every revision of its text.</summary>
    internal static readonly LocalDate StatementDate = new(2026, 11, 23);

    [HttpGet("")]
    public IActionResult Index() =>
        View(new AccessibilityStatementModel(options.Value.Organisation, options.Value.ContactEmail, StatementDate));
}

public sealed record AccessibilityStatementModel(string Organisation, string ContactEmail, LocalDate Date);
