using System.Security.Cryptography;
using System.Text;
using Dapper;
using Instroom.Data.Calendar;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Data.Disclosure;

/// <summary>
/// The totals (area and indicator, no source or measure) that each week's joint disclosure control hid, in
/// <c>week_hidden_total</c>, with the key of what the week was computed from in <c>week_disclosure</c>. Trends read
/// them to hide the same weeks the overview and weekbeelden hide.
/// </summary>
/// <remarks>
/// A week's key is a hash of the disclosure policy and the ids of the deliveries its rollup uses (the latest current
/// delivery per source within the week): an import, a correction or a new policy changes it, and a stored week with
/// another key counts as not computed. Reading the keys of three years of weeks is one query.
/// </remarks>
public sealed class WeekDisclosureStore(InstroomDatabase database)
{
    /// <summary>The key of every week from <paramref name="from"/> to <paramref name="to"/> that has deliveries.</summary>
    public async Task<IReadOnlyDictionary<IsoWeek, string>> CurrentKeysAsync(IsoWeek from, IsoWeek to, string policyKey,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var deliveries = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(CurrentDeliveriesSql,
            new { from.Monday, to.Sunday }, cancellationToken: cancellationToken));
        return deliveries
            .GroupBy(d => IsoWeek.Of(d.ReferenceDate))
            .ToDictionary(
                week => week.Key,
                week => Key(policyKey, week.GroupBy(d => d.SourceId).Select(source => source.MaxBy(d => d.ReferenceDate)!.DeliveryId)));
    }

    /// <summary>The key each stored week was computed with.</summary>
    public async Task<IReadOnlyDictionary<IsoWeek, string>> StoredKeysAsync(IsoWeek from, IsoWeek to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StoredRow>(new CommandDefinition(StoredKeysSql, Range(from, to), cancellationToken: cancellationToken));
        return rows.ToDictionary(row => new IsoWeek((int)row.IsoYear, (int)row.IsoWeek), row => row.DisclosureKey);
    }

    /// <summary>Replaces a week's hidden totals and key in one transaction.</summary>
    public async Task SaveAsync(IsoWeek week, string key, IEnumerable<(string Area, string Indicator)> hidden, Instant computedAt,
        CancellationToken cancellationToken = default)
    {
        var weekParameters = new { IsoYear = week.Year, IsoWeek = week.Week, Key = key, ComputedAt = computedAt };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(DeleteHiddenSql, weekParameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(DeleteWeekSql, weekParameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(InsertHiddenSql,
            hidden.Distinct().Select(cell => new { IsoYear = week.Year, IsoWeek = week.Week, AreaCode = cell.Area, cell.Indicator }),
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(InsertWeekSql, weekParameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The hidden totals of an area (and a second one, such as Nederland for a trend's national line) in the weeks of the range.</summary>
    public async Task<IReadOnlyList<HiddenTotal>> HiddenAsync(string areaCode, string? otherAreaCode, IsoWeek from, IsoWeek to,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<HiddenRow>(new CommandDefinition(HiddenSql,
            new { Area = areaCode, OtherArea = otherAreaCode ?? areaCode, FromKey = (from.Year * 100) + from.Week, ToKey = (to.Year * 100) + to.Week },
            cancellationToken: cancellationToken));
        return rows.Select(row => new HiddenTotal(new IsoWeek((int)row.IsoYear, (int)row.IsoWeek), row.AreaCode, row.Indicator)).ToList();
    }

    /// <summary>SHA-256 (hex) of the policy and the sorted delivery ids.</summary>
    internal static string Key(string policyKey, IEnumerable<long> deliveryIds) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(policyKey + "|" + string.Join(',', deliveryIds.Order()))));

    private static object Range(IsoWeek from, IsoWeek to) => new { FromKey = (from.Year * 100) + from.Week, ToKey = (to.Year * 100) + to.Week };

    internal const string CurrentDeliveriesSql = """
        SELECT delivery_id AS DeliveryId, source_id AS SourceId, reference_date AS ReferenceDate
        FROM delivery
        WHERE superseded_at IS NULL AND reference_date >= @Monday AND reference_date <= @Sunday
        """;

    internal const string StoredKeysSql = """
        SELECT iso_year AS IsoYear, iso_week AS IsoWeek, disclosure_key AS DisclosureKey
        FROM week_disclosure
        WHERE (iso_year * 100) + iso_week BETWEEN @FromKey AND @ToKey
        """;

    internal const string DeleteHiddenSql = "DELETE FROM week_hidden_total WHERE iso_year = @IsoYear AND iso_week = @IsoWeek";

    internal const string DeleteWeekSql = "DELETE FROM week_disclosure WHERE iso_year = @IsoYear AND iso_week = @IsoWeek";

    internal const string InsertHiddenSql = """
        INSERT INTO week_hidden_total (iso_year, iso_week, area_code, indicator) VALUES (@IsoYear, @IsoWeek, @AreaCode, @Indicator)
        """;

    internal const string InsertWeekSql = """
        INSERT INTO week_disclosure (iso_year, iso_week, disclosure_key, computed_at) VALUES (@IsoYear, @IsoWeek, @Key, @ComputedAt)
        """;

    internal const string HiddenSql = """
        SELECT iso_year AS IsoYear, iso_week AS IsoWeek, area_code AS AreaCode, indicator AS Indicator
        FROM week_hidden_total
        WHERE area_code IN (@Area, @OtherArea) AND (iso_year * 100) + iso_week BETWEEN @FromKey AND @ToKey
        """;

    private sealed class DeliveryRow
    {
        public long DeliveryId { get; init; }

        public long SourceId { get; init; }

        public LocalDate ReferenceDate { get; init; }
    }

    private sealed class StoredRow
    {
        public long IsoYear { get; init; }

        public long IsoWeek { get; init; }

        public string DisclosureKey { get; init; } = "";
    }

    private sealed class HiddenRow
    {
        public long IsoYear { get; init; }

        public long IsoWeek { get; init; }

        public string AreaCode { get; init; } = "";

        public string Indicator { get; init; } = "";
    }
}

/// <summary>A total hidden by a week's joint disclosure control: an area's count of an indicator, all sources and measures together.</summary>
public readonly record struct HiddenTotal(IsoWeek Week, string Area, string Indicator);
