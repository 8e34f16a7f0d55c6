using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using NodaTime;

namespace Instroom.Data.Calendar;

/// <summary>
/// The Dutch public holidays that stop the count of werkdagen: the algemeen erkende feestdagen of the Algemene
/// termijnenwet.
/// </summary>
/// <remarks>
/// Artikel 3 of the Algemene termijnenwet: lid 1 names "de Nieuwjaarsdag, de Christelijke tweede Paas- en
/// Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd en de
/// vijfde mei", and lid 2 equates Goede Vrijdag with them "voor de toepassing van deze wet". So Goede Vrijdag is in
/// (although it is not in lid 1 and many employers work that day) and 5 mei counts every year, not only every fifth.
/// Eerste Paasdag and Eerste Pinksterdag are Sundays and need no entry. The King's birthday is celebrated on 27 April,
/// or on 26 April when the 27th is a Sunday. Days equated by decree under lid 3 (bridge days such as the Friday after
/// Hemelvaart, published in the Staatscourant for three years at a time) are decisions, not rules, and are not
/// included. Years before 2014 had Koninginnedag instead; Instroom's figures start with the Jeugdwet in 2015, so
/// earlier years are refused rather than modelled.
/// </remarks>
public static class DutchHolidays
{
    public const int FirstSupportedYear = 2014;

    private static readonly ConcurrentDictionary<int, ReadOnlyCollection<PublicHoliday>> ByYear = new();

    /// <summary>
    /// The holidays of <paramref name="year"/> in date order. Hemelvaartsdag and Bevrijdingsdag fall on the same day in
    /// some years (2016); both are listed then.
    /// </summary>
    public static IReadOnlyList<PublicHoliday> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstSupportedYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return ByYear.GetOrAdd(year, static y => Compute(y));
    }

    public static bool IsHoliday(LocalDate date)
    {
        foreach (var holiday in For(date.Year))
        {
            if (holiday.Date == date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Easter Sunday in the Gregorian calendar, by the anonymous algorithm (Meeus/Jones/Butcher).</summary>
    public static LocalDate EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    private static ReadOnlyCollection<PublicHoliday> Compute(int year)
    {
        var easter = EasterSunday(year);
        var kingsDay = new LocalDate(year, 4, 27);
        if (kingsDay.DayOfWeek == IsoDayOfWeek.Sunday)
        {
            kingsDay = kingsDay.PlusDays(-1);
        }

        PublicHoliday[] holidays =
        [
            new(new LocalDate(year, 1, 1), "Nieuwjaarsdag"),
            new(easter.PlusDays(-2), "Goede Vrijdag"),
            new(easter.PlusDays(1), "Tweede Paasdag"),
            new(kingsDay, "Koningsdag"),
            new(new LocalDate(year, 5, 5), "Bevrijdingsdag"),
            new(easter.PlusDays(39), "Hemelvaartsdag"),
            new(easter.PlusDays(50), "Tweede Pinksterdag"),
            new(new LocalDate(year, 12, 25), "Eerste Kerstdag"),
            new(new LocalDate(year, 12, 26), "Tweede Kerstdag"),
        ];
        return Array.AsReadOnly(holidays.OrderBy(holiday => holiday.Date).ToArray());
    }
}
