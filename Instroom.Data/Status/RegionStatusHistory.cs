using Dapper;
using Instroom.Data.Calendar;
using Instroom.Data.Rollups;
using Instroom.Data.Storage;

namespace Instroom.Data.Status;

/// <summary>
/// Stored statuses across weeks, for the week strips and the inspecties' heat strip: the latest week that has
/// statuses, and every region's status over a range of weeks — one query each, never one per region.
/// </summary>
public sealed class RegionStatusHistory(InstroomDatabase database)
{
    /// <summary>The most recent ISO week with stored statuses, or null when nothing has been computed yet.</summary>
    public async Task<IsoWeek?> LatestWeekAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var number = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(LatestWeekSql, cancellationToken: cancellationToken));
        return number is { } value ? new IsoWeek(value / 100, value % 100) : null;
    }

    /// <summary>The status of every region in every week from <paramref name="from"/> to <paramref name="to"/> (inclusive), by week.</summary>
    public async Task<IReadOnlyList<RegionStatusMark>> BetweenAsync(IsoWeek from, IsoWeek to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MarkRow>(new CommandDefinition(BetweenSql,
            new { From = WeekNumber(from), To = WeekNumber(to) }, cancellationToken: cancellationToken));
        return rows
            .Select(row => new RegionStatusMark(new RegionRef(row.RegionCode, row.RegionName, row.RegionKind),
                new IsoWeek(row.IsoYear, row.IsoWeek), StatusColours.ParseColour(row.Status), row.Corrected != 0))
            .ToList();
    }

    private static int WeekNumber(IsoWeek week) => (week.Year * 100) + week.Week;

    internal const string LatestWeekSql = """
        SELECT MAX(iso_year * 100 + iso_week) FROM region_status
        """;

    // Without the reasons: a heat strip of 54 regions by 26 weeks needs only the colours.
    internal const string BetweenSql = """
        SELECT a.code AS RegionCode, a.name AS RegionName, a.kind AS RegionKind, s.iso_year AS IsoYear, s.iso_week AS IsoWeek,
               s.status AS Status, s.corrected AS Corrected
        FROM region_status s
        JOIN area a ON a.area_id = s.area_id
        WHERE s.iso_year * 100 + s.iso_week >= @From
          AND s.iso_year * 100 + s.iso_week <= @To
        ORDER BY s.iso_year, s.iso_week, a.code
        """;

    // A class with init setters, not a positional record: Dapper then converts SQLite's INTEGER.
    private sealed class MarkRow
    {
        public string RegionCode { get; init; } = "";

        public string RegionName { get; init; } = "";

        public string RegionKind { get; init; } = "";

        public int IsoYear { get; init; }

        public int IsoWeek { get; init; }

        public string Status { get; init; } = "";

        public int Corrected { get; init; }
    }
}

/// <summary>A region's stored status in one week, without its reasons.</summary>
public sealed record RegionStatusMark(RegionRef Region, IsoWeek Week, StatusColour Status, bool Corrected);
