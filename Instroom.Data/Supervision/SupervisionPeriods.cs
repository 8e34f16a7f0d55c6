using System.Data;
using System.Data.Common;
using System.Globalization;
using Dapper;
using Instroom.Data.Areas;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Data.Supervision;

/// <summary>
/// Periods of verscherpt toezicht per region: started and ended by people (the inspecties' decisions), kept apart
/// from the computed status. Nothing is seeded: see README.md in this folder.
/// </summary>
public sealed class SupervisionPeriods(InstroomDatabase database, IClock clock)
{
    /// <summary>The inspecties put a region under verscherpt toezicht for half a year unless they say otherwise.</summary>
    public static readonly Period DefaultDuration = Period.FromMonths(6);

    // Column sizes of the SQL Server schema; checked here so the user gets a Dutch message instead of a truncation error.
    private const int MaxNoteLength = 2000;
    private const int MaxSetByLength = 200;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>
    /// Puts a region (toezichtregio or jeugdregio) under verscherpt toezicht from <paramref name="start"/>. The planned
    /// end defaults to six months after the start. Refused, with a Dutch message, when the region does not exist, is
    /// under toezicht already, or the dates are impossible.
    /// </summary>
    /// <exception cref="SupervisionPeriodException">The start is refused.</exception>
    public async Task<SupervisionPeriod> StartAsync(string areaCode, LocalDate start, LocalDate? plannedEnd, string? note, string setBy,
        CancellationToken cancellationToken = default)
    {
        CheckSetBy(setBy);
        var end = plannedEnd ?? start.Plus(DefaultDuration);
        if (end <= start)
        {
            throw new SupervisionPeriodException($"De geplande einddatum ({Show(end)}) ligt niet na de startdatum ({Show(start)}).");
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        CheckNote(note);

        await using var connection = await database.OpenAsync(cancellationToken);
        // Serializable: the check for an open period and the insert are one decision, also when two people click at once.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var area = await connection.QuerySingleOrDefaultAsync<AreaRow>(new CommandDefinition(AreaSql, new { Code = areaCode },
            transaction, cancellationToken: cancellationToken))
            ?? throw new SupervisionPeriodException($"Regio '{areaCode}' bestaat niet.");
        if (area.Kind is not (AreaKind.Toezichtregio or AreaKind.Jeugdregio))
        {
            throw new SupervisionPeriodException(
                $"{area.Name} ({areaCode}) is geen toezichtregio of jeugdregio; verscherpt toezicht geldt voor een regio.");
        }

        var earlier = await QueryAsync(connection, transaction, ForRegionSql, new { Code = areaCode }, cancellationToken);
        if (earlier.FirstOrDefault(period => period.ActualEnd is null) is { } open)
        {
            throw new SupervisionPeriodException(
                $"{area.Name} staat al onder verscherpt toezicht sinds {Show(open.Start)}; beëindig die periode eerst.");
        }

        if (earlier.FirstOrDefault(period => period.ActualEnd > start) is { } overlapping)
        {
            throw new SupervisionPeriodException(
                $"De startdatum ({Show(start)}) valt binnen of vóór een eerdere periode van verscherpt toezicht op {area.Name} " +
                $"({Show(overlapping.Start)} tot {Show(overlapping.ActualEnd!.Value)}).");
        }

        // Milliseconds, as SQL Server's datetime2(3) keeps them: the returned period equals the stored one.
        var createdAt = Instant.FromUnixTimeMilliseconds(clock.GetCurrentInstant().ToUnixTimeMilliseconds());
        var id = await connection.ExecuteScalarAsync<int>(new CommandDefinition(InsertSql + ";\n" + database.Dialect.SelectInsertedIdSql,
            new { area.AreaId, Start = start, PlannedEnd = end, Note = note, SetBy = setBy, CreatedAt = createdAt },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new SupervisionPeriod(id, areaCode, area.Name, start, end, null, note, setBy, createdAt);
    }

    /// <summary>
    /// Ends a period on <paramref name="actualEnd"/> (the first day no longer under toezicht). Who ended it, and the
    /// optional note, are added to the period's note; <see cref="SupervisionPeriod.SetBy"/> stays the person who
    /// started it.
    /// </summary>
    /// <exception cref="SupervisionPeriodException">The end is refused.</exception>
    public async Task<SupervisionPeriod> EndAsync(int periodId, LocalDate actualEnd, string? note, string setBy,
        CancellationToken cancellationToken = default)
    {
        CheckSetBy(setBy);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var period = (await QueryAsync(connection, transaction, ByIdSql, new { Id = periodId }, cancellationToken)).SingleOrDefault()
            ?? throw new SupervisionPeriodException($"Periode {periodId} van verscherpt toezicht bestaat niet.");
        if (period.ActualEnd is { } ended)
        {
            throw new SupervisionPeriodException($"Het verscherpt toezicht op {period.AreaName} is al beëindigd per {Show(ended)}.");
        }

        if (actualEnd <= period.Start)
        {
            throw new SupervisionPeriodException(
                $"De einddatum ({Show(actualEnd)}) ligt niet na de startdatum ({Show(period.Start)}) van het verscherpt toezicht op {period.AreaName}.");
        }

        var endLine = string.IsNullOrWhiteSpace(note) ? $"Beëindigd door {setBy}." : $"Beëindigd door {setBy}: {note.Trim()}";
        var combined = period.Note is null ? endLine : period.Note + "\n" + endLine;
        CheckNote(combined);

        var changed = await connection.ExecuteAsync(new CommandDefinition(EndSql,
            new { Id = periodId, ActualEnd = actualEnd, Note = combined }, transaction, cancellationToken: cancellationToken));
        if (changed != 1)
        {
            throw new SupervisionPeriodException($"Het verscherpt toezicht op {period.AreaName} is intussen al beëindigd.");
        }

        await transaction.CommitAsync(cancellationToken);
        return period with { ActualEnd = actualEnd, Note = combined };
    }

    /// <summary>Every period of one region, oldest first.</summary>
    public async Task<IReadOnlyList<SupervisionPeriod>> ForRegionAsync(string areaCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QueryAsync(connection, null, ForRegionSql, new { Code = areaCode }, cancellationToken);
    }

    /// <summary>The periods running on <paramref name="date"/>: every region under verscherpt toezicht that day.</summary>
    public async Task<IReadOnlyList<SupervisionPeriod>> OpenOnAsync(LocalDate date, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QueryAsync(connection, null, OpenOnSql, new { Date = date }, cancellationToken);
    }

    /// <summary>All periods, by region and start.</summary>
    public async Task<IReadOnlyList<SupervisionPeriod>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QueryAsync(connection, null, AllSql, null, cancellationToken);
    }

