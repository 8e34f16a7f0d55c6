using Hangfire;
using Instroom.Jobs.Sources;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Jobs.Scheduling;

/// <summary>
/// Every recurring job of Instroom, declared in this one file with a stable id, a cron in Europe/Amsterdam and
/// misfires ignored (after downtime <see cref="NightlyCatchUp"/> fetches each missed peildatum once instead).
/// </summary>
public sealed class RecurringJobSchedule(IRecurringJobManager recurringJobs, SourceConnections sources, IOptions<ScheduleOptions> options)
{
    public const string LatenessCheckJobId = "controle-aanleveringen";
    public const string StatusRecomputeJobId = "status-herberekenen";

    /// <summary>Landing folders are looked at every half hour; http sources once a night.</summary>
    public const string FolderCron = "*/30 * * * *";

    /// <summary>The lateness check runs hourly, a few minutes past the hour so a noon deadline is seen at 12:05.</summary>
    public const string LatenessCheckCron = "5 * * * *";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string PullJobId(string sourceCode) => "bron-" + sourceCode;

    public static string DailyAt(LocalTime time) => Cron.Daily(time.Hour, time.Minute);

    public static RecurringJobOptions JobOptions => new() { TimeZone = Zone, MisfireHandling = MisfireHandlingMode.Ignorable };

    /// <summary>The cron of a source's pull: its own local time, or the default.</summary>
    public string PullCron(SourceConnection source)
    {
        if (source.Connector == SourceConnectors.Folder)
        {
            return FolderCron;
        }

        var parsed = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(source.PullTimeLocal);
        var time = parsed.Success && !ScheduleOptions.IsInDaylightSavingGap(parsed.Value) ? parsed.Value : options.Value.PullTime;
        return DailyAt(time);
    }

    public async Task RegisterAsync(CancellationToken cancellationToken = default)
    {
        foreach (var source in await sources.AllAsync(cancellationToken))
        {
            Register(source);
        }

        recurringJobs.AddOrUpdate<LatenessCheckJob>(LatenessCheckJobId, job => job.RunAsync(CancellationToken.None), LatenessCheckCron, JobOptions);
        recurringJobs.AddOrUpdate<StatusRecomputeJob>(StatusRecomputeJobId, job => job.RunAsync(CancellationToken.None),
            DailyAt(options.Value.StatusRecomputeTime), JobOptions);
    }

    /// <summary>Declares (or removes) one source's pull job; called again when an administrator changes its connection.</summary>
    public void Register(SourceConnection source)
    {
        var id = PullJobId(source.Code);
        if (source.CanBePulled)
        {
            var sourceId = source.SourceId;
            recurringJobs.AddOrUpdate<PullSourceJob>(id, job => job.QueueNightly(sourceId), PullCron(source), JobOptions);
        }
        else
        {
            recurringJobs.RemoveIfExists(id);
        }
    }
}

/// <summary>Thin Hangfire entry for <see cref="LatenessCheck"/>.</summary>
public sealed class LatenessCheckJob(LatenessCheck check)
{
    [DisableConcurrentExecution(10 * 60)]
    public Task RunAsync(CancellationToken cancellationToken) => check.RunAsync(cancellationToken);
}
