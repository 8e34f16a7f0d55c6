using Dapper;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Data.Areas;

/// <summary>Reads areas and their memberships as valid on a date.</summary>
public sealed class AreaQueries(InstroomDatabase database)
{
    /// <summary>Every region of a kind with the gemeenten that belong to it on <paramref name="date"/>.</summary>
    public async Task<IReadOnlyList<RegionWithGemeenten>> RegionsWithGemeentenAsync(string regionKind, LocalDate date,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RegionGemeenteRow>(new CommandDefinition(RegionsWithGemeentenSql,
            new { Kind = regionKind, Gemeente = AreaKind.Gemeente, Date = date }, cancellationToken: cancellationToken));
        return rows
            .GroupBy(row => (row.RegionCode, row.RegionName))
            .Select(group => new RegionWithGemeenten(group.Key.RegionCode, group.Key.RegionName,
                group.Where(row => row.GemeenteCode is not null)
                    .Select(row => new AreaName(row.GemeenteCode!, row.GemeenteName!, row.OverlapShare))
                    .ToList()))
            .ToList();
    }

    internal const string RegionsWithGemeentenSql = """
        SELECT r.code AS RegionCode, r.name AS RegionName, g.code AS GemeenteCode, g.name AS GemeenteName,
               m.overlap_share AS OverlapShare
        FROM area r
        LEFT JOIN area_membership m
               ON m.parent_area_id = r.area_id
              AND m.valid_from <= @Date AND (m.valid_to IS NULL OR m.valid_to > @Date)
        LEFT JOIN area g ON g.area_id = m.area_id AND g.kind = @Gemeente
        WHERE r.kind = @Kind
          AND r.valid_from <= @Date AND (r.valid_to IS NULL OR r.valid_to > @Date)
        ORDER BY r.code, g.name
        """;

    // A class with setters, not a positional record: Dapper then converts SQLite's REAL to decimal.
    private sealed class RegionGemeenteRow
    {
        public string RegionCode { get; init; } = "";

        public string RegionName { get; init; } = "";

        public string? GemeenteCode { get; init; }

        public string? GemeenteName { get; init; }

        public decimal? OverlapShare { get; init; }
    }
}

public sealed record AreaName(string Code, string Name, decimal? OverlapShare);

public sealed record RegionWithGemeenten(string Code, string Name, IReadOnlyList<AreaName> Gemeenten);
