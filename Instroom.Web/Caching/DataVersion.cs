using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Instroom.Web.Caching;

/// <summary>
/// What the dashboard's pages show changes only when data changes: an import (a new delivery id), a status
/// recomputation, a rule, a period of verscherpt toezicht, or a week's disclosure computed (a trend shows a week it
/// had to hide whole until then). <see cref="Token"/> changes with any of them;
/// <see cref="LastChangedAt"/> is the latest of their times, for Last-Modified.
/// </summary>
public sealed record DataVersion(string Token, Instant? LastChangedAt)
{
    public static readonly DataVersion Unknown = new("0", null);

    internal static DataVersion From(DataVersionRow row)
    {
        var text = string.Join('|', row.LastDeliveryId.ToString(CultureInfo.InvariantCulture), row.LastReceivedAt, row.LastComputedAt,
            row.LastRuleChange, row.SupervisionPeriods.ToString(CultureInfo.InvariantCulture), row.LastSupervisionChange, row.LastDisclosureAt);
        var token = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        Instant?[] times = [row.LastReceivedAt, row.LastComputedAt, row.LastRuleChange, row.LastSupervisionChange, row.LastDisclosureAt];
        return new DataVersion(token, times.Max());
    }
}

/// <summary>One row with the newest of everything the pages read; classes with init setters for Dapper.</summary>
internal sealed class DataVersionRow
{
    public long LastDeliveryId { get; init; }

    public Instant? LastReceivedAt { get; init; }

    public Instant? LastComputedAt { get; init; }

    public Instant? LastRuleChange { get; init; }

    public long SupervisionPeriods { get; init; }

    public Instant? LastSupervisionChange { get; init; }

    public Instant? LastDisclosureAt { get; init; }
}
