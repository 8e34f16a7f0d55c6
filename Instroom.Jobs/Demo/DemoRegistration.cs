using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Instroom.Jobs.Demo;

public static class DemoRegistration
{
    /// <summary>
    /// Registers the delivery simulator, the generator and — when <c>Instroom:Demo:Enabled</c> — the demo source
    /// server as a hosted service. Needs <see cref="Instroom.Data.Storage.InstroomDatabase"/> and a NodaTime
    /// <see cref="NodaTime.IClock"/> (both from AddInstroomData).
    /// </summary>
    public static IServiceCollection AddDemoSources(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DemoSourceOptions.SectionName);
        services.AddOptions<DemoSourceOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.Token), "Instroom:Demo:Token is leeg.")
            .ValidateOnStart();

        services.AddSingleton(sp => new DeliverySimulator(sp.GetRequiredService<IOptions<DemoSourceOptions>>().Value.Seed));
        services.AddSingleton<DemoLandscapeQueries>();
        services.AddSingleton<DemoLandscapeCache>();
        services.AddSingleton<DeliveryGenerator>();
        services.AddSingleton<GeneratedHistoryImport>();
        services.AddSingleton<DemoSourceEndpoint>();
        services.AddSingleton<DemoSourceServer>();
        if (section.GetValue<bool>(nameof(DemoSourceOptions.Enabled)))
        {
            services.AddHostedService(sp => sp.GetRequiredService<DemoSourceServer>());
        }

        return services;
    }
}
