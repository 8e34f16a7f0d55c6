using Microsoft.AspNetCore.Mvc;

namespace Instroom.Web.Security;

public static class RegionScopeRegistration
{
    /// <summary>Page access per role (<see cref="PageAccess"/>) and region scope (<see cref="RegionScopeFilter"/>) for every MVC action.</summary>
    public static IServiceCollection AddRegionScope(this IServiceCollection services)
    {
        services.AddSingleton<AreaScopes>();
        services.AddScoped<RegionScopeFilter>();
        services.Configure<MvcOptions>(options =>
        {
            options.Conventions.Add(new PageAccess.Convention());
            options.Filters.AddService<RegionScopeFilter>();
        });
        return services;
    }
}
