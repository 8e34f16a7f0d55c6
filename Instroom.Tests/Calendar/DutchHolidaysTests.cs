using Instroom.Data.Calendar;
using NodaTime;

namespace Instroom.Tests.Calendar;

public sealed class DutchHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2029, 4, 1)]
    [InlineData(2030, 4, 21)]
    [InlineData(2008, 3, 23)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void EasterSunday_IsTheKnownDate(int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), DutchHolidays.EasterSunday(year));

    [Fact]
    public void EasterSunday_IsASundayBetween22MarchAnd25April()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var easter = DutchHolidays.EasterSunday(year);
            Assert.Equal(IsoDayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new LocalDate(year, 3, 22), new LocalDate(year, 4, 25));
        }
    }

    [Fact]
    public void For2025_ListsTheAlgemeenErkendeFeestdagenOfTheAlgemeneTermijnenwet()
    {
        var expected = new[]
        {
            (new LocalDate(2025, 1, 1), "Nieuwjaarsdag"),
            (new LocalDate(2025, 4, 18), "Goede Vrijdag"),
            (new LocalDate(2025, 4, 21), "Tweede Paasdag"),
            (new LocalDate(2025, 4, 26), "Koningsdag"),
            (new LocalDate(2025, 5, 5), "Bevrijdingsdag"),
            (new LocalDate(2025, 5, 29), "Hemelvaartsdag"),
            (new LocalDate(2025, 6, 9), "Tweede Pinksterdag"),
            (new LocalDate(2025, 12, 25), "Eerste Kerstdag"),
            (new LocalDate(2025, 12, 26), "Tweede Kerstdag"),
        };

        Assert.Equal(expected, DutchHolidays.For(2025).Select(holiday => (holiday.Date, holiday.Name)));
    }

    [Theory]
    [InlineData(2024, 4, 1, 5, 9, 5, 20)]
    [InlineData(2026, 4, 6, 5, 14, 5, 25)]
    [InlineData(2027, 3, 29, 5, 6, 5, 17)]
    [InlineData(2028, 4, 17, 5, 25, 6, 5)]
    [InlineData(2029, 4, 2, 5, 10, 5, 21)]
    [InlineData(2030, 4, 22, 5, 30, 6, 10)]
    public void MovableHolidays_FollowEaster(int year, int paasMonth, int paasDay, int hemelvaartMonth, int hemelvaartDay,
        int pinksterMonth, int pinksterDay)
    {
        var holidays = DutchHolidays.For(year).ToDictionary(holiday => holiday.Name, holiday => holiday.Date);

        Assert.Equal(new LocalDate(year, paasMonth, paasDay), holidays["Tweede Paasdag"]);
        Assert.Equal(new LocalDate(year, hemelvaartMonth, hemelvaartDay), holidays["Hemelvaartsdag"]);
        Assert.Equal(new LocalDate(year, pinksterMonth, pinksterDay), holidays["Tweede Pinksterdag"]);
    }

    [Theory]
    [InlineData(2014, 26)]
    [InlineData(2024, 27)]
    [InlineData(2025, 26)]
    [InlineData(2026, 27)]
    [InlineData(2031, 26)]
    public void Koningsdag_Is27April_Or26AprilWhenThe27thIsASunday(int year, int day)
    {
        var koningsdag = DutchHolidays.For(year).Single(holiday => holiday.Name == "Koningsdag").Date;

        Assert.Equal(new LocalDate(year, 4, day), koningsdag);
        Assert.False(DutchHolidays.IsHoliday(new LocalDate(year, 4, day == 27 ? 26 : 27)));
    }

    [Fact]
    public void GoedeVrijdag_IsAHoliday_BecauseArtikel3Lid2EquatesIt()
    {
        Assert.True(DutchHolidays.IsHoliday(new LocalDate(2025, 4, 18)));
        Assert.True(DutchHolidays.IsHoliday(new LocalDate(2026, 4, 3)));
        Assert.False(DutchHolidays.IsHoliday(new LocalDate(2026, 4, 2)));
    }

    [Fact]
    public void Bevrijdingsdag_IsAHolidayEveryYear_NotOnlyEveryFifth()
    {
        for (var year = 2014; year <= 2035; year++)
        {
            Assert.True(DutchHolidays.IsHoliday(new LocalDate(year, 5, 5)));
        }
    }

    [Fact]
    public void For2016_ListsHemelvaartAndBevrijdingsdagOnTheSameDay()
    {
        var fifthOfMay = DutchHolidays.For(2016).Where(holiday => holiday.Date == new LocalDate(2016, 5, 5)).Select(holiday => holiday.Name);

        Assert.Equal(new[] { "Bevrijdingsdag", "Hemelvaartsdag" }, fifthOfMay.Order());
    }

    [Fact]
    public void For_IsInDateOrder_AndCannotBeChangedByACaller()
    {
        var holidays = DutchHolidays.For(2027);

        Assert.Equal(holidays.OrderBy(holiday => holiday.Date), holidays);
        Assert.False(holidays is PublicHoliday[]);
        Assert.Throws<NotSupportedException>(() => ((IList<PublicHoliday>)holidays)[0] = new PublicHoliday(new LocalDate(2027, 2, 2), "x"));
    }

    [Fact]
    public void For_RefusesYearsBeforeKoningsdag()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DutchHolidays.For(2013));
        Assert.Throws<ArgumentOutOfRangeException>(() => DutchHolidays.IsHoliday(new LocalDate(2013, 4, 30)));
    }
}
