using Dapper;
using Hangfire;
using Hangfire.Storage;
using Instroom.Data.Storage;
using Instroom.Jobs.Sources;
using Instroom.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Instroom.Tests.Admin;

public sealed class SourceConnectionEditorTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 9, 0);
    private const string Token = "geheim-token-9f3a7c2e51";

    private static SourceConnectionSettings Http(string baseUrl, string pullTime = "04:30", bool enabled = true) =>
        new(SourceConnectors.Http, baseUrl, null, pullTime, 30, 10 * 1024 * 1024, enabled);

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task SavedToken_IsEncryptedInTheDatabase_AndTheConnectorGetsItBack(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Now);

        var result = await harness.Get<SourceConnectionEditor>().SaveAsync("RAAD", Http("https://raad.example.nl/instroom"),
            SourceTokenChange.Replace(Token));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var raw = await RawTokenAsync(harness);
        Assert.False(string.IsNullOrWhiteSpace(raw));
        Assert.DoesNotContain(Token, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, result.Changes, StringComparison.Ordinal);
        Assert.Equal(Token, harness.Get<SourceTokens>().For(await SourceAsync(harness)));
        if (provider == DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(harness.Test.ConnectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
            {
                Assert.DoesNotContain(Token, System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
            }
        }
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task EmptyTokenField_KeepsTheStoredToken_AndRemovingItFallsBackToConfiguration(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Now);
        await harness.Get<SourceConnections>().SeedAsync("RAAD", new SourceConnectionSeed { BaseUrl = "https://raad.example.nl/a", TokenSecretName = "Instroom:Tokens:Test" },
            "04:30", 30, 1024 * 1024);
        var editor = harness.Get<SourceConnectionEditor>();
        await editor.SaveAsync("RAAD", Http("https://raad.example.nl/a"), SourceTokenChange.Replace(Token));

        var kept = await editor.SaveAsync("RAAD", Http("https://raad.example.nl/b"), SourceTokenChange.Keep);
        var tokenAfterKeep = harness.Get<SourceTokens>().For(await SourceAsync(harness));
        var removed = await editor.SaveAsync("RAAD", Http("https://raad.example.nl/b"), SourceTokenChange.Remove);

        Assert.Equal(Token, tokenAfterKeep);
        Assert.Equal("adres: https://raad.example.nl/a → https://raad.example.nl/b", kept.Changes);
        Assert.Equal("token: verwijderd", removed.Changes);
        Assert.Null(await RawTokenAsync(harness));
        Assert.Equal("test-token", harness.Get<SourceTokens>().For(await SourceAsync(harness)));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Save_DeclaresThePullJobAgain_WithTheNewTime_AndRemovesItWhenDisabled(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Now);
        var editor = harness.Get<SourceConnectionEditor>();

        await editor.SaveAsync("RAAD", Http("https://raad.example.nl/instroom", "05:15"), SourceTokenChange.Keep);
        var scheduled = PullJob(harness);
        await editor.SaveAsync("RAAD", Http("https://raad.example.nl/instroom", "05:15", enabled: false), SourceTokenChange.Keep);

        Assert.Equal("15 5 * * *", scheduled?.Cron);
        Assert.Equal("Europe/Amsterdam", scheduled?.TimeZoneId);
        Assert.Null(PullJob(harness));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Save_RefusesInvalidSettings_AndWritesNothing(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Now);

        var result = await harness.Get<SourceConnectionEditor>().SaveAsync("RAAD",
            new SourceConnectionSettings(SourceConnectors.Http, "http://raad.example.nl/instroom", null, "02:30", 0, 10, true), SourceTokenChange.Replace(Token));

        Assert.Equal([SourceField.BaseUrl, SourceField.PullTime, SourceField.Timeout, SourceField.MaxSize], result.Errors.Select(e => e.Field));
        Assert.Null((await SourceAsync(harness)).Connector);
        Assert.Null(PullJob(harness));
    }

    [Theory]
    [InlineData("https://gi.example.nl/instroom", null)]
    [InlineData("http://127.0.0.1:5000/bronnen/GI", null)]
    [InlineData("http://localhost:5000/bronnen/GI", null)]
    [InlineData("http://[::1]:5000/bronnen/GI", null)]
    [InlineData("http://gi.example.nl/instroom", "Gebruik https")]
    [InlineData("https://gebruiker:wachtwoord@gi.example.nl/", "Zet geen gebruikersnaam")]
    [InlineData("https://gi.example.nl/?token=abc", "Zet geen gebruikersnaam")]
    [InlineData("ftp://gi.example.nl/", "geen geldig webadres")]
    [InlineData("", "Vul het adres")]
    public void Validator_AllowsHttpOnlyOnThisMachine(string baseUrl, string? error)
    {
        var errors = SourceConnectionValidator.Validate(Http(baseUrl));

        if (error is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => e.Field == SourceField.BaseUrl && e.Message.Contains(error, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("04:30", true)]
    [InlineData("01:59", true)]
    [InlineData("03:00", true)]
    [InlineData("02:00", false)]
    [InlineData("02:59", false)]
    [InlineData("4:30", false)]
    [InlineData("25:00", false)]
    public void Validator_RefusesAPullTimeInTheHourThatDaylightSavingSkipsOrRepeats(string time, bool valid) =>
        Assert.Equal(valid, !SourceConnectionValidator.Validate(Http("https://gi.example.nl/", time)).Any(e => e.Field == SourceField.PullTime));

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task ConnectionTest_DoesARealRequestWithTheStoredToken_AndNeverShowsTheToken(DatabaseProvider provider)
    {
        await using var harness = await JobsHarness.CreateAsync(provider, Now);
        string? seenAuthorization = null;
        await using var server = await TestSourceServer.StartAsync(app =>
        {
            app.MapGet("/bronnen/RAAD/aanleveringen", (HttpContext context) =>
            {
                seenAuthorization = context.Request.Headers.Authorization;
                return Results.NotFound();
            });
            app.MapGet("/bronnen/FOUT/aanleveringen", (HttpContext context) =>
                Results.Text("ongeldig token: " + context.Request.Headers.Authorization, statusCode: 401));
        });
        var editor = harness.Get<SourceConnectionEditor>();
        await editor.SaveAsync("RAAD", Http(server.BaseUrlOf("RAAD")), SourceTokenChange.Replace(Token));

        var found = await harness.Get<SourceConnectionCheck>().CheckAsync(await SourceAsync(harness));
        await editor.SaveAsync("RAAD", Http(server.BaseUrlOf("FOUT")), SourceTokenChange.Keep);
        var refused = await harness.Get<SourceConnectionCheck>().CheckAsync(await SourceAsync(harness));

        Assert.Equal("Bearer " + Token, seenAuthorization);
        Assert.True(found.Succeeded);
        Assert.Equal("Verbinding gelukt: de bron antwoordt, maar heeft nog geen aanlevering voor peildatum 22-11-2026 (HTTP 404).", found.Message);
        Assert.False(refused.Succeeded);
        Assert.StartsWith("Verbinding mislukt: HTTP 401", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionTest_OfAFolder_SaysWhetherItExistsAndWhatWaits()
    {
        var folder = Directory.CreateTempSubdirectory("instroom-map-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "levering.json"), "{}");
            var check = new SourceConnectionCheck(null!, null!, NodaTime.SystemClock.Instance);

            var present = await check.CheckAsync(new SourceConnection { Code = "X", Connector = SourceConnectors.Folder, FolderPath = folder.FullName });
            var missing = await check.CheckAsync(new SourceConnection { Code = "X", Connector = SourceConnectors.Folder, FolderPath = folder.FullName + "-weg" });

            Assert.Equal((true, "De map bestaat en is leesbaar; er staat 1 bestand klaar voor de volgende ophaalronde."), (present.Succeeded, present.Message));
            Assert.False(missing.Succeeded);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<SourceConnection> SourceAsync(JobsHarness harness) =>
        await harness.Get<SourceConnections>().ByCodeAsync("RAAD") ?? throw new InvalidOperationException("RAAD");

    private static async Task<string?> RawTokenAsync(JobsHarness harness)
    {
        await using var connection = await harness.Test.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT c.token_protected FROM source_connection c JOIN source s ON s.source_id = c.source_id WHERE s.code = 'RAAD'");
    }

    private static RecurringJobDto? PullJob(JobsHarness harness)
    {
        using var connection = harness.Get<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(job => job.Id == "bron-RAAD");
    }
}
