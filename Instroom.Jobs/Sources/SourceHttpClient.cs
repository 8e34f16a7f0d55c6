using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Instroom.Jobs.Sources;

/// <summary>
/// The named HttpClient for pulling sources: a few quick retries with exponential backoff and jitter for transient
/// failures (5xx, 408, 429, connection errors, attempt timeouts). A 404 is an answer, not a failure, and is never retried here.
/// </summary>
public static class SourceHttpClient
{
    public const string Name = "instroom-bronnen";

    public static IServiceCollection AddSourceHttpClient(this IServiceCollection services, TimeSpan retryBaseDelay)
    {
        services.AddHttpClient(Name, client =>
            {
                // The per-source timeout is applied by the connector; this is only the outer bound.
                client.Timeout = TimeSpan.FromMinutes(10);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Instroom/1");
            })
            .AddResilienceHandler("bronnen", pipeline =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = retryBaseDelay,
                });
            });
        return services;
    }
}
