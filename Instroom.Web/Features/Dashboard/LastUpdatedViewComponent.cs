using Instroom.Data.Deliveries;
using Instroom.Data.Text;
using Instroom.Web.Features.Overview;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Instroom.Web.Features.Dashboard;

/// <summary>
/// "Laatst bijgewerkt" on every page (from the layout): when the last import succeeded, whether that is too long ago,
/// and which sources were late or missing for the latest peildatum the lateness check decided.
/// </summary>
public sealed class LastUpdatedViewComponent(DeliveryWeekQueries deliveries, IClock clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        // The error pages use the layout too; they must render when the database is the problem.
        if (HttpContext.Request.Path.StartsWithSegments("/fout"))
        {
            return Content("");
        }

        var cancellationToken = HttpContext.RequestAborted;
        var last = await deliveries.LastImportAsync(cancellationToken);
        var stale = await deliveries.StaleSourcesAsync(cancellationToken);
        return View(LastUpdated.Of(last, stale, clock.GetCurrentInstant()));
    }
}

/// <summary>What the "laatst bijgewerkt" line says.</summary>
public sealed record LastUpdated(string LastImport, bool Stale, string? StaleSources)
{
    public static LastUpdated Of(Instant? lastImport, IReadOnlyList<StaleSource> stale, Instant now) =>
        new(
            lastImport is { } at ? LocalTimes.Dutch(at) : "nog geen import",
            lastImport is not { } last || now - last > OverviewPageBuilder.StaleAfter,
            stale.Count == 0
                ? null
                : $"Niet op tijd aangeleverd voor peildatum {DutchFormat.Date(stale[0].ReferenceDate)}: "
                  + string.Join(", ", stale.Select(source => $"{source.SourceCode} ({source.Label})")) + ".");
}
