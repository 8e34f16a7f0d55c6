using Dapper;
using Instroom.Data.Calendar;
using Instroom.Data.Rollups;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Data.Status;

/// <summary>Writes and reads the computed weekly statuses in <c>region_status</c>.</summary>
public sealed class RegionStatusStore(InstroomDatabase database)
{
    /// <summary>
    /// Replaces the stored status of each given region and week (delete and insert in one transaction: the same on
    /// SQLite and SQL Server, and readers never see a week half written).
    /// </summary>
    public async Task SaveAsync(IReadOnlyCollection<RegionWeekStatus> statuses, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var status in statuses)
        {
            var parameters = new
            {
                RegionCode = status.Region.Code,
                IsoYear = status.Week.Year,
                IsoWeek = status.Week.Week,
                Status = status.Status.Code(),
                Reasons = StatusReasonsJson.Write(status.Reasons),
                Corrected = status.Corrected ? 1 : 0,
                status.ComputedAt,
            };
            await connection.ExecuteAsync(new CommandDefinition(DeleteStatusSql, parameters, transaction, cancellationToken: cancellationToken));
            var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertStatusSql, parameters, transaction, cancellationToken: cancellationToken));
            if (inserted != 1)
            {
                throw new InvalidOperationException($"Region '{status.Region.Code}' does not exist; its status for {status.Week} was not stored.");
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The statuses of every region for a week: national first, then toezichtregio's, then jeugdregio's.</summary>
    /// <summary>When statuses were last computed; deliveries received after it have not been taken into account yet.</summary>
    public async Task<Instant?> LastComputedAtAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<Instant?>(new CommandDefinition(LastComputedAtSql, cancellationToken: cancellationToken));
    }

    internal const string LastComputedAtSql = "SELECT MAX(computed_at) FROM region_status";

    public async Task<IReadOnlyList<RegionWeekStatus>> ForWeekAsync(IsoWeek week, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StatusRow>(new CommandDefinition(SelectWeekSql, new { IsoYear = week.Year, IsoWeek = week.Week },
            cancellationToken: cancellationToken));
        return rows
            .Select(row => row.ToStatus())
            .OrderBy(s => RegionOrder.Of(s.Region.Kind))
            .ThenBy(s => s.Region.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The stored statuses of one region for the <paramref name="weeks"/> weeks up to and including
    /// <paramref name="lastWeek"/>, oldest first; weeks never computed are absent.
    /// </summary>
    public async Task<IReadOnlyList<RegionWeekStatus>> LastWeeksAsync(string regionCode, IsoWeek lastWeek, int weeks,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weeks);
        var firstWeek = lastWeek.Plus(-(weeks - 1));
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StatusRow>(new CommandDefinition(SelectRegionWeeksSql,
            new { RegionCode = regionCode, From = WeekNumber(firstWeek), To = WeekNumber(lastWeek) }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStatus()).ToList();
    }

    private static int WeekNumber(IsoWeek week) => week.Year * 100 + week.Week;

    internal const string DeleteStatusSql = """
        DELETE FROM region_status
        WHERE iso_year = @IsoYear AND iso_week = @IsoWeek
          AND area_id = (SELECT area_id FROM area WHERE code = @RegionCode)
        """;

    internal const string InsertStatusSql = """
        INSERT INTO region_status (area_id, iso_year, iso_week, status, reasons, corrected, computed_at)
        SELECT area_id, @IsoYear, @IsoWeek, @Status, @Reasons, @Corrected, @ComputedAt
        FROM area
        WHERE code = @RegionCode
        """;

    internal const string SelectWeekSql = """
        SELECT a.code AS RegionCode, a.name AS RegionName, a.kind AS RegionKind, s.iso_year AS IsoYear, s.iso_week AS IsoWeek,
               s.status AS Status, s.reasons AS Reasons, s.corrected AS Corrected, s.computed_at AS ComputedAt
        FROM region_status s
        JOIN area a ON a.area_id = s.area_id
        WHERE s.iso_year = @IsoYear AND s.iso_week = @IsoWeek
        """;

    internal const string SelectRegionWeeksSql = """
        SELECT a.code AS RegionCode, a.name AS RegionName, a.kind AS RegionKind, s.iso_year AS IsoYear, s.iso_week AS IsoWeek,
               s.status AS Status, s.reasons AS Reasons, s.corrected AS Corrected, s.computed_at AS ComputedAt
        FROM region_status s
        JOIN area a ON a.area_id = s.area_id
        WHERE a.code = @RegionCode
          AND s.iso_year * 100 + s.iso_week >= @From
          AND s.iso_year * 100 + s.iso_week <= @To
        ORDER BY s.iso_year, s.iso_week
        """;

    // A class with setters, not a positional record: Dapper then converts SQLite's INTEGER.
    private sealed class StatusRow
    {
        public string RegionCode { get; init; } = "";

        public string RegionName { get; init; } = "";

        public string RegionKind { get; init; } = "";

        public int IsoYear { get; init; }

        public int IsoWeek { get; init; }

        public string Status { get; init; } = "";

        public string Reasons { get; init; } = "";

        public int Corrected { get; init; }

        public Instant ComputedAt { get; init; }

        public RegionWeekStatus ToStatus() => new(
            new RegionRef(RegionCode, RegionName, RegionKind),
            new Calendar.IsoWeek(IsoYear, IsoWeek),
            StatusColours.ParseColour(Status),
            StatusReasonsJson.Read(Reasons),
            Corrected != 0,
            ComputedAt);
    }
}
