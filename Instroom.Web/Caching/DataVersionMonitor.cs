using Dapper;
using Instroom.Data.Storage;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Instroom.Web.Caching;

/// <summary>
/// Knows the current <see cref="DataVersion"/> without a query per request: it reads the version (one round trip) every
/// few seconds and on <see cref="CheckAsync"/>, and when it changed evicts every cached page (tag
/// <see cref="CachedPages.Tag"/>). Polling rather than a call from the importer, because imports also run in other
/// processes: the operator command line, or Hangfire servers next to SQL Server.
/// </summary>
/// <remarks>
/// The cache store is looked up when needed, not injected: the output cache's options hold the policy, which reads
/// this monitor, and the store is built from those options.
/// </remarks>
public sealed class DataVersionMonitor(InstroomDatabase database, IServiceProvider services, ILogger<DataVersionMonitor> logger)
{
    private DataVersion? _current;

    /// <summary>The version last read; <see cref="DataVersion.Unknown"/> before the first read.</summary>
    public DataVersion Current => _current ?? DataVersion.Unknown;

    /// <summary>Reads the version now; evicts the cached pages when it changed. Returns whether it changed.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken = default)
    {
        DataVersionRow row;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            row = await connection.QuerySingleAsync<DataVersionRow>(new CommandDefinition(SelectDataVersionSql, cancellationToken: cancellationToken));
        }

        var version = DataVersion.From(row);
        var previous = Interlocked.Exchange(ref _current, version);
        if (previous?.Token == version.Token)
        {
            return false;
        }

        await services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(CachedPages.Tag, cancellationToken);
        if (previous is not null)
        {
            logger.LogInformation("Data changed (version {Version}); cached pages evicted", version.Token);
        }

        return true;
    }

    internal const string SelectDataVersionSql = """
        SELECT (SELECT COALESCE(MAX(delivery_id), 0) FROM delivery) AS LastDeliveryId,
               (SELECT MAX(received_at) FROM delivery) AS LastReceivedAt,
               (SELECT MAX(computed_at) FROM region_status) AS LastComputedAt,
               (SELECT MAX(updated_at) FROM status_rule) AS LastRuleChange,
               (SELECT COUNT(*) FROM supervision_period) AS SupervisionPeriods,
               (SELECT MAX(created_at) FROM supervision_period) AS LastSupervisionChange,
               (SELECT MAX(computed_at) FROM week_disclosure) AS LastDisclosureAt
        """;
}

/// <summary>Polls <see cref="DataVersionMonitor"/> every <see cref="CachingOptions.PollInterval"/>.</summary>
internal sealed class DataVersionPolling(DataVersionMonitor monitor, IOptions<CachingOptions> options, ILogger<DataVersionPolling> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Poll)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            try
            {
                await monitor.CheckAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database that is briefly unavailable must not stop the polling; pages then keep their version.
                logger.LogWarning(exception, "Reading the data version failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
