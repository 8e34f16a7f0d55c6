using System.Data.Common;
using Dapper;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Jobs.Import;

/// <summary>
/// Records attempts in <c>import_run</c>. Pull jobs call <see cref="RecordAsync"/> for attempts that never produced a
/// payload (404 → <see cref="ImportOutcome.NotYetAvailable"/>; 500, timeout, refused → <see cref="ImportOutcome.Failed"/>);
/// the importer records the others itself, inside its own transaction.
/// </summary>
public sealed class ImportRunLog(InstroomDatabase database, IClock clock)
{
    /// <summary>Stores one finished attempt and returns its id. Throws <see cref="UnknownSourceException"/> for an unknown source.</summary>
    public async Task<long> RecordAsync(string sourceCode, LocalDate? referenceDate, string trigger, int attempt, ImportOutcome outcome,
        string? message, CancellationToken cancellationToken = default)
    {
        var source = await new ImportSources(database).GetAsync(sourceCode, cancellationToken);
        var now = clock.GetCurrentInstant();
        await using var connection = await database.OpenAsync(cancellationToken);
        return await InsertAsync(connection, null, database.Dialect,
            new ImportRunEntry(source.SourceId, referenceDate, trigger, attempt, now, now, outcome, null, null, message), cancellationToken);
    }

    internal static async Task<long> InsertAsync(DbConnection connection, DbTransaction? transaction, SqlDialect dialect, ImportRunEntry entry,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Trigger);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(entry.Trigger.Length, MaxTriggerLength, nameof(entry.Trigger));
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(InsertImportRunSql + dialect.SelectInsertedIdSql, new
        {
            entry.SourceId,
            entry.ReferenceDate,
            entry.Trigger,
            entry.Attempt,
            entry.StartedAt,
            entry.FinishedAt,
            Outcome = ImportOutcomes.Code(entry.Outcome),
            entry.LeveringId,
            entry.FigureCount,
            entry.Message,
        }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>import_run.trigger_kind is nvarchar(16) on SQL Server.</summary>
    private const int MaxTriggerLength = 16;

    internal const string InsertImportRunSql = """
        INSERT INTO import_run (source_id, reference_date, trigger_kind, attempt, started_at, finished_at, outcome, levering_id,
                                figure_count, message)
        VALUES (@SourceId, @ReferenceDate, @Trigger, @Attempt, @StartedAt, @FinishedAt, @Outcome, @LeveringId, @FigureCount, @Message);
        """;
}

/// <summary>One row of <c>import_run</c>. <see cref="LeveringId"/> only when it is a UUID (the column holds 36 characters).</summary>
internal sealed record ImportRunEntry(
    long SourceId,
    LocalDate? ReferenceDate,
    string Trigger,
    int Attempt,
    Instant StartedAt,
    Instant FinishedAt,
    ImportOutcome Outcome,
    string? LeveringId,
    int? FigureCount,
    string? Message);
