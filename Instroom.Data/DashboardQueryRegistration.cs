using Instroom.Data.Areas;
using Instroom.Data.Deliveries;
using Instroom.Data.Trends;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Instroom.Data;

public static class DashboardQueryRegistration
{
    /// <summary>
    /// The read-only queries of the trends and deliveries pages: the directory of areas, trends, the totals each week's disclosure
    /// hid, and what the import recorded. Needs AddInstroomData (database).
    /// </summary>
    public static IServiceCollection AddDashboardQueries(this IServiceCollection services)
    {
        services.TryAddSingleton<AreaDirectoryQueries>();
        services.TryAddSingleton<TrendQueries>();
        services.TryAddSingleton<DeliveryOverviewQueries>();
        services.TryAddSingleton<Disclosure.WeekDisclosureStore>();
        return services;
    }
}
