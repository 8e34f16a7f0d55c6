using System.Text.Json;
using Dapper;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Data.Deliveries;

/// <summary>
/// Reads what the importer and the lateness check recorded (<c>delivery</c>, <c>import_run</c>, <c>quarantine</c>,
/// <c>delivery_expectation</c>, <c>import_night</c>) for the Aanleveringen pages. Read only: writing is the import's.
/// </summary>
public sealed class DeliveryOverviewQueries(InstroomDatabase database)
{
    /// <summary>
    /// Every source with its last delivery and attempt, the expectations and nights from <paramref name="since"/>, and the
    /// deliveries quarantined from <paramref name="quarantinedSince"/> — six statements in one round trip.
    /// </summary>
    public async Task<DeliveryOverview> OverviewAsync(LocalDate since, Instant quarantinedSince, CancellationToken cancellationToken = default)
    {
        var parameters = new { Since = since, RunsSince = since.AtStartOfDayInZone(Calendar.DutchTime.Zone).ToInstant(), QuarantinedSince = quarantinedSince };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            string.Join(";\n", SourcesSql, LastDeliveriesSql, LastRunsSql, ExpectationsSql, NightsSql, QuarantineListSql), parameters,
            cancellationToken: cancellationToken));
        var sources = (await results.ReadAsync<SourceRow>()).ToList();
        var deliveries = (await results.ReadAsync<LastDeliveryRow>()).ToDictionary(d => d.SourceId);
        var runs = (await results.ReadAsync<LastRunRow>()).ToDictionary(r => r.SourceId);
        var expectations = (await results.ReadAsync<ExpectationRow>()).ToLookup(e => e.SourceId);
        var nights = (await results.ReadAsync<NightRow>()).Select(n => n.ToNight()).ToList();
        var quarantined = (await results.ReadAsync<QuarantineRow>()).Select(q => q.ToSummary()).ToList();

        return new DeliveryOverview(
            since,
            sources.Select(s => new SourceDeliveries(s.SourceId, s.Code, s.Name, s.SourceKind, s.ValidFrom, s.ValidTo, s.Connector, s.Enabled != 0,
                    deliveries.TryGetValue(s.SourceId, out var delivery) ? delivery.ToLastDelivery() : null,
                    runs.TryGetValue(s.SourceId, out var run) ? run.ToLastRun() : null,
                    expectations[s.SourceId].OrderBy(e => e.ReferenceDate).Select(e => new ExpectedDelivery(e.ReferenceDate, e.DeadlineAt, e.State)).ToList()))
                .ToList(),
            nights,
            quarantined);
    }

    /// <summary>A page (1-based) of a source's attempts, newest first; null when there is no such source.</summary>
    public async Task<ImportRunPage?> RunsAsync(string sourceCode, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var parameters = new { Code = sourceCode, Skip = (page - 1) * pageSize, Take = pageSize };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(SourceByCodeSql + ";\n" + RunPageSql, parameters,
            cancellationToken: cancellationToken));
        var source = (await results.ReadAsync<SourceRow>()).SingleOrDefault();
        var runs = (await results.ReadAsync<RunRow>()).ToList();
        return source is null
            ? null
            : new ImportRunPage(source.SourceId, new SourceRef(source.Code, source.Name, source.SourceKind),
                runs.Select(r => r.ToAttempt()).ToList(), page, pageSize, runs.FirstOrDefault()?.Total ?? await CountRunsAsync(source.SourceId, cancellationToken));
    }

    /// <summary>A quarantined delivery with its raw bytes; null when there is none with this id.</summary>
    public async Task<QuarantinedDelivery?> QuarantinedAsync(int quarantineId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<QuarantineRow>(new CommandDefinition(QuarantineByIdSql, new { Id = quarantineId },
            cancellationToken: cancellationToken));
        return row is null ? null : new QuarantinedDelivery(row.ToSummary(), row.Payload ?? []);
    }

    private async Task<int> CountRunsAsync(int sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountRunsSql, new { SourceId = sourceId }, cancellationToken: cancellationToken));
    }

    /// <summary>The reasons column holds a JSON array of Dutch strings; anything else is shown as it is.</summary>
    internal static IReadOnlyList<string> ReadReasons(string reasons)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(reasons) ?? [];
        }
        catch (JsonException)
        {
            return [reasons];
        }
    }

    internal const string SourcesSql = """
        SELECT s.source_id AS SourceId, s.code AS Code, s.name AS Name, s.kind AS Kind, s.valid_from AS ValidFrom, s.valid_to AS ValidTo,
               c.connector AS Connector, COALESCE(c.enabled, 0) AS Enabled
        FROM source s
        LEFT JOIN source_connection c ON c.source_id = s.source_id
        ORDER BY s.kind, s.code
        """;

    internal const string SourceByCodeSql = """
        SELECT s.source_id AS SourceId, s.code AS Code, s.name AS Name, s.kind AS Kind, s.valid_from AS ValidFrom, s.valid_to AS ValidTo,
               c.connector AS Connector, COALESCE(c.enabled, 0) AS Enabled
        FROM source s
        LEFT JOIN source_connection c ON c.source_id = s.source_id
        WHERE s.code = @Code
        """;

    // The current delivery with the latest peildatum per source (ux_delivery_current serves the NOT EXISTS).
    internal const string LastDeliveriesSql = """
        SELECT d.source_id AS SourceId, d.reference_date AS ReferenceDate, d.received_at AS ReceivedAt, d.levering_id AS LeveringId,
               d.figure_count AS FigureCount,
               CASE WHEN EXISTS (SELECT 1 FROM delivery earlier
                                 WHERE earlier.source_id = d.source_id AND earlier.reference_date = d.reference_date
                                   AND earlier.superseded_at IS NOT NULL)
                    THEN 1 ELSE 0 END AS Corrected
        FROM delivery d
        WHERE d.superseded_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM delivery later
                          WHERE later.source_id = d.source_id AND later.superseded_at IS NULL
                            AND later.reference_date > d.reference_date)
        """;

    internal const string LastRunsSql = """
        SELECT x.SourceId, x.StartedAt, x.ReferenceDate, x.Outcome, x.TriggerKind, x.Message
        FROM (
            SELECT r.source_id AS SourceId, r.started_at AS StartedAt, r.reference_date AS ReferenceDate, r.outcome AS Outcome,
                   r.trigger_kind AS TriggerKind, r.message AS Message,
                   ROW_NUMBER() OVER (PARTITION BY r.source_id ORDER BY r.started_at DESC, r.import_run_id DESC) AS RowNumber
            FROM import_run r
            WHERE r.started_at >= @RunsSince
        ) x
        WHERE x.RowNumber = 1
        """;

    internal const string ExpectationsSql = """
        SELECT source_id AS SourceId, reference_date AS ReferenceDate, deadline_at AS DeadlineAt, state AS State
        FROM delivery_expectation
        WHERE reference_date >= @Since
        """;

    internal const string NightsSql = """
        SELECT reference_date AS ReferenceDate, sources_expected AS SourcesExpected, sources_failed AS SourcesFailed,
               systemic_failure AS SystemicFailure, evaluated_at AS EvaluatedAt
        FROM import_night
        WHERE reference_date >= @Since
        ORDER BY reference_date DESC
        """;

    private const string QuarantineColumns = """
        SELECT q.quarantine_id AS QuarantineId, s.code AS SourceCode, s.name AS SourceName, q.levering_id AS LeveringId,
               q.reference_date AS ReferenceDate, q.received_at AS ReceivedAt, q.format AS Format, q.file_name AS FileName,
               q.reasons AS Reasons

        """;

    internal const string QuarantineListSql = QuarantineColumns + "\n" + """
        FROM quarantine q
        JOIN source s ON s.source_id = q.source_id
        WHERE q.received_at >= @QuarantinedSince
        ORDER BY q.received_at DESC, q.quarantine_id DESC
        """;

    internal const string QuarantineByIdSql = QuarantineColumns + "\n" + """
        , q.payload AS Payload
        FROM quarantine q
        JOIN source s ON s.source_id = q.source_id
        WHERE q.quarantine_id = @Id
        """;

    // Portable paging: ROW_NUMBER instead of LIMIT/OFFSET (SQLite) or OFFSET/FETCH (SQL Server).
    internal const string RunPageSql = """
        SELECT x.ImportRunId, x.ReferenceDate, x.TriggerKind, x.Attempt, x.StartedAt, x.FinishedAt, x.Outcome, x.LeveringId,
               x.FigureCount, x.Message, x.QuarantineId, x.Total
        FROM (
            SELECT r.import_run_id AS ImportRunId, r.reference_date AS ReferenceDate, r.trigger_kind AS TriggerKind, r.attempt AS Attempt,
                   r.started_at AS StartedAt, r.finished_at AS FinishedAt, r.outcome AS Outcome, r.levering_id AS LeveringId,
                   r.figure_count AS FigureCount, r.message AS Message, q.quarantine_id AS QuarantineId,
                   ROW_NUMBER() OVER (ORDER BY r.started_at DESC, r.import_run_id DESC) AS RowNumber,
                   COUNT(*) OVER () AS Total
            FROM import_run r
            JOIN source s ON s.source_id = r.source_id
            LEFT JOIN quarantine q ON q.import_run_id = r.import_run_id
            WHERE s.code = @Code
        ) x
        WHERE x.RowNumber > @Skip AND x.RowNumber <= @Skip + @Take
        ORDER BY x.RowNumber
        """;

    internal const string CountRunsSql = "SELECT COUNT(*) FROM import_run WHERE source_id = @SourceId";

    // Classes with init setters, not positional records: Dapper then converts SQLite's INTEGER/REAL/TEXT.
    private sealed class SourceRow
    {
        public int SourceId { get; init; }

        public string Code { get; init; } = "";

        public string Name { get; init; } = "";

        public string Kind { get; init; } = "";

        public LocalDate ValidFrom { get; init; }

        public LocalDate? ValidTo { get; init; }

        public string? Connector { get; init; }

        public int Enabled { get; init; }

        public SourceKind SourceKind => Enum.Parse<SourceKind>(Kind);
    }

    private sealed class LastDeliveryRow
    {
        public int SourceId { get; init; }

        public LocalDate ReferenceDate { get; init; }

        public Instant ReceivedAt { get; init; }

        public string LeveringId { get; init; } = "";

        public int FigureCount { get; init; }

        public int Corrected { get; init; }

        public LastDelivery ToLastDelivery() => new(ReferenceDate, ReceivedAt, LeveringId, FigureCount, Corrected != 0);
    }

    private sealed class LastRunRow
    {
        public int SourceId { get; init; }

        public Instant StartedAt { get; init; }

        public LocalDate? ReferenceDate { get; init; }

        public string Outcome { get; init; } = "";

        public string TriggerKind { get; init; } = "";

        public string? Message { get; init; }

        public LastImportRun ToLastRun() => new(StartedAt, ReferenceDate, Outcome, TriggerKind, Message);
    }

    private sealed class ExpectationRow
    {
        public int SourceId { get; init; }

        public LocalDate ReferenceDate { get; init; }

        public Instant DeadlineAt { get; init; }

        public string State { get; init; } = "";
    }

    private sealed class NightRow
    {
        public LocalDate ReferenceDate { get; init; }

        public int SourcesExpected { get; init; }

        public int SourcesFailed { get; init; }

        public int SystemicFailure { get; init; }

        public Instant EvaluatedAt { get; init; }

        public NightVerdict ToNight() => new(ReferenceDate, SourcesExpected, SourcesFailed, SystemicFailure != 0, EvaluatedAt);
    }

    private sealed class QuarantineRow
    {
        public int QuarantineId { get; init; }

        public string SourceCode { get; init; } = "";

        public string SourceName { get; init; } = "";

        public string? LeveringId { get; init; }

        public LocalDate? ReferenceDate { get; init; }

        public Instant ReceivedAt { get; init; }

        public string Format { get; init; } = "";

        public string? FileName { get; init; }

        public string Reasons { get; init; } = "";

        public byte[]? Payload { get; init; }

        public QuarantineSummary ToSummary() => new(QuarantineId, SourceCode, SourceName, LeveringId, ReferenceDate, ReceivedAt, Format, FileName,
            ReadReasons(Reasons));
    }

    private sealed class RunRow
    {
        public int ImportRunId { get; init; }

        public LocalDate? ReferenceDate { get; init; }

        public string TriggerKind { get; init; } = "";

        public int Attempt { get; init; }

        public Instant StartedAt { get; init; }

        public Instant? FinishedAt { get; init; }

        public string Outcome { get; init; } = "";

        public string? LeveringId { get; init; }

        public int? FigureCount { get; init; }

        public string? Message { get; init; }

        public int? QuarantineId { get; init; }

        public int Total { get; init; }

        public ImportAttempt ToAttempt() => new(ImportRunId, ReferenceDate, TriggerKind, Attempt, StartedAt, FinishedAt, Outcome, LeveringId,
            FigureCount, Message, QuarantineId);
    }
}
