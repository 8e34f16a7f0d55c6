using Instroom.Data.Calendar;
using Instroom.Jobs.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Instroom.Jobs.Sources;

/// <summary>
/// Seeds connection settings from configuration (<c>Instroom:Sources:Connections</c>) for sources that have none.
/// The database stays the truth afterwards: administrators edit connections there.
/// </summary>
public sealed class SourceConnectionSeeder(
    SourceConnections connections,
    IOptions<SourceOptions> sourceOptions,
    IOptions<ScheduleOptions> scheduleOptions,
    IClock clock,
    ILogger<SourceConnectionSeeder> logger)
{
    public async Task<int> SeedConfiguredAsync(CancellationToken cancellationToken = default)
    {
        var added = 0;
        foreach (var (code, seed) in sourceOptions.Value.Connections)
        {
            added += await SeedOneAsync(code, seed, cancellationToken) ? 1 : 0;
        }

        return added;
    }

    /// <summary>Gives every source active today the same kind of connection (used by the demo).</summary>
    public async Task<int> SeedAllActiveAsync(Func<SourceConnection, SourceConnectionSeed> seedFor, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var added = 0;
        foreach (var source in (await connections.AllAsync(cancellationToken)).Where(s => s.Connector is null && s.IsActiveOn(today)))
        {
            added += await SeedOneAsync(source.Code, seedFor(source), cancellationToken) ? 1 : 0;
        }

        return added;
    }

    private async Task<bool> SeedOneAsync(string code, SourceConnectionSeed seed, CancellationToken cancellationToken)
    {
        var added = await connections.SeedAsync(code, seed, scheduleOptions.Value.PullTimeLocal, sourceOptions.Value.TimeoutSeconds,
            sourceOptions.Value.MaxBodyBytes, cancellationToken);
        if (added)
        {
            logger.LogInformation("Seeded {Connector} connection for source {Source}", seed.Connector, code);
        }

        return added;
    }
}
