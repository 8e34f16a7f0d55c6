using NodaTime;

namespace Instroom.Data.Calendar;

/// <summary>
/// Werkdagen: Monday to Friday except the holidays of the Algemene termijnenwet (<see cref="DutchHolidays"/>).
/// Legal terms such as "eerste contact binnen 5 werkdagen" count these.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(LocalDate date) => !IsWeekend(date) && !DutchHolidays.IsHoliday(date);

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public static LocalDate NextWorkingDay(LocalDate date)
    {
        var next = date.PlusDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.PlusDays(1);
        }

        return next;
    }

    /// <summary>
    /// The day <paramref name="days"/> working days after <paramref name="start"/>, not counting the start itself:
    /// a GI charged on Thursday 24 December 2026 must make eerste contact by AddWorkingDays(start, 5) = Monday
    /// 4 January 2027. Zero days gives the start itself.
    /// </summary>
    public static LocalDate AddWorkingDays(LocalDate start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        for (var counted = 0; counted < days; counted++)
        {
            date = NextWorkingDay(date);
        }

        return date;
    }

    /// <summary>
    /// The number of working days in (<paramref name="startExclusive"/>, <paramref name="endInclusive"/>], so that
    /// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>. When the end is before the start the result is the
    /// negative of the reverse count: "working days late" is negative for a case done early.
    /// </summary>
    public static int WorkingDaysBetween(LocalDate startExclusive, LocalDate endInclusive)
    {
        if (endInclusive < startExclusive)
        {
            return -WorkingDaysBetween(endInclusive, startExclusive);
        }

        var weekdays = WeekdaysUpTo(endInclusive) - WeekdaysUpTo(startExclusive);
        var holidays = 0;
        for (var year = startExclusive.PlusDays(1).Year; year <= endInclusive.Year; year++)
        {
            holidays += DutchHolidays.For(year)
                .Select(holiday => holiday.Date)
                .Distinct()
                .Count(date => date > startExclusive && date <= endInclusive && !IsWeekend(date));
        }

        return weekdays - holidays;
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>Monday to Friday from 1 January 0001 (a Monday) up to and including <paramref name="date"/>.</summary>
    private static int WeekdaysUpTo(LocalDate date)
    {
        var dayNumber = date.ToDateOnly().DayNumber;
        return (dayNumber / 7 * 5) + Math.Min((dayNumber % 7) + 1, 5);
    }
}
