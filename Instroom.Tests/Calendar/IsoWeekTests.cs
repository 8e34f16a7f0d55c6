using CsCheck;
using Instroom.Data.Calendar;
using NodaTime;

namespace Instroom.Tests.Calendar;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2026-11-22", 2026, 47)] // a Sunday: still week 47
    [InlineData("2026-11-16", 2026, 47)]
    [InlineData("2026-11-23", 2026, 48)]
    [InlineData("2026-12-31", 2026, 53)]
    [InlineData("2027-01-01", 2026, 53)]
    [InlineData("2027-01-03", 2026, 53)]
    [InlineData("2027-01-04", 2027, 1)]
    [InlineData("2024-12-30", 2025, 1)]
    [InlineData("2021-01-03", 2020, 53)]
    public void Of_GivesTheIsoWeekAndWeekYear(string date, int year, int week) =>
        Assert.Equal(new IsoWeek(year, week), IsoWeek.Of(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));

    [Fact]
    public void Label_AndKey_AreTheDutchAndTheUrlForm()
    {
        var week = IsoWeek.Of(new LocalDate(2026, 11, 22));

        Assert.Equal("week 47 2026", week.Label);
        Assert.Equal("2026-W47", week.Key);
        Assert.Equal("2026-W05", new IsoWeek(2026, 5).Key);
        Assert.Equal("week 53 2026", IsoWeek.Of(new LocalDate(2027, 1, 1)).Label);
    }

    [Fact]
    public void MondayAndSunday_BoundTheWeek()
    {
        var week = new IsoWeek(2026, 53);

        Assert.Equal(new LocalDate(2026, 12, 28), week.Monday);
        Assert.Equal(new LocalDate(2027, 1, 3), week.Sunday);
    }

    [Fact]
    public void Plus_AndPrevious_CrossTheYear()
    {
        Assert.Equal(new IsoWeek(2026, 53), new IsoWeek(2027, 1).Previous);
        Assert.Equal(new IsoWeek(2027, 1), new IsoWeek(2026, 53).Plus(1));
        Assert.Equal(new IsoWeek(2025, 52), new IsoWeek(2026, 1).Previous);
        Assert.Equal(new IsoWeek(2027, 52), new IsoWeek(2026, 52).Plus(53));
    }

    [Fact]
    public void CompareTo_OrdersByYearThenWeek()
    {
        Assert.True(new IsoWeek(2026, 53) < new IsoWeek(2027, 1));
        Assert.True(new IsoWeek(2026, 9) < new IsoWeek(2026, 10));
        Assert.True(new IsoWeek(2026, 10) >= new IsoWeek(2026, 10));
    }

    [Theory]
    [InlineData("2025-W53")] // 2025 has 52 weeks
    [InlineData("2026-W54")]
    [InlineData("2026-W00")]
    [InlineData("2026-W7")]
    [InlineData("2026-W007")]
    [InlineData("2026W47")]
    [InlineData("2026-X47")]
    [InlineData("2026-W+7")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseKey_RefusesWhatIsNotAWeekKey(string? text) => Assert.False(IsoWeek.TryParseKey(text, out _));

    [Fact]
    public void TryParseKey_ReadsBackEveryKey() =>
        Gen.Int[0, 365 * 40].Select(days => IsoWeek.Of(new LocalDate(2000, 1, 1).PlusDays(days))).Sample(week =>
            IsoWeek.TryParseKey(week.Key, out var parsed) && parsed == week && IsoWeek.Of(week.Monday) == week && IsoWeek.Of(week.Sunday) == week);
}
