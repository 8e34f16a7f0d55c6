using CsCheck;
using Instroom.Data.Calendar;
using NodaTime;

namespace Instroom.Tests.Calendar;

public sealed class WorkingDaysTests
{
    private static readonly Gen<LocalDate> Dates = Gen.Int[0, 365 * 21].Select(days => new LocalDate(2015, 1, 1).PlusDays(days));

    [Theory]
    [InlineData("2026-11-23", true)]  // Monday
    [InlineData("2026-11-21", false)] // Saturday
    [InlineData("2026-11-22", false)] // Sunday
    [InlineData("2026-05-14", false)] // Hemelvaartsdag, a Thursday
    [InlineData("2026-05-15", true)]  // the Friday after: a working day by law
    [InlineData("2026-04-27", false)] // Koningsdag, a Monday
    [InlineData("2026-04-03", false)] // Goede Vrijdag
    [InlineData("2026-04-02", true)]  // the Thursday before
    [InlineData("2026-12-25", false)]
    [InlineData("2027-01-01", false)]
    public void IsWorkingDay_KnowsWeekendsAndHolidays(string date, bool expected) =>
        Assert.Equal(expected, WorkingDays.IsWorkingDay(Parse(date)));

    [Fact]
    public void FiveWerkdagen_AcrossHemelvaart_EndOnTheWednesdayAfter()
    {
        // Charged on Tuesday 12 May 2026: Wed 13, (Hemelvaart Thu 14), Fri 15, Mon 18, Tue 19, Wed 20.
        Assert.Equal(new LocalDate(2026, 5, 20), WorkingDays.AddWorkingDays(new LocalDate(2026, 5, 12), 5));
    }

    [Fact]
    public void FiveWerkdagen_AcrossChristmasAndNewYear_EndInJanuary()
    {
        // Charged on Thursday 24 December 2026: (25, 26, 27) Mon 28, Tue 29, Wed 30, Thu 31, (1 Jan, 2, 3) Mon 4 Jan.
        Assert.Equal(new LocalDate(2027, 1, 4), WorkingDays.AddWorkingDays(new LocalDate(2026, 12, 24), 5));
        Assert.Equal(5, WorkingDays.WorkingDaysBetween(new LocalDate(2026, 12, 24), new LocalDate(2027, 1, 4)));
    }

    [Fact]
    public void FiveWerkdagen_AcrossEaster_SkipGoedeVrijdagAndTweedePaasdag()
    {
        // Charged on Thursday 2 April 2026: (Goede Vrijdag 3, 4, 5, Tweede Paasdag 6) Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
        Assert.Equal(new LocalDate(2026, 4, 13), WorkingDays.AddWorkingDays(new LocalDate(2026, 4, 2), 5));
    }

    [Fact]
    public void FiveWerkdagen_AfterAFridayCharge_SkipKoningsdag()
    {
        // Friday 24 April 2026; Monday 27 April is Koningsdag: Tue 28, Wed 29, Thu 30, Fri 1 May, Mon 4 May.
        Assert.Equal(new LocalDate(2026, 5, 4), WorkingDays.AddWorkingDays(new LocalDate(2026, 4, 24), 5));
    }

    [Fact]
    public void NextWorkingDay_IsStrictlyAfter()
    {
        Assert.Equal(new LocalDate(2026, 11, 24), WorkingDays.NextWorkingDay(new LocalDate(2026, 11, 23)));
        Assert.Equal(new LocalDate(2026, 4, 28), WorkingDays.NextWorkingDay(new LocalDate(2026, 4, 24)));
        Assert.Equal(new LocalDate(2025, 4, 22), WorkingDays.NextWorkingDay(new LocalDate(2025, 4, 17)));
        Assert.Equal(new LocalDate(2026, 5, 26), WorkingDays.NextWorkingDay(new LocalDate(2026, 5, 22)));
    }

    [Fact]
    public void AddWorkingDays_OfZero_IsTheStart_AndNegativeIsRefused()
    {
        Assert.Equal(new LocalDate(2026, 11, 22), WorkingDays.AddWorkingDays(new LocalDate(2026, 11, 22), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.AddWorkingDays(new LocalDate(2026, 11, 22), -1));
    }

    [Fact]
    public void WorkingDaysBetween_CountsAYearOfWorkingDays()
    {
        // 2026: 261 weekdays; Nieuwjaarsdag, Goede Vrijdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag, Hemelvaart,
        // Tweede Pinksterdag and Eerste Kerstdag fall on weekdays; Tweede Kerstdag is a Saturday.
        Assert.Equal(261 - 8, WorkingDays.WorkingDaysBetween(new LocalDate(2025, 12, 31), new LocalDate(2026, 12, 31)));
    }

    [Fact]
    public void WorkingDaysBetween_IsZeroForTheSameDay_AndNegativeBackwards()
    {
        Assert.Equal(0, WorkingDays.WorkingDaysBetween(new LocalDate(2026, 11, 23), new LocalDate(2026, 11, 23)));
        Assert.Equal(-5, WorkingDays.WorkingDaysBetween(new LocalDate(2027, 1, 4), new LocalDate(2026, 12, 24)));
    }

    [Fact]
    public void WorkingDaysBetween_AgreesWithCountingDayByDay() =>
        Gen.Select(Dates, Gen.Int[0, 800]).Sample((start, length) =>
        {
            var end = start.PlusDays(length);
            var counted = Enumerable.Range(1, length).Count(offset => WorkingDays.IsWorkingDay(start.PlusDays(offset)));
            return WorkingDays.WorkingDaysBetween(start, end) == counted;
        });

    [Fact]
    public void AddWorkingDays_LandsOnAWorkingDay_NWorkingDaysLater() =>
        Gen.Select(Dates, Gen.Int[1, 300]).Sample((start, days) =>
        {
            var deadline = WorkingDays.AddWorkingDays(start, days);
            return WorkingDays.IsWorkingDay(deadline)
                && WorkingDays.WorkingDaysBetween(start, deadline) == days
                && WorkingDays.WorkingDaysBetween(start, deadline.PlusDays(-1)) == days - 1;
        });

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
