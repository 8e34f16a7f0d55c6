using Instroom.Jobs.Contract;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Instroom.Jobs.Import;

public static class DeliveryImportRegistration
{
    /// <summary>
    /// Registers the importer, the validator, the run log and the parser limits. Needs <c>AddInstroomData</c>
    /// (database, <c>IClock</c>) and logging. All are stateless singletons.
    /// </summary>
    public static IServiceCollection AddDeliveryImport(this IServiceCollection services)
    {
        services.TryAddSingleton(DeliveryLimits.Default);
        services.TryAddSingleton<DeliveryValidator>();
        services.TryAddSingleton<ImportRunLog>();
        services.TryAddSingleton<DeliveryImporter>();
        services.TryAddSingleton<NightImporter>();
        return services;
    }
}
