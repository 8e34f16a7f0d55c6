using Instroom.Data.Access;
using Instroom.Tests.Support;
using Instroom.Web.Security;
using Microsoft.Playwright;

namespace Instroom.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// One app on a real Kestrel socket (127.0.0.1, free port) and one headless Chromium for all browser tests. The
/// browser is Debian's (<c>/usr/bin/chromium</c>, or <c>INSTROOM_TEST_CHROMIUM</c>): Playwright never downloads
/// one. Without it every browser test reports SKIPPED with the reason, it does not pass.
/// Usage: <c>[Collection(BrowserCollection.Name)]</c>, then <c>await using var tab = await browser.OpenAsync("/regios");</c>.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "INSTROOM_TEST_CHROMIUM";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _signedIn;

    public BrowserFixture()
        : this(new TestPagesApp())
    {
    }

    /// <summary>For a fixture with its own app (other settings, data written by <see cref="PrepareAsync"/>).</summary>
    protected BrowserFixture(TestPagesApp app) => App = app;

    public TestPagesApp App { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why browser tests cannot run here, or null when they can.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>Screenshots go next to the test assembly: bin/.../TestResults/screenshots.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Browser tests need Chromium at {ChromiumPath} (apt-get install chromium, or set {ChromiumVariable}); " +
                "Playwright is not allowed to download a browser.";
            return;
        }

        // Belt and braces: nothing in these tests installs browsers, and nothing should try.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        BaseAddress = App.StartKestrel();
        await PrepareAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>
    /// A fresh browser context (no shared cookies or cache) with one tab on <paramref name="path"/>; without
    /// <paramref name="javaScript"/> to show that a page works as plain HTML.
    /// </summary>
    /// <remarks>
    /// Signed in as <see cref="InstroomApp.TestUserName"/> (Beheerder and Inspectie): the fixture signs in once through
    /// the sign-in page and gives every new context that session's cookies.
    /// </remarks>
    public async Task<BrowserTab> OpenAsync(string path, int width = 1366, int height = 768, bool javaScript = true)
    {
        Skip.If(SkipReason is not null, SkipReason);
        _signedIn ??= await SignInOnceAsync();
        return await OpenContextAsync(path, width, height, javaScript, _signedIn);
    }

    /// <summary>Like <see cref="OpenAsync"/>, but nobody is signed in.</summary>
    public Task<BrowserTab> OpenAnonymousAsync(string path, int width = 1366, int height = 768, bool javaScript = true)
    {
        Skip.If(SkipReason is not null, SkipReason);
        return OpenContextAsync(path, width, height, javaScript, null);
    }

    /// <summary>
    /// Signs in through the sign-in page as <paramref name="userName"/> (created or updated with these roles and areas)
    /// and then opens <paramref name="path"/> in that context.
    /// </summary>
    public async Task<BrowserTab> OpenAsAsync(string userName, IReadOnlyList<string> roles, IReadOnlyList<string>? areaCodes, string path,
        int width = 1366, int height = 768, bool javaScript = true)
    {
        Skip.If(SkipReason is not null, SkipReason);
        var password = "test-" + Guid.NewGuid().ToString("N");
        await App.EnsureUserAsync(userName, password, roles, areaCodes);
        var tab = await OpenContextAsync(SignInRegistration.SignInPath, width, height, javaScript, null);
        await SignInAsync(tab, userName, password);
        await tab.GotoAsync(path);
        return tab;
    }

    /// <summary>Fills and submits the sign-in form on the tab's current page.</summary>
    public static async Task SignInAsync(BrowserTab tab, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(tab);
        await tab.Page.FillAsync("#gebruikersnaam", userName);
        await tab.Page.FillAsync("#wachtwoord", password);
        await tab.Page.ClickAsync("main form button[type=submit]");
        // The form posts and the server redirects: wait until a page that is not the sign-in page starts (the session
        // cookie came with the redirect). The sign-in page again means the sign-in failed, which WaitForURL reports by
        // timing out. Generous: two cores shared by several test runs.
        await tab.Page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith(SignInRegistration.SignInPath, StringComparison.Ordinal),
            new PageWaitForURLOptions { Timeout = 60_000, WaitUntil = WaitUntilState.Commit });
    }

    private async Task<string> SignInOnceAsync()
    {
        await App.EnsureUserAsync(InstroomApp.TestUserName, App.TestPassword, [Roles.Beheerder, Roles.Inspectie]);
        await using var tab = await OpenContextAsync(SignInRegistration.SignInPath, 1366, 768, true, null);
        await SignInAsync(tab, InstroomApp.TestUserName, App.TestPassword);
        return await tab.StorageStateAsync();
    }

    private async Task<BrowserTab> OpenContextAsync(string path, int width, int height, bool javaScript, string? storageState)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            JavaScriptEnabled = javaScript,
            StorageState = storageState,
        });

        // A bound on waiting, not a timing assertion: on the 2-core CI machine the whole suite runs beside the browser,
        // and a page that rebuilds after a change (a toezicht period started) took longer than Playwright's 30 s there.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var tab = new BrowserTab(context, await context.NewPageAsync());
        await tab.GotoAsync(path);
        return tab;
    }

    /// <summary>
    /// Runs once the app serves and before the browser starts. By default the pages get a country of figures, statuses
    /// and toezicht periods to show (Dashboard/Support); a derived fixture writes its own data instead.
    /// </summary>
    protected virtual Task PrepareAsync() => Dashboard.Support.DashboardWorld.SeedAsync(App.Services);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
