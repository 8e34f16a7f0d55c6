using Dapper;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Jobs.Scheduling;

/// <summary>What is already known about a source's peildata: the "already have this delivery" checks of a pull.</summary>
public sealed class PullHistory(InstroomDatabase database)
{
    public async Task<bool> HasCurrentDeliveryAsync(int sourceId, LocalDate referenceDate, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountCurrentSql,
            new { SourceId = sourceId, ReferenceDate = referenceDate }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>
    /// Peildata in [from, to] that have neither a current delivery nor a rejection: the ones a catch-up fetches.
    /// A rejected delivery is final until the source sends a new one, so it is not fetched again automatically.
    /// </summary>
    public async Task<IReadOnlyList<LocalDate>> OpenReferenceDatesAsync(int sourceId, LocalDate from, LocalDate to,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var settled = (await connection.QueryAsync<LocalDate>(new CommandDefinition(SettledDatesSql,
            new { SourceId = sourceId, From = from, To = to }, cancellationToken: cancellationToken))).ToHashSet();
        var open = new List<LocalDate>();
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            if (!settled.Contains(date))
            {
                open.Add(date);
            }
        }

        return open;
    }

    internal const string CountCurrentSql = """
        SELECT COUNT(*) FROM delivery
        WHERE source_id = @SourceId AND reference_date = @ReferenceDate AND superseded_at IS NULL
        """;

    internal const string SettledDatesSql = """
        SELECT reference_date FROM delivery
        WHERE source_id = @SourceId AND reference_date BETWEEN @From AND @To AND superseded_at IS NULL
        UNION
        SELECT reference_date FROM import_run
        WHERE source_id = @SourceId AND reference_date BETWEEN @From AND @To AND outcome = 'afgekeurd'
        """;
}
