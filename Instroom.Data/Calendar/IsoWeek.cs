using NodaTime;
using NodaTime.Calendars;

namespace Instroom.Data.Calendar;

/// <summary>An ISO week (Monday to Sunday), the unit of the weekly status: "week 47 2026".</summary>
public readonly record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    private static readonly IWeekYearRule Rule = WeekYearRules.Iso;

    public static IsoWeek Of(LocalDate date) => new(Rule.GetWeekYear(date), Rule.GetWeekOfWeekYear(date));

    public LocalDate Monday => Rule.GetLocalDate(Year, Week, IsoDayOfWeek.Monday);

    public LocalDate Sunday => Rule.GetLocalDate(Year, Week, IsoDayOfWeek.Sunday);

    public IsoWeek Plus(int weeks) => Of(Monday.PlusWeeks(weeks));

    public IsoWeek Previous => Plus(-1);

    /// <summary>Dutch label: "week 47 2026".</summary>
    public string Label => $"week {Week} {Year}";

    /// <summary>Compact key for URLs and files: "2026-W47".</summary>
    public string Key => $"{Year}-W{Week:00}";

    /// <summary>
    /// Reads a <see cref="Key"/>. The week number must have exactly two digits ("2026-W07", not "2026-W7" or
    /// "2026-W007"), so a week has one URL rather than three.
    /// </summary>
    public static bool TryParseKey(string? text, out IsoWeek week)
    {
        week = default;
        if (text is null || text.Length != 8 || text[4] != '-' || (text[5] != 'W' && text[5] != 'w')
            || !int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            || year < 1900 || year > 9999 || number < 1 || number > Rule.GetWeeksInWeekYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    public override string ToString() => Key;
}
