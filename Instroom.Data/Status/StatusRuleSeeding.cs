using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Instroom.Data.Status;

/// <summary>
/// Seeds the illustrative default status rules at start when <c>status_rule</c> is empty. Hosted services start
/// after <c>PrepareInstroomDatabaseAsync</c> has migrated the database.
/// </summary>
internal sealed class StatusRuleSeeding(StatusRuleStore store, ILogger<StatusRuleSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var added = await store.SeedDefaultsAsync(cancellationToken);
        if (added > 0)
        {
            logger.LogInformation("Seeded {Count} illustrative default status rules", added);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
