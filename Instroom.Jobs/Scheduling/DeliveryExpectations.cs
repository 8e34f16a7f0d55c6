using Dapper;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Jobs.Scheduling;

/// <summary>Stores per source and peildatum whether its delivery came in time (table delivery_expectation) and the nightly verdict (import_night).</summary>
public sealed class DeliveryExpectations(InstroomDatabase database)
{
    /// <summary>Per source and peildatum in range: whether a current delivery exists and what the last attempt gave.</summary>
    public async Task<IReadOnlyDictionary<(int SourceId, LocalDate ReferenceDate), ExpectationInput>> InputsAsync(LocalDate from, LocalDate to,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var lastRuns = await connection.QueryAsync<ExpectationInput>(new CommandDefinition(LastRunsSql, new { From = from, To = to },
            cancellationToken: cancellationToken));
        var delivered = await connection.QueryAsync<ExpectationInput>(new CommandDefinition(CurrentDeliveriesSql, new { From = from, To = to },
            cancellationToken: cancellationToken));
        var inputs = lastRuns.ToDictionary(r => (r.SourceId, r.ReferenceDate));
        foreach (var delivery in delivered)
        {
            inputs[(delivery.SourceId, delivery.ReferenceDate)] = new ExpectationInput
            {
                SourceId = delivery.SourceId,
                ReferenceDate = delivery.ReferenceDate,
                Delivered = true,
                LastOutcome = inputs.TryGetValue((delivery.SourceId, delivery.ReferenceDate), out var run) ? run.LastOutcome : null,
            };
        }

        return inputs;
    }

    public async Task SaveAsync(IEnumerable<DeliveryExpectation> expectations, IEnumerable<ImportNight> nights, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var expectation in expectations)
        {
            var updated = await connection.ExecuteAsync(UpdateExpectationSql, expectation, transaction);
            if (updated == 0)
            {
                await connection.ExecuteAsync(InsertExpectationSql, expectation, transaction);
            }
        }

        foreach (var night in nights)
        {
            var updated = await connection.ExecuteAsync(UpdateNightSql, night, transaction);
            if (updated == 0)
            {
                await connection.ExecuteAsync(InsertNightSql, night, transaction);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ImportNight>> SystemicFailuresAsync(LocalDate from, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ImportNight>(new CommandDefinition(SystemicNightsSql, new { From = from },
            cancellationToken: cancellationToken))).ToList();
    }

    internal const string LastRunsSql = """
        SELECT r.source_id AS SourceId, r.reference_date AS ReferenceDate, r.outcome AS LastOutcome
        FROM import_run r
        WHERE r.reference_date BETWEEN @From AND @To
          AND r.import_run_id = (SELECT MAX(r2.import_run_id) FROM import_run r2
                                 WHERE r2.source_id = r.source_id AND r2.reference_date = r.reference_date)
        """;

    internal const string CurrentDeliveriesSql = """
        SELECT source_id AS SourceId, reference_date AS ReferenceDate
        FROM delivery
        WHERE reference_date BETWEEN @From AND @To AND superseded_at IS NULL
        """;

    internal const string UpdateExpectationSql = """
        UPDATE delivery_expectation SET deadline_at = @DeadlineAt, state = @State, checked_at = @CheckedAt
        WHERE source_id = @SourceId AND reference_date = @ReferenceDate
        """;

    internal const string InsertExpectationSql = """
        INSERT INTO delivery_expectation (source_id, reference_date, deadline_at, state, checked_at)
        VALUES (@SourceId, @ReferenceDate, @DeadlineAt, @State, @CheckedAt)
        """;

    internal const string UpdateNightSql = """
        UPDATE import_night SET sources_expected = @SourcesExpected, sources_failed = @SourcesFailed,
               systemic_failure = @SystemicFailure, evaluated_at = @EvaluatedAt
        WHERE reference_date = @ReferenceDate
        """;

    internal const string InsertNightSql = """
        INSERT INTO import_night (reference_date, sources_expected, sources_failed, systemic_failure, evaluated_at)
        VALUES (@ReferenceDate, @SourcesExpected, @SourcesFailed, @SystemicFailure, @EvaluatedAt)
        """;

    internal const string SystemicNightsSql = """
        SELECT reference_date AS ReferenceDate, sources_expected AS SourcesExpected, sources_failed AS SourcesFailed,
               systemic_failure AS SystemicFailure, evaluated_at AS EvaluatedAt
        FROM import_night WHERE systemic_failure = 1 AND reference_date >= @From
        ORDER BY reference_date DESC
        """;
}

public sealed class ExpectationInput
{
    public int SourceId { get; init; }

    public LocalDate ReferenceDate { get; init; }

    public bool Delivered { get; init; }

    public string? LastOutcome { get; init; }
}

public sealed record DeliveryExpectation(int SourceId, LocalDate ReferenceDate, Instant DeadlineAt, string State, Instant CheckedAt);

public sealed class ImportNight
{
    public LocalDate ReferenceDate { get; init; }

    public int SourcesExpected { get; init; }

    public int SourcesFailed { get; init; }

    public bool SystemicFailure { get; init; }

    public Instant EvaluatedAt { get; init; }
}
