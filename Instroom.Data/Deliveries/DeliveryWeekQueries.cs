using Dapper;
using Instroom.Data.Calendar;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Data.Deliveries;

/// <summary>
/// How the sources did in a week, beside the figures the rollup uses: the expectation states the deadline check
/// recorded (te laat, ontbrekend) and the deliveries that were rejected; and when the last import succeeded.
/// </summary>
public sealed class DeliveryWeekQueries(InstroomDatabase database)
{
    /// <summary>When the most recent successful import run (imported or unchanged) finished; null before the first.</summary>
    public async Task<Instant?> LastImportAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<LastImportRow>(new CommandDefinition(LastImportSql,
            new { Imported = ImportRunOutcomeCodes.Imported, Unchanged = ImportRunOutcomeCodes.Unchanged }, cancellationToken: cancellationToken));
        return row.FinishedAt;
    }

    /// <summary>
    /// Per source with anything to report for a peildatum in <paramref name="week"/>: the expectation state of each
    /// peildatum and how many import runs rejected a delivery. Sources without either are absent.
    /// </summary>
    public async Task<IReadOnlyList<SourceWeekReport>> ForWeekAsync(IsoWeek week, CancellationToken cancellationToken = default)
    {
        var parameters = new { week.Monday, week.Sunday, Rejected = ImportRunOutcomeCodes.Rejected };
        await using var connection = await database.OpenAsync(cancellationToken);
        var expectations = (await connection.QueryAsync<ExpectationRow>(new CommandDefinition(ExpectationsSql, parameters,
            cancellationToken: cancellationToken))).ToList();
        var rejections = (await connection.QueryAsync<RejectionRow>(new CommandDefinition(RejectionsSql, parameters,
            cancellationToken: cancellationToken))).ToDictionary(row => row.SourceCode, row => row.Rejected, StringComparer.Ordinal);

        return expectations.Select(row => row.SourceCode)
            .Concat(rejections.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(code => new SourceWeekReport(
                code,
                expectations.Where(row => row.SourceCode == code)
                    .Select(row => new ExpectationState(row.ReferenceDate, row.State))
                    .OrderBy(state => state.ReferenceDate)
                    .ToList(),
                rejections.GetValueOrDefault(code)))
            .ToList();
    }

    /// <summary>
    /// The sources the deadline check found late or missing for the latest peildatum it has decided (any state but
    /// verwacht), by code; empty when every source came in or nothing was checked yet.
    /// </summary>
    public async Task<IReadOnlyList<StaleSource>> StaleSourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StaleSourceRow>(new CommandDefinition(StaleSourcesSql,
            new { ExpectationState.Late, ExpectationState.Missing, ExpectationState.Expected }, cancellationToken: cancellationToken));
        return rows.Select(row => new StaleSource(row.SourceCode, row.ReferenceDate, row.State)).ToList();
    }

    internal const string StaleSourcesSql = """
        SELECT s.code AS SourceCode, e.reference_date AS ReferenceDate, e.state AS State
        FROM delivery_expectation e
        JOIN source s ON s.source_id = e.source_id
        WHERE e.state IN (@Late, @Missing)
          AND e.reference_date = (SELECT MAX(x.reference_date) FROM delivery_expectation x WHERE x.state <> @Expected)
        ORDER BY s.code
        """;

    internal const string LastImportSql = """
        SELECT MAX(finished_at) AS FinishedAt
        FROM import_run
        WHERE outcome IN (@Imported, @Unchanged) AND finished_at IS NOT NULL
        """;

    internal const string ExpectationsSql = """
        SELECT s.code AS SourceCode, e.reference_date AS ReferenceDate, e.state AS State
        FROM delivery_expectation e
        JOIN source s ON s.source_id = e.source_id
        WHERE e.reference_date >= @Monday AND e.reference_date <= @Sunday
        """;

    internal const string RejectionsSql = """
        SELECT s.code AS SourceCode, COUNT(*) AS Rejected
        FROM import_run r
        JOIN source s ON s.source_id = r.source_id
        WHERE r.outcome = @Rejected AND r.reference_date >= @Monday AND r.reference_date <= @Sunday
        GROUP BY s.code
        """;

    // Classes with init setters, not positional records: Dapper then converts SQLite's INTEGER and text dates.
    private sealed class LastImportRow
    {
        public Instant? FinishedAt { get; init; }
    }

    private sealed class ExpectationRow
    {
        public string SourceCode { get; init; } = "";

        public LocalDate ReferenceDate { get; init; }

        public string State { get; init; } = "";
    }

    private sealed class StaleSourceRow
    {
        public string SourceCode { get; init; } = "";

        public LocalDate ReferenceDate { get; init; }

        public string State { get; init; } = "";
    }

    private sealed class RejectionRow
    {
        public string SourceCode { get; init; } = "";

        public int Rejected { get; init; }
    }
}

/// <summary>What the deadline check and the importer recorded for a source in a week.</summary>
public sealed record SourceWeekReport(string SourceCode, IReadOnlyList<ExpectationState> Expectations, int RejectedRuns);

/// <summary>
/// The state of <c>delivery_expectation</c> for one peildatum: <c>verwacht</c>, <c>ontvangen</c>, <c>te-laat</c>
/// or <c>ontbrekend</c>.
/// </summary>
public sealed record ExpectationState(LocalDate ReferenceDate, string State)
{
    public const string Expected = "verwacht";
    public const string Received = "ontvangen";
    public const string Late = "te-laat";
    public const string Missing = "ontbrekend";
}

/// <summary>A source that was late (<c>te-laat</c>) or did not deliver (<c>ontbrekend</c>) for a peildatum.</summary>
public sealed record StaleSource(string SourceCode, LocalDate ReferenceDate, string State)
{
    /// <summary>"te laat" or "ontbrekend".</summary>
    public string Label => State.Replace('-', ' ');
}

/// <summary>The codes in <c>import_run.outcome</c> this read side needs (the importer owns the full list).</summary>
public static class ImportRunOutcomeCodes
{
    public const string Imported = "geimporteerd";
    public const string Unchanged = "ongewijzigd";
    public const string Rejected = "afgekeurd";
}
