using System.Diagnostics.CodeAnalysis;
using Instroom.Data.Calendar;
using Instroom.Web.Exports;
using Instroom.Web.Features.Map;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Instroom.Tests.Support;

/// <summary>Test-only endpoints under <c>/test</c>, served by <see cref="TestPagesApp"/>.</summary>
// Test pages are for any role (PageAccess would make an unlisted controller Beheerder-only).
[Authorize(Policy = Policies.Gebruiker)]
[Route("test")]
public sealed class TestPagesController(NationalMapGeometry geometry) : Controller
{
    public const string FailureMessage = "Deliberate failure to show the error page";

    /// <summary>The national map with every status, a region without link and two toezichtregio's under verscherpt toezicht.</summary>
    [HttpGet("kaart")]
    public IActionResult Map()
    {
        ViewData["Title"] = "Kaart met alle statussen (test)";
        // The partial rendered as a whole page (with the layout from _ViewStart), as the dashboard will embed it.
        return View("/Features/Shared/_NationalMap.cshtml", SampleMap.Create(geometry));
    }

    [HttpGet("fout")]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "MVC only routes to instance methods.")]
    public IActionResult Fail() => throw new InvalidOperationException(FailureMessage);

    [HttpGet("export.{format}")]
    public IActionResult Export(string format) => ExportFormats.TryParse(format, out var parsed)
        ? new ExportResult(SampleTable.Create(), parsed, ExportFileName.For("Friesland (Fryslân)", IsoWeek.Of(new LocalDate(2026, 11, 18)), parsed))
        : NotFound();
}
