using Hangfire;
using Hangfire.Storage.Monitoring;
using Instroom.Jobs.Scheduling;
using Instroom.Jobs.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Instroom.Tests.Browser;

[Collection(SeededBrowserCollection.Name)]
public sealed class DeliveriesPageTests(SeededBrowserFixture browser)
{
    [SkippableFact]
    public async Task Overview_ShowsTheLastDeliveryPerSource_TheSystemicFailure_AndWhatIsLateOrMissing()
    {
        await using var tab = await browser.OpenAsync("/aanleveringen");
        await tab.ScreenshotAsync("aanleveringen-met-gegevens");
        var seed = browser.Seed;

        var banner = await tab.Page.Locator("#systeemstoring").InnerTextAsync();
        var gi = tab.Page.Locator("#gi-tabel tr[data-source='GI-JBRR']");
        var raad = tab.Page.Locator("#raad-tabel tr[data-source='RAAD']");

        Assert.Contains($"Voor peildatum {seed.SystemicFailureNight:d-M-yyyy} mislukte het ophalen bij 41 van de 41 bronnen", banner, StringComparison.Ordinal);
        var last = await gi.Locator("[data-cell=laatste]").InnerTextAsync();
        Assert.Contains($"peildatum {seed.LatestReferenceDate:d-M-yyyy}", last, StringComparison.Ordinal);
        Assert.Contains("leveringId", last, StringComparison.Ordinal);
        var days = await raad.Locator("[data-cell=dagen] strong").InnerTextAsync();
        Assert.Contains("te laat:", days, StringComparison.Ordinal);
        Assert.Contains("ontbrekend:", days, StringComparison.Ordinal);
        Assert.Equal(3, await tab.Page.Locator("h2:has-text('Gecertificeerde instellingen'), h2:has-text('Raad voor de Kinderbescherming'), h2:has-text('Veilig Thuis (')").CountAsync());
        Assert.Equal(1, await tab.Page.Locator($"#quarantaine-tabel tr[data-quarantine='{seed.QuarantineId}']").CountAsync());
    }

