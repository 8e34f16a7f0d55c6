using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Hangfire;
using Hangfire.Storage;
using Instroom.Data.Access;
using Instroom.Data.Audit;
using Instroom.Data.Status;
using Instroom.Jobs.Sources;
using Instroom.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Instroom.Tests.Admin;

/// <summary>The administration pages through the real app, signed in through the real form; every change leaves its audit entry.</summary>
public sealed partial class AdminPagesTests(InstroomApp app) : IClassFixture<InstroomApp>
{
    private const string Token = "bron-token-7d41c9aa0e";

    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress });

    [Fact]
    public async Task SourceForm_SavesTheSettings_KeepsTheTokenSecret_AndReschedulesThePull()
    {
        using var client = Client();

        var response = await PostFormAsync(client, "/beheer/bronnen/GI-JBRR", "/beheer/bronnen/GI-JBRR", new()
        {
            ["Connector"] = "http", ["BaseUrl"] = "https://jbrr.example.nl/instroom", ["Token"] = Token, ["PullTime"] = "05:15",
            ["TimeoutSeconds"] = "45", ["MaxSizeMiB"] = "12,5", ["Enabled"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/beheer#bronnen", response.Headers.Location?.OriginalString);
        var confirmation = await client.GetStringAsync(new Uri("/beheer", UriKind.Relative));
        var edit = await client.GetStringAsync(new Uri("/beheer/bronnen/GI-JBRR", UriKind.Relative));
        Assert.Contains("De koppeling van GI-JBRR is opgeslagen", confirmation, StringComparison.Ordinal);
        Assert.Contains("data-token-state=\"opgeslagen\"", edit, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, confirmation + edit, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, await RawTokenAsync("GI-JBRR") ?? "", StringComparison.Ordinal);
        var source = await app.Services.GetRequiredService<SourceConnections>().ByCodeAsync("GI-JBRR");
        Assert.Equal(Token, app.Services.GetRequiredService<SourceTokens>().For(source!));
        Assert.Equal((45, 13107200, "05:15"), (source!.TimeoutSeconds, source.MaxBodyBytes, source.PullTimeLocal));
        using (var storage = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            Assert.Equal("15 5 * * *", storage.GetRecurringJobs().Single(job => job.Id == "bron-GI-JBRR").Cron);
        }

        var entry = await LatestAsync(AuditActions.SourceChanged, "GI-JBRR");
        Assert.Equal((InstroomApp.TestUserName, AuditResults.Succeeded), (entry.Actor, entry.Result));
        Assert.Contains("token: vervangen", entry.Details, StringComparison.Ordinal);
        Assert.Contains("ophaaltijd: – → 05:15", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourceForm_RefusesPlainHttpAndTheSecondHour_InDutch_AndRecordsTheRefusal()
    {
        using var client = Client();

        var response = await PostFormAsync(client, "/beheer/bronnen/GI-JBN", "/beheer/bronnen/GI-JBN", new()
        {
            ["Connector"] = "http", ["BaseUrl"] = "http://jbn.example.nl/instroom", ["Token"] = Token, ["PullTime"] = "02:30",
            ["TimeoutSeconds"] = "dertig", ["MaxSizeMiB"] = "10",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Gebruik https", html, StringComparison.Ordinal);
        Assert.Contains("Kies een ophaaltijd buiten 02:00–03:00", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Vul de time-out in als een heel aantal seconden", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, html, StringComparison.Ordinal);
        Assert.Null((await app.Services.GetRequiredService<SourceConnections>().ByCodeAsync("GI-JBN"))!.Connector);
        Assert.Equal(AuditResults.Refused, (await LatestAsync(AuditActions.SourceChanged, "GI-JBN")).Result);
    }

    [Fact]
    public async Task ConnectionTest_DoesARealRequest_AndShowsTheDutchResultAfterTheRedirect()
    {
        string? authorization = null;
        await using var server = await TestSourceServer.StartAsync(source => source.MapGet("/bronnen/RAAD/aanleveringen", (HttpContext context) =>
        {
            authorization = context.Request.Headers.Authorization;
            return Results.NotFound();
        }));
        using var client = Client();
        await PostFormAsync(client, "/beheer/bronnen/RAAD", "/beheer/bronnen/RAAD", new()
        {
            ["Connector"] = "http", ["BaseUrl"] = server.BaseUrlOf("RAAD"), ["Token"] = Token, ["PullTime"] = "04:30",
            ["TimeoutSeconds"] = "10", ["MaxSizeMiB"] = "10", ["Enabled"] = "true",
        });

        var response = await PostFormAsync(client, "/beheer/bronnen/RAAD", "/beheer/bronnen/RAAD/testen", []);
        var page = await client.GetStringAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Bearer " + Token, authorization);
        Assert.Contains("Verbinding gelukt: de bron antwoordt, maar heeft nog geen aanlevering", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuleForm_RefusesThresholdsInTheWrongOrder_InDutch()
    {
        using var client = Client();

        var response = await PostFormAsync(client, "/beheer/statusregels/zonder-vaste-jeugdbeschermer",
            "/beheer/statusregels/zonder-vaste-jeugdbeschermer/voorbeeld", new() { ["Orange"] = "12", ["Red"] = "5", ["Enabled"] = "true" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("moet lager liggen dan de rode drempel", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuleForm_PreviewsFirst_ThenSaves_RecordingOldAndNewValues()
    {
        using var client = Client();

        var preview = await PostFormAsync(client, "/beheer/statusregels/doorstroomlijst-wachttijd",
            "/beheer/statusregels/doorstroomlijst-wachttijd/voorbeeld", new() { ["Orange"] = "12,5", ["Red"] = "40", ["Enabled"] = "true" });
        var previewHtml = await preview.Content.ReadAsStringAsync();
        var unchanged = (await app.Services.GetRequiredService<StatusRuleStore>().LoadAsync()).Single(r => r.RuleCode == "doorstroomlijst-wachttijd");
        var saved = await PostFormAsync(client, "/beheer/statusregels/doorstroomlijst-wachttijd", "/beheer/statusregels/doorstroomlijst-wachttijd",
            new() { ["Orange"] = "12,5", ["Red"] = "40", ["Enabled"] = "true" });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("van kleur veranderen", previewHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"bevestigen\"", previewHtml, StringComparison.Ordinal);
        Assert.Equal((10m, 42m), (unchanged.OrangeThreshold, unchanged.RedThreshold));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rule = (await app.Services.GetRequiredService<StatusRuleStore>().LoadAsync()).Single(r => r.RuleCode == "doorstroomlijst-wachttijd");
        Assert.Equal((12.5m, 40m, InstroomApp.TestUserName), (rule.OrangeThreshold, rule.RedThreshold, rule.UpdatedBy));
        Assert.Equal("oranje 10 → 12,5; rood 42 → 40", (await LatestAsync(AuditActions.RuleChanged, "doorstroomlijst-wachttijd")).Details);
    }

    [Fact]
    public async Task NewUser_GetsAOneTimePasswordShownOnce_ThatMustBeChangedAtTheFirstSignIn()
    {
        using var client = Client();

        var created = await PostFormAsync(client, "/beheer/gebruikers/nieuw", "/beheer/gebruikers/nieuw", new()
        {
            ["UserName"] = "k.partner@rijnmond.example", ["DisplayName"] = "Kees Partner", ["Roles"] = Roles.Ketenpartner, ["Areas"] = "JZ29",
        });
        var first = await client.GetStringAsync(created.Headers.Location);
        var second = await client.GetStringAsync(created.Headers.Location);
        var password = PasswordShown().Match(first).Groups[1].Value;
        using var newcomer = app.CreateAnonymousClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress });
        using var signIn = await InstroomApp.SignInAsync(newcomer, "k.partner@rijnmond.example", password);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Matches("^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$", password);
        Assert.DoesNotContain(password, second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/wachtwoord-wijzigen", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var user = await app.Services.GetRequiredService<UserAccounts>().FindByNameAsync("k.partner@rijnmond.example");
        Assert.Equal([Roles.Ketenpartner], user!.Roles);
        Assert.Equal(["JZ29"], user.AreaCodes);
        Assert.True(user.MustChangePassword);
        var entry = await LatestAsync(AuditActions.UserChanged, "k.partner@rijnmond.example");
        Assert.Contains("rollen: Ketenpartner; gebieden: JZ29", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(password, entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_RefuseAGemeenteForAKetenpartner_AndSaveJeugdregiosWithTheirAudit()
    {
        var id = await app.EnsureUserAsync("a.houder", "test-" + Guid.NewGuid().ToString("N"), [Roles.Accounthouder], ["GM0489"]);
        using var client = Client();
        var page = $"/beheer/gebruikers/{id}";

        var refused = await PostFormAsync(client, page, page + "/rollen", new() { ["Roles"] = Roles.Ketenpartner, ["Areas"] = "GM0489" });
        var saved = await PostFormAsync(client, page, page + "/rollen", new() { ["Roles"] = Roles.Ketenpartner, ["Areas"] = "JZ29" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Een ketenpartner krijgt jeugdregio&#x27;s, geen losse gemeenten", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("rollen: Accounthouder; gebieden: GM0489 → rollen: Ketenpartner; gebieden: JZ29",
            (await LatestAsync(AuditActions.RolesChanged, "a.houder")).Details);
        Assert.Equal(["JZ29"], (await app.Services.GetRequiredService<UserAccounts>().FindByIdAsync(id))!.AreaCodes);
    }

    [Fact]
    public async Task ResetDisableEnableAndUnlock_EachChangeTheAccount_AndLeaveTheirRecord()
    {
        var id = await app.EnsureUserAsync("i.nspecteur", "test-" + Guid.NewGuid().ToString("N"), [Roles.Inspectie]);
        var accounts = app.Services.GetRequiredService<UserAccounts>();
        for (var i = 0; i < UserAccounts.MaxFailedSignIns; i++)
        {
            await accounts.RecordFailedSignInAsync(id);
        }

        using var client = Client();
        var page = $"/beheer/gebruikers/{id}";
        var locked = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var hashBefore = (await accounts.FindByIdAsync(id))!.PasswordHash;

        foreach (var (action, details) in new[]
                 {
                     ("ontgrendelen", "ontgrendeld"), ("wachtwoord", "wachtwoord opnieuw ingesteld"), ("uitschakelen", "uitgeschakeld"),
                 })
        {
            var response = await PostFormAsync(client, page, $"{page}/{action}", []);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(details, (await LatestAsync(AuditActions.UserChanged, "i.nspecteur")).Details, StringComparison.Ordinal);
        }

        var after = (await accounts.FindByIdAsync(id))!;
        Assert.Contains("id=\"ontgrendelen\"", locked, StringComparison.Ordinal);
        Assert.Equal((true, true, false), (after.Disabled, after.MustChangePassword, after.IsLockedAt(NodaTime.SystemClock.Instance.GetCurrentInstant())));
        Assert.NotEqual(hashBefore, after.PasswordHash);
        await PostFormAsync(client, page, $"{page}/inschakelen", []);
        Assert.False((await accounts.FindByIdAsync(id))!.Disabled);
        Assert.Equal("ingeschakeld", (await LatestAsync(AuditActions.UserChanged, "i.nspecteur")).Details);
    }

    [Fact]
    public async Task ABeheerder_CannotDisableTheirOwnAccount()
    {
        var id = (await app.Services.GetRequiredService<UserAccounts>().FindByNameAsync(InstroomApp.TestUserName))!.UserId;
        using var client = Client();

        var response = await PostFormAsync(client, $"/beheer/gebruikers/{id}", $"/beheer/gebruikers/{id}/uitschakelen", []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False((await app.Services.GetRequiredService<UserAccounts>().FindByIdAsync(id))!.Disabled);
    }

    [Theory]
    [InlineData("/beheer", Roles.Inspectie, HttpStatusCode.Forbidden)]
    [InlineData("/beheer/bronnen/RAAD", Roles.Inspectie, HttpStatusCode.Forbidden)]
    [InlineData("/beheer/statusregels/zonder-vaste-jeugdbeschermer", Roles.Inspectie, HttpStatusCode.Forbidden)]
    [InlineData("/beheer/gebruikers", Roles.Inspectie, HttpStatusCode.Forbidden)]
    [InlineData("/beheer/logboek", Roles.Inspectie, HttpStatusCode.OK)]
    [InlineData("/beheer/logboek", Roles.Ketenpartner, HttpStatusCode.Forbidden)]
    [InlineData("/beheer/logboek", Roles.Accounthouder, HttpStatusCode.Forbidden)]
    public async Task AdministrationPages_AreForTheBeheerder_AndTheLogboekAlsoForTheInspectie(string path, string role, HttpStatusCode expected)
    {
        var areas = role is Roles.Ketenpartner or Roles.Accounthouder ? new[] { "JZ29" } : [];
        using var client = await app.CreateClientAsAsync("rol-" + role.ToLowerInvariant(), [role], areas);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task AdministrationForms_RefuseAPostWithoutAntiforgeryToken()
    {
        using var client = Client();

        var response = await client.PostAsync(new Uri("/beheer/statusregels/zonder-vaste-jeugdbeschermer", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Orange"] = "1", ["Red"] = "2", ["Enabled"] = "true" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rule = (await app.Services.GetRequiredService<StatusRuleStore>().LoadAsync()).Single(r => r.RuleCode == "zonder-vaste-jeugdbeschermer");
        Assert.Equal(3m, rule.OrangeThreshold);
    }

    [Fact]
    public async Task Logboek_FiltersByActionAndUser_PagesByAuditId_AndItsDownloadIsRecorded()
    {
        var trail = app.Services.GetRequiredService<AuditTrail>();
        for (var i = 0; i < 55; i++)
        {
            await trail.RecordAsync(new AuditEntry(NodaTime.SystemClock.Instance.GetCurrentInstant(), "pagineer", AuditActions.JobRun, $"taak-{i}",
                AuditResults.Succeeded, "127.0.0.1", "corr-" + i, "regel\r\nnep"));
        }

        using var client = Client();
        var first = await client.GetStringAsync(new Uri($"/beheer/logboek?actie={AuditActions.JobRun}&gebruiker=pagineer", UriKind.Relative));
        var next = WebUtility.HtmlDecode(OlderLink().Match(first).Groups[1].Value);
        var second = await client.GetStringAsync(new Uri(next, UriKind.Relative));
        var download = await client.GetAsync(new Uri($"/beheer/logboek/export?actie={AuditActions.JobRun}&gebruiker=pagineer", UriKind.Relative));
        var csv = await download.Content.ReadAsStringAsync();

        Assert.Equal(50, Regex.Count(first, "data-audit-id="));
        Assert.Equal(5, Regex.Count(second, "data-audit-id="));
        Assert.Contains("taak-54", first, StringComparison.Ordinal);
        Assert.Contains("taak-0<", second, StringComparison.Ordinal);
        Assert.Contains("Taak handmatig gestart", first, StringComparison.Ordinal);
        Assert.StartsWith("Nummer;Tijdstip (Nederlandse tijd);Tijdstip (UTC);Actie;Object;Resultaat;Gebruiker;Herkomst;Correlatie-id;Toelichting\r\n", csv,
            StringComparison.Ordinal);
        Assert.Equal(56, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("regel⏎⏎nep", csv, StringComparison.Ordinal);
        var export = await LatestAsync(AuditActions.Export, null);
        Assert.StartsWith("/beheer/logboek/export", export.Subject, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var token = await InstroomApp.AntiforgeryTokenAsync(client, formPage);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    private async Task<StoredAuditEntry> LatestAsync(string action, string? subject) =>
        (await app.Services.GetRequiredService<AuditTrail>().RecentAsync(200, action)).First(entry => subject is null || entry.Subject == subject);

    private async Task<string?> RawTokenAsync(string code)
    {
        await using var connection = await app.Services.GetRequiredService<Data.Storage.InstroomDatabase>().OpenAsync();
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT c.token_protected FROM source_connection c JOIN source s ON s.source_id = c.source_id WHERE s.code = @Code", new { Code = code });
    }

    [GeneratedRegex("data-password>([^<]+)<")]
    private static partial Regex PasswordShown();

    [GeneratedRegex("href=\"(/beheer/logboek[^\"]*voor=[^\"]+)\" id=\"oudere-regels\"")]
    private static partial Regex OlderLink();
}
