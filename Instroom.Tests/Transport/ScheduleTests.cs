using System.ComponentModel.DataAnnotations;
using Cronos;
using Instroom.Jobs.Scheduling;
using NodaTime;

namespace Instroom.Tests.Transport;

public sealed class ScheduleTests
{
    [Theory]
    [InlineData(2026, 3, 29)]
    [InlineData(2026, 10, 25)]
    public void DefaultNightlyPull_RunsExactlyOnce_At0430Local_OnDaylightSavingDays(int year, int month, int day)
    {
        var cron = RecurringJobSchedule.DailyAt(new ScheduleOptions().PullTime);

        var runs = RunsOn(cron, new LocalDate(year, month, day));

        var run = Assert.Single(runs);
        Assert.Equal(new LocalTime(4, 30), run.TimeOfDay);
        Assert.Equal(new LocalDate(year, month, day), run.Date);
    }

    [Theory]
    [InlineData("02:00")]
    [InlineData("02:30")]
    [InlineData("02:59")]
    public void PullTimes_InTheHourThatDaylightSavingSkipsOrRepeats_AreRefused(string time)
    {
        var errors = Validate(new ScheduleOptions { PullTimeLocal = time });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(ScheduleOptions.PullTimeLocal)));
    }

    [Fact]
    public void APullAtHalfPastTwo_WouldNotRunAtItsLocalTime_OnTheSpringChange()
    {
        // Why the hour is refused: on 29 March 2026 02:30 does not exist in Amsterdam.
        var runs = RunsOn(RecurringJobSchedule.DailyAt(new LocalTime(2, 30)), new LocalDate(2026, 3, 29));

        Assert.DoesNotContain(runs, run => run.TimeOfDay == new LocalTime(2, 30));
    }

    [Fact]
    public void DefaultOptions_AreValid() => Assert.Empty(Validate(new ScheduleOptions()));

    [Fact]
    public void NightlyPull_RunsAtTheSameLocalTime_InWinterAndSummer()
    {
        var cron = CronExpression.Parse(RecurringJobSchedule.DailyAt(new ScheduleOptions().PullTime));
        var winter = cron.GetNextOccurrence(new DateTime(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc), RecurringJobSchedule.Zone)!.Value;
        var summer = cron.GetNextOccurrence(new DateTime(2026, 7, 10, 0, 0, 0, DateTimeKind.Utc), RecurringJobSchedule.Zone)!.Value;

        Assert.Equal(new DateTime(2026, 1, 10, 3, 30, 0, DateTimeKind.Utc), winter);
        Assert.Equal(new DateTime(2026, 7, 10, 2, 30, 0, DateTimeKind.Utc), summer);
    }

    /// <summary>The local times at which Hangfire's cron library fires the expression on that Amsterdam day.</summary>
    private static List<LocalDateTime> RunsOn(string cronText, LocalDate date)
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var from = date.AtStartOfDayInZone(zone).ToDateTimeUtc();
        var to = date.PlusDays(1).AtStartOfDayInZone(zone).ToDateTimeUtc();
        return CronExpression.Parse(cronText).GetOccurrences(from, to, RecurringJobSchedule.Zone, fromInclusive: true, toInclusive: false)
            .Select(utc => Instant.FromDateTimeUtc(utc).InZone(zone).LocalDateTime)
            .ToList();
    }

    private static List<ValidationResult> Validate(ScheduleOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
