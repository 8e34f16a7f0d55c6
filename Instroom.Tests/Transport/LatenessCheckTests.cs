using Dapper;
using Instroom.Data.Storage;
using Instroom.Jobs.Scheduling;
using Instroom.Jobs.Sources;
using Instroom.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Instroom.Tests.Transport;

public sealed class LatenessCheckTests
{
    private static readonly LocalDate Sunday = new(2026, 11, 22);

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task LatenessCheck_MarksAMissingDeliveryTeLaat_AfterNoonOnTheNextWorkingDay(DatabaseProvider provider)
    {
        // Monday 23 November 2026, 12:30 in Amsterdam.
        await using var harness = await JobsHarness.CreateAsync(provider, Instant.FromUtc(2026, 11, 23, 11, 30));
        var payload = await harness.SimulatedJsonAsync("VT-27", Sunday);
        await using var server = await TestSourceServer.StartAsync(app =>
        {
            app.MapGet("/bronnen/VT-27/aanleveringen", () => Results.Bytes(payload, "application/json"));
            app.MapGet("/bronnen/VT-15/aanleveringen", () => Results.NotFound());
        });
        await PullTests.ConnectAsync(harness, "VT-27", server.BaseUrlOf("VT-27"));
        await PullTests.ConnectAsync(harness, "VT-15", server.BaseUrlOf("VT-15"));
        foreach (var code in new[] { "VT-27", "VT-15" })
        {
            await harness.Get<SourcePuller>().PullAsync(await PullTests.SourceAsync(harness, code), Sunday, PullTriggers.Schedule, 1);
        }

        var summary = await harness.Get<LatenessCheck>().RunAsync();

        Assert.Equal("ontvangen", await StateAsync(harness, "VT-27", Sunday));
        Assert.Equal("te-laat", await StateAsync(harness, "VT-15", Sunday));
        Assert.Equal(0, summary.SystemicNights);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task LatenessCheck_KeepsAMissingDeliveryVerwacht_BeforeTheDeadline(DatabaseProvider provider)
    {
        // Monday 23 November 2026, 10:00 in Amsterdam: Sunday's delivery is due at noon.
        await using var harness = await JobsHarness.CreateAsync(provider, Instant.FromUtc(2026, 11, 23, 9, 0));
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/VT-15/aanleveringen", () => Results.NotFound()));
        await PullTests.ConnectAsync(harness, "VT-15", server.BaseUrlOf("VT-15"));
        await harness.Get<SourcePuller>().PullAsync(await PullTests.SourceAsync(harness, "VT-15"), Sunday, PullTriggers.Schedule, 1);

        await harness.Get<LatenessCheck>().RunAsync();

        Assert.Equal("verwacht", await StateAsync(harness, "VT-15", Sunday));
        // Friday is due on Monday too; Thursday was due on Friday.
        Assert.Equal("verwacht", await StateAsync(harness, "VT-15", Sunday.PlusDays(-2)));
        Assert.Equal("te-laat", await StateAsync(harness, "VT-15", Sunday.PlusDays(-3)));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task ANightInWhichEverySourceFailed_IsOneSystemicFailure(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Instant.FromUtc(2026, 11, 23, 11, 30));
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/{code}/aanleveringen", () => Results.StatusCode(503)));
        foreach (var code in new[] { "VT-27", "VT-15", "RAAD" })
        {
            await PullTests.ConnectAsync(harness, code, server.BaseUrlOf(code));
            await harness.Get<SourcePuller>().PullAsync(await PullTests.SourceAsync(harness, code), Sunday, PullTriggers.Schedule, 1);
        }

        var summary = await harness.Get<LatenessCheck>().RunAsync();
        var nights = await harness.Get<DeliveryExpectations>().SystemicFailuresAsync(Sunday.PlusDays(-7));

        Assert.Equal(1, summary.SystemicNights);
        var night = Assert.Single(nights);
        Assert.Equal(Sunday, night.ReferenceDate);
        Assert.Equal(3, night.SourcesExpected);
        Assert.Equal(3, night.SourcesFailed);
    }

    private static async Task<string?> StateAsync(JobsHarness harness, string code, LocalDate date)
    {
        await using var connection = await harness.Test.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<string?>("""
            SELECT e.state FROM delivery_expectation e JOIN source s ON s.source_id = e.source_id
            WHERE s.code = @Code AND e.reference_date = @Date
            """, new { Code = code, Date = date });
    }
}
