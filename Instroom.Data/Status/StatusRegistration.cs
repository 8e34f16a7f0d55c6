using Instroom.Data.Rollups;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Instroom.Data.Status;

public static class StatusRegistration
{
    /// <summary>
    /// Rollups (read models per region and week), status rules (seeded with the illustrative defaults at start when
    /// the table is empty), stored statuses and their recomputation. Needs AddInstroomData (database, clock).
    /// </summary>
    public static IServiceCollection AddRegionStatus(this IServiceCollection services)
    {
        services.TryAddSingleton<RollupQueries>();
        services.TryAddSingleton<RegionWeekQueries>();
        services.TryAddSingleton<StatusRuleStore>();
        services.TryAddSingleton<RegionStatusStore>();
        services.TryAddSingleton<RegionStatusRecomputer>();
        services.AddHostedService<StatusRuleSeeding>();
        return services;
    }
}
