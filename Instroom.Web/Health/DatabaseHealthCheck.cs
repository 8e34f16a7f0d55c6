using Dapper;
using Instroom.Data.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Instroom.Web.Health;

/// <summary>Healthy when the database answers and its schema is in place.</summary>
internal sealed class DatabaseHealthCheck(InstroomDatabase database) : IHealthCheck
{
    internal const string ProbeSql = "SELECT COUNT(*) FROM schema_journal";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var scripts = await connection.ExecuteScalarAsync<int>(new CommandDefinition(ProbeSql, cancellationToken: cancellationToken));
            return scripts > 0
                ? HealthCheckResult.Healthy($"{database.Provider}: {scripts} schema scripts applied")
                : HealthCheckResult.Unhealthy("The schema has not been applied.");
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}
