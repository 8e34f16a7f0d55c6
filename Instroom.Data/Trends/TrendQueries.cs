using System.Data;
using Dapper;
using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Data.Trends;

/// <summary>
/// Reads a trend: for one area (gemeente, jeugdregio, toezichtregio or NL) and a range of ISO weeks, every current
/// delivery of the indicator's kind of source, the indicator's figures of each summed over the area's gemeenten, and
/// the expected sources — three statements in one round trip, however many weeks. Which delivery a week uses (the
/// latest current one per source within the ISO week) is decided in C# by <see cref="TrendSeriesBuilder"/>, because
/// ISO weeks cannot be computed the same way in SQLite and SQL Server.
/// </summary>
/// <remarks>
/// A gemeente counts for an area's figures when it belongs to the area on the delivery's peildatum; the weekly page
/// (<see cref="RollupQueries"/>) takes the indeling of the week's Sunday. The two differ only in a week in which the
/// indeling changes (a merger on 1 January that falls mid-week). Expected sources are taken on the week's Sunday, as
/// on the weekly page.
/// </remarks>
public sealed class TrendQueries(InstroomDatabase database)
{
    /// <summary>The trend input of <paramref name="indicator"/> for <paramref name="areaCode"/>, weeks <paramref name="from"/> to <paramref name="to"/>.</summary>
    public async Task<TrendInput> LoadAsync(string areaCode, TrendIndicator indicator, IsoWeek from, IsoWeek to,
        CancellationToken cancellationToken = default)
    {
        var codes = indicator.FigureCodes;
        if (codes.Count > TrendIndicator.MaxFigureCodes)
        {
            throw new ArgumentException($"Trend indicator '{indicator.Code}' reads {codes.Count} figures; at most {TrendIndicator.MaxFigureCodes}.", nameof(indicator));
        }

        var parameters = new
        {
            AreaCode = areaCode,
            From = from.Monday,
            To = to.Sunday,
            SourceKind = indicator.Source.ToString(),
            Gemeente = AreaKind.Gemeente,
            Indicator1 = codes.ElementAtOrDefault(0),
            Indicator2 = codes.ElementAtOrDefault(1),
            Indicator3 = codes.ElementAtOrDefault(2),
            Indicator4 = codes.ElementAtOrDefault(3),
            Indicator5 = codes.ElementAtOrDefault(4),
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        // One snapshot for the three statements, so a delivery imported meanwhile is seen by all or none of them.
        await using var transaction = await connection.BeginTransactionAsync(database.Dialect.ConsistentReadIsolation, cancellationToken);
        // Every gemeente belongs to Nederland: without the membership join SQLite reads each delivery's figures in one
        // range scan instead of probing every (gemeente, delivery) pair.
        var figuresSql = areaCode == AreaKind.NationalCode ? NationalFiguresSql : FiguresSql;
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            DeliveriesSql + ";\n" + figuresSql + ";\n" + ExpectedSql, parameters, transaction, cancellationToken: cancellationToken));
        var deliveries = (await results.ReadAsync<DeliveryRow>()).Select(row => row.ToDelivery()).ToList();
        var figures = (await results.ReadAsync<FigureRow>()).Select(row => new TrendFigure(row.DeliveryId, row.Indicator, row.Class, row.Value)).ToList();
        var expected = (await results.ReadAsync<ExpectedRow>()).Select(row => row.ToExpectation()).Where(e => e.To is null || e.From < e.To).ToList();
        await transaction.CommitAsync(cancellationToken);
        return new TrendInput(deliveries, figures, expected);
    }

    /// <summary>The newest delivery id: it changes with every import, so it versions anything computed from figures.</summary>
    public async Task<long> DataVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(DataVersionSql, cancellationToken: cancellationToken));
    }

    internal const string DeliveriesSql = """
        SELECT d.delivery_id AS DeliveryId, s.code AS SourceCode, s.name AS SourceName, s.kind AS SourceKind,
               d.reference_date AS ReferenceDate,
               CASE WHEN EXISTS (SELECT 1 FROM delivery earlier
                                 WHERE earlier.source_id = d.source_id AND earlier.reference_date = d.reference_date
                                   AND earlier.superseded_at IS NOT NULL)
                    THEN 1 ELSE 0 END AS Corrected
        FROM delivery d
        JOIN source s ON s.source_id = d.source_id
        WHERE d.superseded_at IS NULL
          AND s.kind = @SourceKind
          AND d.reference_date >= @From AND d.reference_date <= @To
        """;

    // The area's gemeenten with the period each belongs to it: its members, or the gemeente itself.
    private const string GemeentenOfArea = """
        WITH area_gemeente (area_id, valid_from, valid_to) AS (
            SELECT m.area_id, m.valid_from, m.valid_to
            FROM area r
            JOIN area_membership m ON m.parent_area_id = r.area_id
            WHERE r.code = @AreaCode
            UNION ALL
            SELECT g.area_id, g.valid_from, g.valid_to
            FROM area g
            WHERE g.code = @AreaCode AND g.kind = @Gemeente
        )

        """;

    // Summed over gemeenten and measures per delivery; organisation-wide figures (on the national area) drop out on g.kind.
    internal const string FiguresSql = GemeentenOfArea + """
        SELECT f.delivery_id AS DeliveryId, f.indicator AS Indicator, f.class AS Class, SUM(f.value) AS Value
        FROM delivery d
        JOIN source s ON s.source_id = d.source_id
        JOIN figure f ON f.delivery_id = d.delivery_id
        JOIN area_gemeente m ON m.area_id = f.area_id
        JOIN area g ON g.area_id = f.area_id
        WHERE d.superseded_at IS NULL
          AND s.kind = @SourceKind
          AND d.reference_date >= @From AND d.reference_date <= @To
          AND m.valid_from <= d.reference_date AND (m.valid_to IS NULL OR m.valid_to > d.reference_date)
          AND g.kind = @Gemeente
          AND f.indicator IN (@Indicator1, @Indicator2, @Indicator3, @Indicator4, @Indicator5)
        GROUP BY f.delivery_id, f.indicator, f.class
        """;

    internal const string NationalFiguresSql = """
        SELECT f.delivery_id AS DeliveryId, f.indicator AS Indicator, f.class AS Class, SUM(f.value) AS Value
        FROM delivery d
        JOIN source s ON s.source_id = d.source_id
        JOIN figure f ON f.delivery_id = d.delivery_id
        JOIN area g ON g.area_id = f.area_id
        WHERE d.superseded_at IS NULL
          AND s.kind = @SourceKind
          AND d.reference_date >= @From AND d.reference_date <= @To
          AND g.kind = @Gemeente
          AND f.indicator IN (@Indicator1, @Indicator2, @Indicator3, @Indicator4, @Indicator5)
        GROUP BY f.delivery_id, f.indicator, f.class
        """;

    internal const string DataVersionSql = "SELECT COALESCE(MAX(delivery_id), 0) FROM delivery";

    internal const string ExpectedSql = GemeentenOfArea + """
        SELECT s.code AS SourceCode, s.name AS SourceName, s.kind AS SourceKind, g.code AS GemeenteCode,
               m.valid_from AS MemberFrom, m.valid_to AS MemberTo, c.valid_from AS CoverageFrom, c.valid_to AS CoverageTo,
               s.valid_from AS SourceFrom, s.valid_to AS SourceTo
        FROM source_coverage c
        JOIN source s ON s.source_id = c.source_id
        JOIN area_gemeente m ON m.area_id = c.area_id
        JOIN area g ON g.area_id = c.area_id
        WHERE s.kind = @SourceKind
          AND g.kind = @Gemeente
          AND c.valid_from <= @To AND (c.valid_to IS NULL OR c.valid_to > @From)
        """;

    // Classes with init setters, not positional records: Dapper then converts SQLite's INTEGER/REAL/TEXT.
    private sealed class DeliveryRow : SourceRow
    {
        public int DeliveryId { get; init; }

        public LocalDate ReferenceDate { get; init; }

        public int Corrected { get; init; }

        public TrendDelivery ToDelivery() => new(DeliveryId, Source, ReferenceDate, Corrected != 0);
    }

    private sealed class FigureRow
    {
        public int DeliveryId { get; init; }

        public string Indicator { get; init; } = "";

        public string Class { get; init; } = "";

        public decimal Value { get; init; }
    }

    private sealed class ExpectedRow : SourceRow
    {
        public string GemeenteCode { get; init; } = "";

        public LocalDate MemberFrom { get; init; }

        public LocalDate? MemberTo { get; init; }

        public LocalDate CoverageFrom { get; init; }

        public LocalDate? CoverageTo { get; init; }

        public LocalDate SourceFrom { get; init; }

        public LocalDate? SourceTo { get; init; }

        public TrendExpectation ToExpectation() => new(Source, GemeenteCode,
            LocalDate.Max(LocalDate.Max(MemberFrom, CoverageFrom), SourceFrom),
            new[] { MemberTo, CoverageTo, SourceTo }.Where(date => date is not null).Min());
    }
}
