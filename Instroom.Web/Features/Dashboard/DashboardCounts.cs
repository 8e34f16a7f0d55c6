namespace Instroom.Web.Features.Dashboard;

/// <summary>From the read model's sums to the whole counts disclosure control takes.</summary>
public static class DashboardCounts
{
    /// <summary>A count of children or cases (always whole in the contract); null stays null ("geen gegevens").</summary>
    public static int? Whole(decimal? value) => value is { } count ? (int)decimal.Round(count, MidpointRounding.AwayFromZero) : null;
}
