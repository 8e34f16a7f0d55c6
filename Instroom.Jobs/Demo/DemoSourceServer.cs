using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Instroom.Jobs.Demo;

/// <summary>
/// A real Kestrel server on 127.0.0.1, started with the application when the demo is enabled, that plays every
/// registered source at <c>{BaseAddress}/bronnen/{code}</c>. Its own small web application, so the demo never
/// shares a port, pipeline or authentication with the dashboard.
/// </summary>
public sealed class DemoSourceServer(
    DemoSourceEndpoint endpoint,
    IOptions<DemoSourceOptions> options,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private readonly TaskCompletionSource<Uri> _baseAddress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ILogger _logger = loggerFactory.CreateLogger<DemoSourceServer>();
    private WebApplication? _app;

    /// <summary>
    /// The server's address (e.g. <c>http://127.0.0.1:41234</c>), completed once Kestrel listens; faulted when the
    /// demo is disabled or the server could not start.
    /// </summary>
    public Task<Uri> BaseAddress => options.Value.Enabled
        ? _baseAddress.Task
        : Task.FromException<Uri>(new InvalidOperationException("De demobronnen staan uit (Instroom:Demo:Enabled)."));

    /// <summary>The base URL to configure for one demo source: <c>{BaseAddress}/bronnen/{code}</c>.</summary>
    public async Task<Uri> SourceBaseUrlAsync(string sourceCode) =>
        new(await BaseAddress, "bronnen/" + Uri.EscapeDataString(sourceCode));

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            var builder = WebApplication.CreateSlimBuilder();
            // Nothing from the application's configuration (a Kestrel section, URLS) may bind this server elsewhere.
            builder.Configuration.Sources.Clear();
            // The application's logging, not a second console logger of the inner application's own; without its
            // lifetime messages, which would print a second "Now listening on" that is not the dashboard's address.
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(new ForwardingLoggerProvider(loggerFactory));
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.None);
            builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Error);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Value.Port));
            _app = builder.Build();
            _app.MapGet("/bronnen/{code}/aanleveringen",
                (string code, HttpRequest request, CancellationToken ct) => endpoint.HandleAsync(code, request, ct));
            await _app.StartAsync(cancellationToken);

            var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
                .Addresses.Single();
            var baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
            _logger.LogInformation("Demo sources listening on {BaseAddress}", baseAddress);
            _baseAddress.TrySetResult(baseAddress);
        }
        catch (Exception exception)
        {
            _baseAddress.TrySetException(exception);
            throw;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }
}

/// <summary>Hands the inner server's log messages to the application's logger factory, under the inner filters.</summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory target) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => target.CreateLogger(categoryName);

    public void Dispose()
    {
        // The target factory belongs to the application.
    }
}
