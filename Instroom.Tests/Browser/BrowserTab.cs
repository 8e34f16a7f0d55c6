using Microsoft.Playwright;

namespace Instroom.Tests.Browser;

/// <summary>
/// One page in its own browser context, with what the browser reported while it was open: the response of the
/// last navigation and every console error (Chromium reports Content-Security-Policy violations there).
/// </summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _failedResources = [];

    internal BrowserTab(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _consoleErrors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                _failedResources.Add($"{response.Status} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public IResponse? Response { get; private set; }

    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    /// <summary>Stylesheets, images and scripts the page asked for and did not get.</summary>
    public IReadOnlyList<string> FailedResources => _failedResources;

    public async Task<IResponse> GotoAsync(string path)
    {
        Response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load })
            ?? throw new InvalidOperationException($"No response for {path}.");
        return Response;
    }

    /// <summary>Saves a full-page PNG under <see cref="BrowserFixture.ScreenshotFolder"/> and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>The context's cookies and storage as JSON, for a new context with the same session.</summary>
    public Task<string> StorageStateAsync() => _context.StorageStateAsync();

    /// <summary>The context's cookies, e.g. to check the session cookie's attributes.</summary>
    public Task<IReadOnlyList<BrowserContextCookiesResult>> CookiesAsync() => _context.CookiesAsync();

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