    [SkippableFact]
    public async Task NuOphalen_QueuesThePullJobOfThatSource_AndConfirmsInDutch()
    {
        await using var tab = await browser.OpenAsync("/aanleveringen");
        var source = await browser.App.Services.GetRequiredService<SourceConnections>().ByCodeAsync(DashboardSeed.Gi);
        var before = PullJobsFor(source!.SourceId);

        await tab.Page.Locator($"tr[data-source='{DashboardSeed.Gi}']").GetByRole(AriaRole.Button, new() { Name = "Nu ophalen" }).ClickAsync();
        await tab.Page.WaitForURLAsync("**/aanleveringen");
        var confirmation = await tab.Page.GetByRole(AriaRole.Status).InnerTextAsync();

        Assert.Contains($"Ophalen van {DashboardSeed.Gi} Jeugdbescherming Regio Rotterdam voor peildatum", confirmation, StringComparison.Ordinal);
        var queued = PullJobsFor(source.SourceId).Where(job => !before.ContainsKey(job.Key)).ToList();
        var job = Assert.Single(queued).Value;
        Assert.Equal(nameof(PullSourceJob.RunAsync), job.Job.Method.Name);
        Assert.Equal(PullTriggers.Manual, job.Job.Args[2]);
        Assert.Equal(browser.App.Services.GetRequiredService<NodaTime.IClock>().GetCurrentInstant().InZone(Data.Calendar.DutchTime.Zone).Date
            .PlusDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), job.Job.Args[1]);
    }

    [SkippableFact]
    public async Task PullWithoutAntiforgeryToken_IsRefused_AndQueuesNothing()
    {
        await using var tab = await browser.OpenAsync("/aanleveringen");
        var source = await browser.App.Services.GetRequiredService<SourceConnections>().ByCodeAsync(DashboardSeed.Gi);
        var before = PullJobsFor(source!.SourceId);

        var response = await tab.Page.APIRequest.PostAsync($"/aanleveringen/{DashboardSeed.Gi}/ophalen");

        Assert.Equal(400, response.Status);
        Assert.Equal(before.Keys.Order(), PullJobsFor(source.SourceId).Keys.Order());
    }

    [SkippableFact]
    public async Task QuarantineView_ListsTheReasons_AndShowsAScriptInThePayloadAsText()
    {
        await using var tab = await browser.OpenAsync($"/aanleveringen/quarantaine/{browser.Seed.QuarantineId}");
        await tab.ScreenshotAsync("quarantaine");

        var reasons = await tab.Page.Locator("#redenen-lijst li").AllInnerTextsAsync();
        var raw = await tab.Page.Locator("#ruwe-inhoud").TextContentAsync();

        Assert.NotEmpty(reasons);
        Assert.Contains(reasons, reason => reason.Contains("leveringId", StringComparison.Ordinal));
        Assert.Contains(DashboardSeed.ScriptInPayload, raw, StringComparison.Ordinal);
        Assert.Equal(0, await tab.Page.Locator("main script, main img").CountAsync());
        Assert.Contains(DashboardSeed.FileNameWithHtml, await tab.Page.Locator(".instroom-facts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Afgekeurde aanlevering van VT-18 — Instroom", await tab.Page.TitleAsync());
    }

    [SkippableFact]
    public async Task QuarantinedPayload_DownloadsAsTheExactBytes_UnderANameOfOurOwn()
    {
        await using var tab = await browser.OpenAsync($"/aanleveringen/quarantaine/{browser.Seed.QuarantineId}");

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.Locator("[data-download=inhoud]").ClickAsync());
        var text = await File.ReadAllTextAsync(await download.PathAsync());

        Assert.Equal($"quarantaine-{browser.Seed.QuarantineId}-vt-18.json", download.SuggestedFilename);
        Assert.StartsWith("{\"schema\":\"instroom-aanlevering/1\",\"leveringId\":\"" + DashboardSeed.ScriptInPayload, text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SourceHistory_ShowsEachAttemptWithOutcomeTriggerAndReasons()
    {
        await using var tab = await browser.OpenAsync("/aanleveringen/RAAD");
        var failed = tab.Page.Locator("#pogingen tbody tr").Filter(new() { HasText = "mislukt" });

        Assert.Contains("Time-out na 30 seconden", await failed.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("schema", await failed.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(50, await tab.Page.Locator("#pogingen tbody tr").CountAsync());
        // 110 weekly deliveries and one failed attempt: pages of 50, 50 and 11.
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Oudere pogingen →" }).ClickAsync();
        await tab.Page.WaitForURLAsync("**pagina=2");
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Oudere pogingen →" }).ClickAsync();
        await tab.Page.WaitForURLAsync("**pagina=3");
        Assert.Equal(DashboardSeed.Weeks + 1 - 100, await tab.Page.Locator("#pogingen tbody tr").CountAsync());
        Assert.Equal(0, await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Oudere pogingen →" }).CountAsync());

        await tab.GotoAsync("/aanleveringen/VT-18");
        var rejected = tab.Page.Locator("#pogingen tbody tr").Filter(new() { HasText = "afgekeurd" });
        Assert.Equal($"/aanleveringen/quarantaine/{browser.Seed.QuarantineId}", await rejected.GetByRole(AriaRole.Link).GetAttributeAsync("href"));
    }

    [SkippableTheory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task SourcesTable_DownloadsAsAFile(string format)
    {
        await using var tab = await browser.OpenAsync("/aanleveringen");

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.Locator($"[data-download={format}]").ClickAsync());

        Assert.Matches($"^instroom-aanleveringen-\\d{{4}}-W\\d{{2}}\\.{format}$", download.SuggestedFilename);
        if (format == "csv")
        {
            var text = await File.ReadAllTextAsync(await download.PathAsync());
            Assert.Contains("GI-JBRR;Jeugdbescherming Regio Rotterdam;GI;http;", text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Beheer_ShowsConnectionsWithoutTheirSecret_AndTheRulesReadOnly()
    {
        await using var tab = await browser.OpenAsync("/beheer");
        await tab.ScreenshotAsync("beheer-met-gegevens");

        var gi = await tab.Page.Locator($"#bronnen-tabel tr[data-source='{DashboardSeed.Gi}']").InnerTextAsync();
        var vt = tab.Page.Locator($"#bronnen-tabel tr[data-source='{DashboardSeed.Vt}']");

        Assert.Contains("http://127.0.0.1:9/bronnen/GI-JBRR", gi, StringComparison.Ordinal);
        Assert.Contains("04:30", gi, StringComparison.Ordinal);
        Assert.Equal("ja", await tab.Page.Locator($"#bronnen-tabel tr[data-source='{DashboardSeed.Gi}'] [data-cell=token]").InnerTextAsync());
        Assert.Equal("nee", await vt.Locator("[data-cell=ingeschakeld]").InnerTextAsync());
        Assert.DoesNotContain("Instroom:Tokens", await tab.Page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(10, await tab.Page.Locator("#statusregels-tabel tbody tr").CountAsync());
        Assert.Equal("oranje vanaf 3%, rood vanaf 10% (hoger is slechter)",
            await tab.Page.Locator("#statusregels-tabel tr[data-rule='zonder-vaste-jeugdbeschermer'] [data-cell=drempels]").InnerTextAsync());
        Assert.Equal(0, await tab.Page.Locator("main form, main input, main button").CountAsync());
    }

    [SkippableFact]
    public async Task IndicatorPage_HasAnAnchorForEveryTrendIndicator_WithItsRules()
    {
        await using var tab = await browser.OpenAsync("/indicatoren#indicator-raad-wachtduur-mediaan");
        await tab.ScreenshotAsync("indicatoren-anker");

        var ids = await tab.Page.Locator("article[id^='indicator-']").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.id)");
        var rules = await tab.Page.Locator("[data-rules='raad-wachtduur-mediaan'] li").AllInnerTextsAsync();

        Assert.Equal(Data.Trends.TrendIndicators.All.Select(i => i.DefinitionAnchor)
                .Concat(Data.Indicators.IndicatorCatalogue.All.Select(i => i.DefinitionAnchor))
                .Distinct().Order(),
            ids.Order());
        Assert.Equal("Op tijd een vaste jeugdbeschermer: oranje boven 10 dagen, rood boven 30 dagen (hoger is slechter). Illustratieve standaardwaarde.",
            Assert.Single(rules));
    }

    /// <summary>The pull jobs of a source waiting in Hangfire's queue (the test app runs no Hangfire server, so they stay there).</summary>
    private Dictionary<string, EnqueuedJobDto> PullJobsFor(int sourceId) =>
        browser.App.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 1000)
            .Where(job => job.Value.Job?.Type == typeof(PullSourceJob) && Equals(job.Value.Job.Args[0], sourceId))
            .ToDictionary(job => job.Key, job => job.Value);
}
