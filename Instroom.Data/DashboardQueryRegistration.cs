using Instroom.Data.Areas;
using Instroom.Data.Deliveries;
using Instroom.Data.Trends;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Instroom.Data;

public static class DashboardQueryRegistration
{
    /// <summary>
    /// The read-only queries of the trends and deliveries pages: the directory of areas, trends, and what the import
    /// recorded. Needs AddInstroomData (database).
    /// </summary>
    public static IServiceCollection AddDashboardQueries(this IServiceCollection services)
    {
        services.TryAddSingleton<AreaDirectoryQueries>();
        services.TryAddSingleton<TrendQueries>();
        services.TryAddSingleton<DeliveryOverviewQueries>();
        return services;
    }
}
