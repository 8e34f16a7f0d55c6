using Instroom.Data.Status;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Instroom.Web.Features.Admin;

public static class AdminRegistration
{
    /// <summary>The administration pages' services: the audit of their changes and the preview of a rule change.</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.TryAddSingleton<AdminAudit>();
        services.TryAddSingleton<RegionStatusHistory>();
        services.TryAddSingleton<StatusRulePreview>();
        return services;
    }
}
