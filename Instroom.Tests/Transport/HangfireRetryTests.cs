using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Instroom.Data.Storage;
using Instroom.Jobs.Scheduling;
using Instroom.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

namespace Instroom.Tests.Transport;

/// <summary>The pull job on a real Hangfire server (in-memory storage): a transport failure is scheduled again, not failed.</summary>
public sealed class HangfireRetryTests
{
    [Fact]
    public async Task ATransportFailure_IsScheduledForAnotherAttempt_BeforeTheDeadline()
    {
        // Monday 23 November 2026 04:30 Amsterdam: Sunday's delivery is due at noon, so a retry fits.
        await using var harness = await JobsHarness.CreateAsync(DatabaseProvider.Sqlite, Instant.FromUtc(2026, 11, 23, 3, 30),
            new Dictionary<string, string?> { ["Instroom:Schedule:RunServer"] = "true", ["Instroom:Schedule:CatchUpDays"] = "0" });
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/GI-JBN/aanleveringen", () => Results.StatusCode(500)));
        await PullTests.ConnectAsync(harness, "GI-JBN", server.BaseUrlOf("GI-JBN"));
        var source = await PullTests.SourceAsync(harness, "GI-JBN");
        var scheduled = new StateWatch(ScheduledState.StateName);
        GlobalJobFilters.Filters.Add(scheduled);
        var host = harness.AppHost;
        try
        {
            await host.StartAsync();
            var jobId = harness.Get<IBackgroundJobClient>().Enqueue<PullSourceJob>(job =>
                job.RunAsync(source.SourceId, "2026-11-22", PullTriggers.Schedule, 1, null, CancellationToken.None));

            await scheduled.Reached(jobId).WaitAsync(TimeSpan.FromSeconds(60));

            // Reaching Scheduled is the assertion: without the filter the job would have failed for good. The storage is
            // not read back here, because the state is applied inside a transaction that may not have committed yet.
            Assert.Equal(1, await PullTests.CountAsync(harness, "SELECT COUNT(*) FROM import_run WHERE outcome = 'mislukt'"));
        }
        finally
        {
            GlobalJobFilters.Filters.Remove(scheduled);
            await host.StopAsync();
        }
    }

    /// <summary>Completes when a job enters a given state: synchronisation without sleeping.</summary>
    private sealed class StateWatch(string stateName) : JobFilterAttribute, IApplyStateFilter
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _reached = new();

        public Task Reached(string jobId) => _reached.GetOrAdd(jobId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
        {
            if (context.NewState.Name == stateName)
            {
                _reached.GetOrAdd(context.BackgroundJob.Id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }
        }

        public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
        {
            // Nothing to undo.
        }
    }
}
