using Dapper;
using Instroom.Data.Storage;
using Instroom.Jobs.Import;
using Instroom.Jobs.Scheduling;
using Instroom.Jobs.Sources;
using Instroom.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Instroom.Tests.Transport;

/// <summary>
/// Pulls through the real connector, importer and database, with a real Kestrel server playing the sources.
/// </summary>
public sealed class PullTests
{
    private static readonly LocalDate Peildatum = new(2026, 11, 22);
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 3, 30);

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Pull_ImportsAValidDelivery_ExactlyOnce_AndAScheduledRerunChangesNothing(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Now);
        var payload = await harness.SimulatedJsonAsync("GI-JBBRA", Peildatum);
        var calls = 0;
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/GI-JBBRA/aanleveringen", () =>
        {
            Interlocked.Increment(ref calls);
            return Results.Bytes(payload, "application/json");
        }));
        await ConnectAsync(harness, "GI-JBBRA", server.BaseUrlOf("GI-JBBRA"));
        var puller = harness.Get<SourcePuller>();

        var first = Assert.Single(await puller.PullAsync(await SourceAsync(harness, "GI-JBBRA"), Peildatum, PullTriggers.Schedule, 1));
        var figuresAfterFirst = await CountAsync(harness, "SELECT COUNT(*) FROM figure");
        var second = Assert.Single(await puller.PullAsync(await SourceAsync(harness, "GI-JBBRA"), Peildatum, PullTriggers.Schedule, 1));

        Assert.Equal(ImportOutcome.Imported, first.Outcome);
        Assert.True(first.FigureCount > 100);
        Assert.Equal(ImportOutcome.Unchanged, second.Outcome);
        Assert.Equal(1, calls);
        Assert.Equal(figuresAfterFirst, await CountAsync(harness, "SELECT COUNT(*) FROM figure"));
        Assert.Equal(1, await CountAsync(harness, "SELECT COUNT(*) FROM delivery"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task ManualPull_FetchesAgain_AndTheSameLeveringIdIsARecordedNoOp(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Now);
        var payload = await harness.SimulatedJsonAsync("RAAD", Peildatum);
        await using var server = await TestSourceServer.StartAsync(app =>
            app.MapGet("/bronnen/RAAD/aanleveringen", () => Results.Bytes(payload, "application/json")));
        await ConnectAsync(harness, "RAAD", server.BaseUrlOf("RAAD"));
        var source = await SourceAsync(harness, "RAAD");

        await harness.Get<SourcePuller>().PullAsync(source, Peildatum, PullTriggers.Schedule, 1);
        var again = Assert.Single(await harness.Get<SourcePuller>().PullAsync(source, Peildatum, PullTriggers.Manual, 1));

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal(1, await CountAsync(harness, "SELECT COUNT(*) FROM delivery"));
        Assert.Equal(2, await CountAsync(harness, "SELECT COUNT(*) FROM import_run"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task OneFailingSource_IsRecordedAsMislukt_AndTheOthersStillImport(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Now);
        var good = await harness.SimulatedJsonAsync("VT-27", Peildatum);
        await using var server = await TestSourceServer.StartAsync(app =>
        {
            app.MapGet("/bronnen/VT-27/aanleveringen", () => Results.Bytes(good, "application/json"));
            app.MapGet("/bronnen/VT-15/aanleveringen", () => Results.StatusCode(500));
            app.MapGet("/bronnen/VT-21/aanleveringen", () => Results.Text("{\"schema\":\"iets-anders\"}", "application/json"));
        });
        foreach (var code in new[] { "VT-27", "VT-15", "VT-21" })
        {
            await ConnectAsync(harness, code, server.BaseUrlOf(code));
        }

        var results = new List<PullResult>();
        foreach (var code in new[] { "VT-15", "VT-21", "VT-27" })
        {
            results.AddRange(await harness.Get<SourcePuller>().PullAsync(await SourceAsync(harness, code), Peildatum, PullTriggers.Schedule, 2));
        }

        Assert.Equal([ImportOutcome.Failed, ImportOutcome.Rejected, ImportOutcome.Imported], results.Select(r => r.Outcome));
        Assert.Contains("HTTP 500", results[0].Reasons.Single(), StringComparison.Ordinal);
        Assert.NotEmpty(results[1].Reasons);
        Assert.Equal(1, await CountAsync(harness, "SELECT COUNT(*) FROM delivery"));
        Assert.Equal(1, await CountAsync(harness, "SELECT COUNT(*) FROM quarantine"));
        Assert.Equal(2, await CountAsync(harness, "SELECT attempt FROM import_run WHERE outcome = 'mislukt'"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task PullJob_ThrowsOnATransportFailure_SoHangfireRetries(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Now);
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/GI-JBN/aanleveringen", () => Results.StatusCode(502)));
        await ConnectAsync(harness, "GI-JBN", server.BaseUrlOf("GI-JBN"));
        var source = await SourceAsync(harness, "GI-JBN");

        var exception = await Assert.ThrowsAsync<SourceUnavailableException>(() =>
            harness.Get<PullSourceJob>().RunAsync(source.SourceId, "2026-11-22", PullTriggers.Schedule, 1, null, CancellationToken.None));

        Assert.Equal("GI-JBN", exception.SourceCode);
        Assert.Equal(1, await CountAsync(harness, "SELECT COUNT(*) FROM import_run WHERE outcome = 'mislukt'"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Pull_RecordsNogNietBeschikbaar_OnA404(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Now);
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/GI-JBN/aanleveringen", () => Results.NotFound()));
        await ConnectAsync(harness, "GI-JBN", server.BaseUrlOf("GI-JBN"));

        var result = Assert.Single(await harness.Get<SourcePuller>().PullAsync(await SourceAsync(harness, "GI-JBN"), Peildatum, PullTriggers.Schedule, 1));

        Assert.Equal(ImportOutcome.NotYetAvailable, result.Outcome);
        Assert.Equal(1, await CountAsync(harness, "SELECT COUNT(*) FROM import_run WHERE outcome = 'nog-niet-beschikbaar'"));
        Assert.Equal(0, await CountAsync(harness, "SELECT COUNT(*) FROM delivery"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task FolderSource_MovesValidFilesToVerwerkt_AndRejectedOnesToQuarantaine(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Now);
        var landing = Directory.CreateTempSubdirectory("instroom-landing-");
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(landing.FullName, "goed.json"), await harness.SimulatedJsonAsync("GI-JBOV", Peildatum));
            await File.WriteAllTextAsync(Path.Combine(landing.FullName, "fout.json"), "{\"schema\": 1");
            await File.WriteAllTextAsync(Path.Combine(landing.FullName, "bezig.json.part"), "{");
            await harness.Get<SourceConnections>().SeedAsync("GI-JBOV", new SourceConnectionSeed { Connector = SourceConnectors.Folder, FolderPath = landing.FullName },
                "04:30", 30, 1024 * 1024);

            var results = await harness.Get<SourcePuller>().PullAsync(await SourceAsync(harness, "GI-JBOV"), Peildatum, PullTriggers.Schedule, 1);

            Assert.Equal(2, results.Count);
            Assert.True(File.Exists(Path.Combine(landing.FullName, FolderSourceConnector.ProcessedFolder, "goed.json")));
            Assert.True(File.Exists(Path.Combine(landing.FullName, FolderSourceConnector.QuarantineFolder, "fout.json")));
            Assert.True(File.Exists(Path.Combine(landing.FullName, "bezig.json.part")));
            Assert.Equal(1, await CountAsync(harness, "SELECT COUNT(*) FROM delivery"));
        }
        finally
        {
            landing.Delete(recursive: true);
        }
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task HistoricLoad_AcceptsAPeildatumOlderThan400Days_WhichANightlyPullRejects(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Now);
        var old = new LocalDate(2025, 3, 2);
        var payload = await harness.SimulatedJsonAsync("VT-27", old);
        await using var server = await TestSourceServer.StartAsync(app =>
            app.MapGet("/bronnen/VT-27/aanleveringen", () => Results.Bytes(payload, "application/json")));
        await ConnectAsync(harness, "VT-27", server.BaseUrlOf("VT-27"));
        var source = await SourceAsync(harness, "VT-27");

        var nightly = Assert.Single(await harness.Get<SourcePuller>().PullAsync(source, old, PullTriggers.Manual, 1));
        var historic = Assert.Single(await harness.Get<SourcePuller>().PullAsync(source, old, PullTriggers.Backfill, 1));

        Assert.Equal(ImportOutcome.Rejected, nightly.Outcome);
        Assert.Contains(nightly.Reasons, reason => reason.Contains("400 dagen", StringComparison.Ordinal));
        Assert.Equal(ImportOutcome.Imported, historic.Outcome);
    }

    internal static Task ConnectAsync(JobsHarness harness, string code, string baseUrl) =>
        harness.Get<SourceConnections>().SeedAsync(code, new SourceConnectionSeed
        {
            Connector = SourceConnectors.Http,
            BaseUrl = baseUrl,
            TokenSecretName = "Instroom:Tokens:Test",
        }, "04:30", 10, 10 * 1024 * 1024);

    internal static async Task<SourceConnection> SourceAsync(JobsHarness harness, string code) =>
        await harness.Get<SourceConnections>().ByCodeAsync(code) ?? throw new InvalidOperationException(code);

    internal static async Task<int> CountAsync(JobsHarness harness, string sql)
    {
        await using var connection = await harness.Test.Database.OpenAsync();
        return (await connection.QueryAsync<int>(sql)).Sum();
    }
}
