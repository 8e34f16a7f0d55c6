using Instroom.Jobs.Scheduling;
using NodaTime;

namespace Instroom.Tests.Transport;

public sealed class LatenessDeadlineTests
{
    private static readonly LatenessDeadlines Deadlines = new(new LocalTime(12, 0), MissingAfterDays: 7);

    [Theory]
    [InlineData("2026-11-22", "2026-11-23T11:00:00Z")] // Sunday → Monday 12:00 CET
    [InlineData("2026-11-20", "2026-11-23T11:00:00Z")] // Friday → Monday
    [InlineData("2026-05-13", "2026-05-15T10:00:00Z")] // Wednesday before Hemelvaartsdag (14 May) → Friday 12:00 CEST
    [InlineData("2026-12-24", "2026-12-28T11:00:00Z")] // Christmas Eve → Monday after Tweede Kerstdag
    [InlineData("2026-03-28", "2026-03-30T10:00:00Z")] // the Saturday before summer time → Monday 12:00 CEST
    public void DueBy_IsTheDeadlineTimeOnTheNextWorkingDay(string peildatum, string expectedUtc)
    {
        var due = Deadlines.DueBy(NodaTime.Text.LocalDatePattern.Iso.Parse(peildatum).Value);

        Assert.Equal(NodaTime.Text.InstantPattern.General.Parse(expectedUtc).Value, due);
    }

    [Fact]
    public void StateOf_MovesFromVerwachtToTeLaatToOntbrekend_UnlessDelivered()
    {
        var peildatum = new LocalDate(2026, 11, 22);
        var due = Deadlines.DueBy(peildatum);

        Assert.Equal(DeliveryState.Verwacht, Deadlines.StateOf(peildatum, false, due - Duration.FromMinutes(1)));
        Assert.Equal(DeliveryState.TeLaat, Deadlines.StateOf(peildatum, false, due));
        Assert.Equal(DeliveryState.Ontbrekend, Deadlines.StateOf(peildatum, false, Deadlines.MissingAfter(peildatum)));
        Assert.Equal(DeliveryState.Ontvangen, Deadlines.StateOf(peildatum, true, Deadlines.MissingAfter(peildatum)));
    }

    [Fact]
    public void Retries_DoubleTheirDelay_AndTheLastOneFallsJustBeforeTheDeadline()
    {
        var filter = new RetryBeforeDeadlineFilter(Deadlines, TimeSpan.FromMinutes(15), SystemClock.Instance);
        var peildatum = new LocalDate(2026, 11, 22);
        var due = Deadlines.DueBy(peildatum);
        var firstFailure = Instant.FromUtc(2026, 11, 23, 3, 30);

        var now = firstFailure;
        var delays = new List<Duration>();
        for (var retry = 1; filter.NextAttemptDelay(peildatum, retry, now) is { } delay; retry++)
        {
            delays.Add(delay);
            now += delay;
        }

        // 03:30 UTC + 15, 30, 60, 120 = 07:15 UTC; doubling again would pass the 11:00 UTC deadline, so the last try is at 10:55.
        Assert.Equal([15, 30, 60, 120, 220], delays.Select(d => (int)d.TotalMinutes));
        Assert.True(now < due, "every retry happens before the deadline");
        Assert.True(due - now <= Duration.FromMinutes(5), "the last retry comes just before the deadline");
    }

    [Fact]
    public void Retries_Stop_AfterTheDeadline()
    {
        var filter = new RetryBeforeDeadlineFilter(Deadlines, TimeSpan.FromMinutes(15), SystemClock.Instance);
        var peildatum = new LocalDate(2026, 11, 22);

        Assert.Null(filter.NextAttemptDelay(peildatum, 1, Deadlines.DueBy(peildatum)));
    }

    [Fact]
    public void Backfill_TakesOneSundayPerWeek_PlusTheRecentDays()
    {
        var dates = HistoryBackfill.ReferenceDates(new LocalDate(2026, 11, 25), weeks: 104, recentDays: 14);

        Assert.Equal(new LocalDate(2026, 11, 24), dates[^1]);
        Assert.Equal(new LocalDate(2026, 11, 22).PlusWeeks(-103), dates[0]);
        Assert.Equal(dates.Count, dates.Distinct().Count());
        Assert.Equal(104, dates.Count(d => d.DayOfWeek == IsoDayOfWeek.Sunday && d <= new LocalDate(2026, 11, 22)));
    }
}
