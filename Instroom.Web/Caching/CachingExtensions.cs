using Microsoft.AspNetCore.OutputCaching;

namespace Instroom.Web.Caching;

public static class CachingExtensions
{
    /// <summary>The data version monitor (polled), the output cache with the per-scope policy, and their options.</summary>
    public static WebApplicationBuilder AddInstroomCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CachingOptions>().Bind(builder.Configuration.GetSection(CachingOptions.SectionName));
        builder.Services.AddSingleton<DataVersionMonitor>();
        builder.Services.AddHostedService<DataVersionPolling>();
        builder.Services.AddSingleton<DataOutputCachePolicy>();
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>().Configure<DataOutputCachePolicy>((options, policy) => options.AddBasePolicy(policy));
        return builder;
    }

    /// <summary>
    /// Conditional GETs, then the output cache. After routing and after authentication and authorisation, so the
    /// user's scope is known and a user who may not see a page never gets it from the cache.
    /// </summary>
    public static WebApplication UseInstroomCaching(this WebApplication app)
    {
        app.UseMiddleware<ConditionalGet>();
        app.UseOutputCache();
        return app;
    }
}