    private static async Task<IReadOnlyList<SupervisionPeriod>> QueryAsync(DbConnection connection, DbTransaction? transaction, string sql,
        object? parameters, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<PeriodRow>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        return rows.Select(row => new SupervisionPeriod(row.Id, row.AreaCode, row.AreaName, row.StartDate, row.PlannedEndDate,
            row.ActualEndDate, row.Note, row.SetBy, row.CreatedAt)).ToList();
    }

    private static void CheckSetBy(string setBy)
    {
        if (string.IsNullOrWhiteSpace(setBy) || setBy.Length > MaxSetByLength)
        {
            throw new SupervisionPeriodException($"Vermeld wie het verscherpt toezicht vastlegt (1 tot {MaxSetByLength} tekens).");
        }
    }

    private static void CheckNote(string? note)
    {
        if (note?.Length > MaxNoteLength)
        {
            throw new SupervisionPeriodException($"De toelichting is te lang: {note.Length} tekens, hoogstens {MaxNoteLength}.");
        }
    }

    private static string Show(LocalDate date) => date.ToString("d MMMM yyyy", Dutch);

    internal const string AreaSql = """
        SELECT area_id AS AreaId, name AS Name, kind AS Kind
        FROM area
        WHERE code = @Code
        """;

    internal const string InsertSql = """
        INSERT INTO supervision_period (area_id, start_date, planned_end_date, actual_end_date, note, set_by, created_at)
        VALUES (@AreaId, @Start, @PlannedEnd, NULL, @Note, @SetBy, @CreatedAt)
        """;

    internal const string EndSql = """
        UPDATE supervision_period
        SET actual_end_date = @ActualEnd, note = @Note
        WHERE supervision_period_id = @Id AND actual_end_date IS NULL
        """;

    private const string SelectPeriodsSql = """
        SELECT p.supervision_period_id AS Id, a.code AS AreaCode, a.name AS AreaName, p.start_date AS StartDate,
               p.planned_end_date AS PlannedEndDate, p.actual_end_date AS ActualEndDate, p.note AS Note, p.set_by AS SetBy,
               p.created_at AS CreatedAt
        FROM supervision_period p
        JOIN area a ON a.area_id = p.area_id

        """;

    internal const string ByIdSql = SelectPeriodsSql + """
        WHERE p.supervision_period_id = @Id
        """;

    internal const string ForRegionSql = SelectPeriodsSql + """
        WHERE a.code = @Code
        ORDER BY p.start_date
        """;

    internal const string OpenOnSql = SelectPeriodsSql + """
        WHERE p.start_date <= @Date AND (p.actual_end_date IS NULL OR p.actual_end_date > @Date)
        ORDER BY a.code, p.start_date
        """;

    internal const string AllSql = SelectPeriodsSql + """
        ORDER BY a.code, p.start_date
        """;

    private sealed class AreaRow
    {
        public int AreaId { get; init; }

        public string Name { get; init; } = "";

        public string Kind { get; init; } = "";
    }

    // A class with init setters, not a positional record: Dapper then converts SQLite's INTEGER and text dates.
    private sealed class PeriodRow
    {
        public int Id { get; init; }

        public string AreaCode { get; init; } = "";

        public string AreaName { get; init; } = "";

        public LocalDate StartDate { get; init; }

        public LocalDate PlannedEndDate { get; init; }

        public LocalDate? ActualEndDate { get; init; }

        public string? Note { get; init; }

        public string SetBy { get; init; } = "";

        public Instant CreatedAt { get; init; }
    }
}
