using Instroom.Data.Areas;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Instroom.Data.Trends;

public static class TrendRegistration
{
    /// <summary>The trend query and the directory of areas a user can choose. Needs AddInstroomData (database).</summary>
    public static IServiceCollection AddTrends(this IServiceCollection services)
    {
        services.TryAddSingleton<AreaDirectoryQueries>();
        services.TryAddSingleton<TrendQueries>();
        return services;
    }
}
