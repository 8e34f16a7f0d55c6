using System.Net;
using System.Net.Sockets;
using System.Text;
using Instroom.Data.Sources;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Sources;
using Instroom.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Instroom.Tests.Transport;

/// <summary>The http connector against a real Kestrel server on 127.0.0.1 playing the source.</summary>
public sealed class HttpSourceConnectorTests
{
    private static readonly LocalDate Peildatum = new(2026, 11, 22);

    [Fact]
    public async Task Fetch_Returns200BodyAsJson_AndSendsTheBearerTokenAndPeildatum()
    {
        string? authorization = null;
        string? peildatum = null;
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/GI-JBBRA/aanleveringen", (HttpContext context) =>
        {
            authorization = context.Request.Headers.Authorization;
            peildatum = context.Request.Query["peildatum"];
            return Results.Text("{\"schema\":\"instroom-aanlevering/1\"}", "application/json");
        }));

        var result = await Connector().FetchAsync(Source(server.BaseUrlOf("GI-JBBRA")), Peildatum, CancellationToken.None);

        var delivered = Assert.IsType<FetchResult.Delivered>(result);
        Assert.Equal(DeliveryFormat.Json, delivered.Format);
        Assert.Equal("{\"schema\":\"instroom-aanlevering/1\"}", Encoding.UTF8.GetString(delivered.Payload));
        Assert.Equal("Bearer geheim-token", authorization);
        Assert.Equal("2026-11-22", peildatum);
    }

    [Fact]
    public async Task Fetch_RecognisesCsv_ByContentType()
    {
        await using var server = await TestSourceServer.StartAsync(app =>
            app.MapGet("/bronnen/RAAD/aanleveringen", () => Results.Text("leveringId;bron\n", "text/csv")));

        var result = await Connector().FetchAsync(Source(server.BaseUrlOf("RAAD")), Peildatum, CancellationToken.None);

        Assert.Equal(DeliveryFormat.Csv, Assert.IsType<FetchResult.Delivered>(result).Format);
    }

    [Fact]
    public async Task Fetch_Treats404_AsNotYetAvailable_WithoutRetrying()
    {
        var calls = 0;
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/VT-01/aanleveringen", () =>
        {
            Interlocked.Increment(ref calls);
            return Results.NotFound();
        }));

        var result = await Connector().FetchAsync(Source(server.BaseUrlOf("VT-01")), Peildatum, CancellationToken.None);

        Assert.IsType<FetchResult.NotYetAvailable>(result);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Fetch_Retries500WithBackoff_ThenReportsTheFailure()
    {
        var calls = 0;
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/VT-01/aanleveringen", () =>
        {
            Interlocked.Increment(ref calls);
            return Results.StatusCode(500);
        }));

        var result = await Connector().FetchAsync(Source(server.BaseUrlOf("VT-01")), Peildatum, CancellationToken.None);

        Assert.Contains("HTTP 500", Assert.IsType<FetchResult.TransportFailed>(result).Reason, StringComparison.Ordinal);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Fetch_Succeeds_WhenA500IsFollowedBy200()
    {
        var calls = 0;
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/VT-01/aanleveringen", () =>
            Interlocked.Increment(ref calls) == 1 ? Results.StatusCode(503) : Results.Text("{}", "application/json")));

        var result = await Connector().FetchAsync(Source(server.BaseUrlOf("VT-01")), Peildatum, CancellationToken.None);

        Assert.IsType<FetchResult.Delivered>(result);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Fetch_GivesUp_WhenTheSourceIsSlowerThanItsTimeout()
    {
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/GI-JBN/aanleveringen", async (HttpContext context) =>
        {
            // Answers only when the client gives up: no sleep, the abort is the signal.
            var aborted = new TaskCompletionSource();
            await using var registration = context.RequestAborted.Register(() => aborted.TrySetResult());
            await aborted.Task;
            return Results.Ok();
        }));

        var result = await Connector().FetchAsync(Source(server.BaseUrlOf("GI-JBN"), timeoutSeconds: 1), Peildatum, CancellationToken.None);

        Assert.Contains("binnen 1 seconden", Assert.IsType<FetchResult.TransportFailed>(result).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Fetch_RefusesABodyOverTheLimit_WithOrWithoutContentLength(bool sendLength)
    {
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/GI-JBN/aanleveringen", async (HttpContext context) =>
        {
            var body = new byte[5000];
            if (sendLength)
            {
                context.Response.ContentLength = body.Length;
            }

            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(body);
        }));

        var result = await Connector().FetchAsync(Source(server.BaseUrlOf("GI-JBN"), maxBodyBytes: 4096), Peildatum, CancellationToken.None);

        Assert.Contains("groter dan de limiet", Assert.IsType<FetchResult.TransportFailed>(result).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_ReportsARefusedConnection()
    {
        // A port that was just free: nothing listens there.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await Connector().FetchAsync(Source($"http://127.0.0.1:{port}/bronnen/GI-JBN"), Peildatum, CancellationToken.None);

        Assert.Contains("Verbinding mislukt", Assert.IsType<FetchResult.TransportFailed>(result).Reason, StringComparison.Ordinal);
    }

    internal static HttpSourceConnector Connector()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Tokens:Bron"] = "geheim-token" })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<SourceTokens>()
            .AddDataProtection().Services
            .AddSingleton<SourceTokenProtection>()
            .AddSingleton<HttpSourceConnector>()
            .AddSourceHttpClient(TimeSpan.FromMilliseconds(5))
            .BuildServiceProvider();
        return services.GetRequiredService<HttpSourceConnector>();
    }

    internal static SourceConnection Source(string baseUrl, int timeoutSeconds = 10, int maxBodyBytes = 1024 * 1024) => new()
    {
        SourceId = 1,
        Code = "TEST",
        Name = "Testbron",
        Kind = SourceKind.GI,
        Connector = SourceConnectors.Http,
        BaseUrl = baseUrl,
        TokenSecretName = "Tokens:Bron",
        TimeoutSeconds = timeoutSeconds,
        MaxBodyBytes = maxBodyBytes,
        Enabled = true,
    };
}
