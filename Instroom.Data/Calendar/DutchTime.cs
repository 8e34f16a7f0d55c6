using NodaTime;

namespace Instroom.Data.Calendar;

/// <summary>Dutch local time: schedules, deadlines and "today" are all Europe/Amsterdam.</summary>
public static class DutchTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static LocalDate Today(this IClock clock) => clock.GetCurrentInstant().InZone(Zone).Date;

    public static ZonedDateTime Now(this IClock clock) => clock.GetCurrentInstant().InZone(Zone);
}
