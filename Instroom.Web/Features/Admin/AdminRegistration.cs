using Instroom.Data.Status;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Instroom.Web.Features.Admin;

public static class AdminRegistration
{
    /// <summary>The administration pages' services: the preview of a rule change.</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.TryAddSingleton<RegionStatusHistory>();
        services.TryAddSingleton<StatusRulePreview>();
        return services;
    }
}
