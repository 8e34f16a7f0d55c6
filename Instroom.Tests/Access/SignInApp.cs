using System.Collections.Concurrent;
using System.Net;
using Instroom.Data.Access;
using Instroom.Data.Audit;
using Instroom.Tests.Support;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace Instroom.Tests.Access;

/// <summary>
/// The real app with a clock the test moves, every log line kept (down to Debug), and the first administrator's
/// console output captured. One app per test class; tests use their own users so they don't disturb each other.
/// </summary>
public sealed class SignInApp : TestPagesApp
{
    public FakeClock Clock { get; } = new(SystemClock.Instance.GetCurrentInstant());

    public CapturedLogs Logs { get; } = new();

    public StringWriter Console { get; } = new();

    public AuditTrail Audit => Services.GetRequiredService<AuditTrail>();

    public UserAccounts Accounts => Services.GetRequiredService<UserAccounts>();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Debug",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddSingleton(new AdministratorPasswordOutput { Writer = Console });
        });
    }

    /// <summary>A client that keeps cookies but follows no redirects, so tests see where they are sent.</summary>
    public HttpClient CreateBareClient() =>
        CreateAnonymousClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });

    public async Task<IReadOnlyList<StoredAuditEntry>> AuditAsync(string action, string? actor = null) =>
        await Audit.RecentAsync(100, action, actor);

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string tokenPage, IDictionary<string, string> fields)
    {
        var token = await InstroomApp.AntiforgeryTokenAsync(client, tokenPage);
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    public static string? Location(HttpResponseMessage response) => response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
        ? response.Headers.Location?.OriginalString
        : null;
}

/// <summary>Every log message written while the app runs, formatted with its exception.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(pair => $"{pair.Key}={pair.Value}")) : "";
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception} {values}");
        }
    }
}
