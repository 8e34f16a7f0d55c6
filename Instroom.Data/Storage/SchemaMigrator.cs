using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Instroom.Data.Storage;

/// <summary>
/// Applies the numbered scripts of sql/{dialect}/ that the journal does not list yet, in one transaction
/// under a lock, so two processes starting at once apply each script exactly once.
/// </summary>
public sealed class SchemaMigrator(InstroomDatabase database, IClock clock, ILogger<SchemaMigrator> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var scripts = SchemaScript.Load(database.Dialect);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await database.Dialect.AcquireMigrationLockAsync(connection, transaction);
        await connection.ExecuteAsync(database.Dialect.CreateSchemaJournalSql, transaction: transaction);

        var applied = (await connection.QueryAsync<string>(SelectAppliedSql, transaction: transaction)).ToHashSet(StringComparer.Ordinal);
        var newlyApplied = new List<string>();
        foreach (var script in scripts.Where(s => !applied.Contains(s.Name)))
        {
            foreach (var batch in database.Dialect.SplitBatches(script.Text))
            {
                await connection.ExecuteAsync(batch, transaction: transaction, commandTimeout: 600);
            }

            await connection.ExecuteAsync(InsertAppliedSql, new { ScriptName = script.Name, AppliedAt = clock.GetCurrentInstant() }, transaction);
            newlyApplied.Add(script.Name);
            logger.LogInformation("Applied schema script {Script}", script.Name);
        }

        await transaction.CommitAsync(cancellationToken);
        return newlyApplied;
    }

    internal const string SelectAppliedSql = "SELECT script_name FROM schema_journal";

    internal const string InsertAppliedSql = "INSERT INTO schema_journal (script_name, applied_at) VALUES (@ScriptName, @AppliedAt)";
}

/// <summary>A numbered schema script embedded from sql/{dialect}/NNNN_name.sql.</summary>
public sealed record SchemaScript(string Name, string Text)
{
    public static IReadOnlyList<SchemaScript> Load(SqlDialect dialect)
    {
        var assembly = typeof(SchemaScript).Assembly;
        var prefix = $"sql/{dialect.ScriptFolder}/";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new SchemaScript(name[prefix.Length..], Read(assembly, name)))
            .ToList();
    }

    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded script {resourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
