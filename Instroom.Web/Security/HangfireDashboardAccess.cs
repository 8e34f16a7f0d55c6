using Hangfire;
using Hangfire.Dashboard;
using Instroom.Data.Access;

namespace Instroom.Web.Security;

/// <summary>
/// The Hangfire dashboard as an endpoint that needs <see cref="Policies.Beheerder"/> (so a visitor is sent to sign in
/// and anyone else gets 403, audited), with Hangfire's own filter checking the same role as a second line.
/// </summary>
public static class HangfireDashboardAccess
{
    public const string Path = "/hangfire";

    public static IEndpointConventionBuilder MapInstroomHangfireDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(Path, new DashboardOptions
        {
            DashboardTitle = "Instroom — taken",
            Authorization = [new BeheerderOnly()],
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policies.Beheerder);

    private sealed class BeheerderOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Beheerder);
    }
}
