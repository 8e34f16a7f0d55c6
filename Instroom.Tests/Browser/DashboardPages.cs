using System.Globalization;
using Instroom.Data.Calendar;
using Instroom.Tests.Dashboard.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Instroom.Tests.Browser;

/// <summary>What the browser tests of the dashboard pages need to know about the seeded world (<see cref="DashboardWorld"/>).</summary>
internal static class DashboardPages
{
    public static IsoWeek LatestWeek(CountryBrowserFixture browser) => DashboardWorld.LatestWeek(browser.App.Services.GetRequiredService<IClock>());

    public static LocalDate Today(CountryBrowserFixture browser) => browser.App.Services.GetRequiredService<IClock>().Today();

    /// <summary>A shown count as a number ("1.234" → 1234); null for "&lt;5", "geen gegevens" and the like.</summary>
    public static int? ShownCount(string text) =>
        int.TryParse(text.Trim(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("nl-NL"), out var value) ? value : null;
}
