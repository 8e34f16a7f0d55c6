using Dapper;
using Instroom.Data.Areas;
using Instroom.Data.Sources;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Jobs.Import;

/// <summary>What the importer reads before it writes: the source, the areas valid on the peildatum, earlier deliveries.</summary>
internal sealed class ImportSources(InstroomDatabase database)
{
    public async Task<SourceRow> GetAsync(string sourceCode, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(SelectSourceSql, new { Code = sourceCode },
                   cancellationToken: cancellationToken))
               ?? throw new UnknownSourceException(sourceCode);
    }

    /// <summary>Area id by code: every gemeente valid on <paramref name="date"/>, and the national area.</summary>
    public async Task<IReadOnlyDictionary<string, long>> AreasAsync(LocalDate date, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AreaRow>(new CommandDefinition(SelectAreasSql,
            new { Gemeente = AreaKind.Gemeente, National = AreaKind.NationalCode, Date = date }, cancellationToken: cancellationToken));
        return rows.ToDictionary(row => row.Code, row => row.AreaId, StringComparer.Ordinal);
    }

    public async Task<KnownDelivery?> FindDeliveryAsync(string leveringId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await DeliveryStore.FindAsync(connection, null, leveringId, cancellationToken);
    }

    internal const string SelectSourceSql = """
        SELECT source_id AS SourceId, code AS Code, kind AS Kind, valid_from AS ValidFrom, valid_to AS ValidTo
        FROM source
        WHERE code = @Code
        """;

    internal const string SelectAreasSql = """
        SELECT area_id AS AreaId, code AS Code
        FROM area
        WHERE (kind = @Gemeente AND valid_from <= @Date AND (valid_to IS NULL OR valid_to > @Date))
           OR code = @National
        """;

    private sealed class AreaRow
    {
        public long AreaId { get; init; }

        public string Code { get; init; } = "";
    }
}

internal sealed class SourceRow
{
    public long SourceId { get; init; }

    public string Code { get; init; } = "";

    public SourceKind Kind { get; init; }

    public LocalDate ValidFrom { get; init; }

    public LocalDate? ValidTo { get; init; }
}

/// <summary>A stored delivery found by its leveringId.</summary>
internal sealed class KnownDelivery
{
    public long DeliveryId { get; init; }

    public long SourceId { get; init; }

    public LocalDate ReferenceDate { get; init; }

    public string PayloadSha256 { get; init; } = "";

    public int FigureCount { get; init; }

    public Instant ReceivedAt { get; init; }
}
