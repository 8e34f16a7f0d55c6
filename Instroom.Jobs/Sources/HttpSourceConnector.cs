using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Instroom.Jobs.Contract;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Jobs.Sources;

/// <summary>
/// The contract's http transport: <c>GET {baseUrl}/aanleveringen?peildatum=YYYY-MM-DD</c> with a bearer token.
/// Quick retries with backoff and jitter live in the HttpClient's resilience pipeline (see
/// <see cref="SourceHttpClient"/>); what is still failing after those is reported, and the job retries later.
/// </summary>
public sealed class HttpSourceConnector(IHttpClientFactory httpClients, SourceTokens tokens, ILogger<HttpSourceConnector> logger)
{
    public async Task<FetchResult> FetchAsync(SourceConnection source, LocalDate referenceDate, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(source.BaseUrl))
        {
            return new FetchResult.TransportFailed("Geen adres (baseUrl) ingesteld voor deze bron.");
        }

        var url = $"{source.BaseUrl.TrimEnd('/')}/aanleveringen?peildatum={LocalDatePattern.Iso.Format(referenceDate)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        if (tokens.For(source) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(source.TimeoutSeconds > 0 ? source.TimeoutSeconds : 30));
        try
        {
            var client = httpClients.CreateClient(SourceHttpClient.Name);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return response.StatusCode switch
            {
                HttpStatusCode.OK => await ReadBodyAsync(response, source, timeout.Token),
                HttpStatusCode.NotFound => new FetchResult.NotYetAvailable(),
                _ => new FetchResult.TransportFailed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchResult.TransportFailed($"Geen antwoord binnen {source.TimeoutSeconds} seconden.");
        }
        catch (HttpRequestException exception)
        {
            // The message names the host and the socket error, never the token.
            logger.LogWarning("Source {Source}: transport failure {Error}", source.Code, exception.HttpRequestError);
            return new FetchResult.TransportFailed($"Verbinding mislukt ({exception.HttpRequestError}): {exception.Message}");
        }
    }

    private static async Task<FetchResult> ReadBodyAsync(HttpResponseMessage response, SourceConnection source, CancellationToken cancellationToken)
    {
        var limit = source.MaxBodyBytes > 0 ? source.MaxBodyBytes : 10 * 1024 * 1024;
        if (response.Content.Headers.ContentLength is { } length && length > limit)
        {
            return new FetchResult.TransportFailed(TooLarge(limit));
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return new FetchResult.TransportFailed(TooLarge(limit));
            }

            buffer.Write(chunk, 0, read);
        }

        var format = DeliveryFormats.FromContentType(response.Content.Headers.ContentType?.MediaType) ?? DeliveryFormat.Json;
        return new FetchResult.Delivered(buffer.ToArray(), format, null);
    }

    private static string TooLarge(int limit) =>
        string.Create(CultureInfo.GetCultureInfo("nl-NL"), $"Antwoord groter dan de limiet van {limit:N0} bytes.");
}
