using System.Data;
using Dapper;
using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Sources;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Data.Rollups;

/// <summary>
/// Reads what a week's rollup needs: regions (jeugdregio, toezichtregio, land) with their gemeenten, the expected
/// sources per gemeente, the delivery used per source and its gemeente-level figures — the figures of all regions in
/// one query, aggregated in memory by <see cref="WeekRollup"/>.
/// </summary>
/// <remarks>
/// Validity: an indeling, coverage or source counts for a week when it is valid on the week's Sunday
/// (valid_from &lt;= Sunday &lt; valid_to). The delivery used for a source is its latest current delivery with a
/// peildatum from Monday to Sunday of the week.
/// </remarks>
public sealed class RollupQueries(InstroomDatabase database)
{
    /// <summary>
    /// The week's input for every region, or only for <paramref name="regionCode"/> when given. The four reads run
    /// in one transaction that reads one state of the data, so that a delivery imported meanwhile is seen by all of them or by none.
    /// </summary>
    public async Task<WeekInput> LoadWeekAsync(IsoWeek week, string? regionCode = null, CancellationToken cancellationToken = default)
    {
        var parameters = new
        {
            week.Monday,
            week.Sunday,
            RegionCode = regionCode,
            Gemeente = AreaKind.Gemeente,
            Jeugdregio = AreaKind.Jeugdregio,
            Toezichtregio = AreaKind.Toezichtregio,
            Land = AreaKind.Land,
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(database.Dialect.ConsistentReadIsolation, cancellationToken);

        var regions = await connection.QueryAsync<RegionRow>(new CommandDefinition(RegionsSql, parameters, transaction, cancellationToken: cancellationToken));
        var expected = await connection.QueryAsync<SourceGemeenteRow>(new CommandDefinition(ExpectedSourcesSql, parameters, transaction, cancellationToken: cancellationToken));
        var deliveries = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(UsedDeliveriesSql, parameters, transaction, cancellationToken: cancellationToken));
        var figures = await connection.QueryAsync<FigureRow>(new CommandDefinition(WeekFiguresSql, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        return new WeekInput(
            week,
            regions
                .GroupBy(r => new RegionRef(r.RegionCode, r.RegionName, r.RegionKind))
                .Select(g => new RegionComposition(g.Key, g.Where(r => r.GemeenteCode is not null).Select(r => r.GemeenteCode!).Distinct(StringComparer.Ordinal).ToList()))
                .ToList(),
            expected.Select(e => new SourceExpectation(e.Source, e.GemeenteCode)).ToList(),
            deliveries.Select(d => new UsedDelivery(d.Source, d.ReferenceDate, d.Corrected != 0)).ToList(),
            figures.Select(f => new GemeenteFigure(f.SourceCode, f.GemeenteCode, f.Indicator, f.Measure, f.Class, (decimal)f.Value)).ToList());
    }

    /// <summary>
    /// The ISO weeks of the peildata of deliveries received at or after <paramref name="since"/>: the weeks whose
    /// rollup and status may have changed (a correction recomputes the week of its peildatum).
    /// </summary>
    public async Task<IReadOnlyList<IsoWeek>> WeeksReceivedSinceAsync(Instant since, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var dates = await connection.QueryAsync<LocalDate>(new CommandDefinition(ReferenceDatesReceivedSinceSql, new { Since = since },
            cancellationToken: cancellationToken));
        return dates.Select(IsoWeek.Of).Distinct().Order().ToList();
    }

    internal const string RegionsSql = """
        SELECT r.code AS RegionCode, r.name AS RegionName, r.kind AS RegionKind, g.code AS GemeenteCode
        FROM area r
        LEFT JOIN area_membership m
               ON m.parent_area_id = r.area_id
              AND m.valid_from <= @Sunday AND (m.valid_to IS NULL OR m.valid_to > @Sunday)
        LEFT JOIN area g
               ON g.area_id = m.area_id AND g.kind = @Gemeente
              AND g.valid_from <= @Sunday AND (g.valid_to IS NULL OR g.valid_to > @Sunday)
        WHERE r.kind IN (@Jeugdregio, @Toezichtregio, @Land)
          AND r.valid_from <= @Sunday AND (r.valid_to IS NULL OR r.valid_to > @Sunday)
          AND (@RegionCode IS NULL OR r.code = @RegionCode)
        ORDER BY r.kind, r.code
        """;

    internal const string ExpectedSourcesSql = """
        SELECT s.code AS SourceCode, s.name AS SourceName, s.kind AS SourceKind, g.code AS GemeenteCode
        FROM source_coverage c
        JOIN source s ON s.source_id = c.source_id
        JOIN area g ON g.area_id = c.area_id
        WHERE c.valid_from <= @Sunday AND (c.valid_to IS NULL OR c.valid_to > @Sunday)
          AND s.valid_from <= @Sunday AND (s.valid_to IS NULL OR s.valid_to > @Sunday)
          AND (@RegionCode IS NULL OR EXISTS (
                SELECT 1 FROM area_membership m JOIN area r ON r.area_id = m.parent_area_id
                WHERE m.area_id = g.area_id AND r.code = @RegionCode
                  AND m.valid_from <= @Sunday AND (m.valid_to IS NULL OR m.valid_to > @Sunday)))
        """;

    internal const string UsedDeliveriesSql = """
        SELECT s.code AS SourceCode, s.name AS SourceName, s.kind AS SourceKind, d.reference_date AS ReferenceDate,
               CASE WHEN EXISTS (SELECT 1 FROM delivery earlier
                                 WHERE earlier.source_id = d.source_id AND earlier.reference_date = d.reference_date
                                   AND earlier.superseded_at IS NOT NULL)
                    THEN 1 ELSE 0 END AS Corrected
        FROM delivery d
        JOIN source s ON s.source_id = d.source_id
        WHERE d.superseded_at IS NULL
          AND d.reference_date >= @Monday AND d.reference_date <= @Sunday
          AND NOT EXISTS (SELECT 1 FROM delivery later
                          WHERE later.source_id = d.source_id AND later.superseded_at IS NULL
                            AND later.reference_date > d.reference_date AND later.reference_date <= @Sunday)
        """;

    // Organisation-wide figures (gebied ORG) are stored on the national area, not on a gemeente: the join on
    // g.kind leaves them out of every rollup.
    internal const string WeekFiguresSql = """
        SELECT s.code AS SourceCode, g.code AS GemeenteCode, f.indicator AS Indicator, f.measure AS Measure,
               f.class AS Class, f.value AS Value
        FROM delivery d
        JOIN source s ON s.source_id = d.source_id
        JOIN figure f ON f.delivery_id = d.delivery_id
        JOIN area g ON g.area_id = f.area_id AND g.kind = @Gemeente
        WHERE d.superseded_at IS NULL
          AND d.reference_date >= @Monday AND d.reference_date <= @Sunday
          AND NOT EXISTS (SELECT 1 FROM delivery later
                          WHERE later.source_id = d.source_id AND later.superseded_at IS NULL
                            AND later.reference_date > d.reference_date AND later.reference_date <= @Sunday)
          AND (@RegionCode IS NULL OR EXISTS (
                SELECT 1 FROM area_membership m JOIN area r ON r.area_id = m.parent_area_id
                WHERE m.area_id = g.area_id AND r.code = @RegionCode
                  AND m.valid_from <= @Sunday AND (m.valid_to IS NULL OR m.valid_to > @Sunday)))
        """;

    internal const string ReferenceDatesReceivedSinceSql = """
        SELECT DISTINCT reference_date FROM delivery WHERE received_at >= @Since
        """;

    // Classes with init setters, not positional records: Dapper then converts SQLite's INTEGER/REAL/TEXT.
    private sealed class RegionRow
    {
        public string RegionCode { get; init; } = "";

        public string RegionName { get; init; } = "";

        public string RegionKind { get; init; } = "";

        public string? GemeenteCode { get; init; }
    }

    private sealed class SourceGemeenteRow : SourceRow
    {
        public string GemeenteCode { get; init; } = "";
    }

    private sealed class DeliveryRow : SourceRow
    {
        public LocalDate ReferenceDate { get; init; }

        public int Corrected { get; init; }
    }

    private sealed class FigureRow
    {
        public string SourceCode { get; init; } = "";

        public string GemeenteCode { get; init; } = "";

        public string Indicator { get; init; } = "";

        public string Measure { get; init; } = "";

        public string Class { get; init; } = "";

        // Read as the column's own type: SQLite stores REAL, and a decimal property makes Dapper convert every value
        // through a boxed object. Figures are whole numbers or have one decimal, exact in a double.
        public double Value { get; init; }
    }
}
