using System.Globalization;
using Instroom.Data.Calendar;
using Instroom.Data.Text;
using NodaTime;

namespace Instroom.Web.Features.Dashboard;

public static class LocalTimes
{
    /// <summary>"23-11-2026 om 05:12", Europe/Amsterdam.</summary>
    public static string Dutch(Instant instant)
    {
        var local = instant.InZone(DutchTime.Zone);
        return $"{DutchFormat.Date(local.Date)} om {local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }
}
