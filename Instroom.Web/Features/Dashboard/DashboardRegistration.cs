using Instroom.Data.Deliveries;
using Instroom.Data.Status;
using Instroom.Web.Features.Overview;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Instroom.Web.Features.Dashboard;

public static class DashboardRegistration
{
    /// <summary>The read side of the landelijk overzicht, the regio weekbeeld and the inspectie page.</summary>
    public static IServiceCollection AddDashboardPages(this IServiceCollection services)
    {
        // Data-layer reads used only by these pages; registered here so AddInstroomData stays as its owners left it.
        services.TryAddSingleton<RegionStatusHistory>();
        services.TryAddSingleton<DeliveryWeekQueries>();
        services.TryAddSingleton<WeekDisclosures>();
        services.TryAddSingleton<WeekHiddenTotals>();
        services.AddHostedService<WeekDisclosurePrecomputation>();
        services.TryAddSingleton<OverviewQueries>();
        services.TryAddSingleton<RegionReport.RegionReportQueries>();
        services.TryAddSingleton<Inspectie.InspectieQueries>();
        return services;
    }
}
