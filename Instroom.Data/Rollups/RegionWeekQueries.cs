using Instroom.Data.Calendar;

namespace Instroom.Data.Rollups;

/// <summary>The <see cref="RegionWeek"/> read model of one region or of every region, for any ISO week.</summary>
public sealed class RegionWeekQueries(RollupQueries rollups)
{
    /// <summary>One region (jeugdregio, toezichtregio or "NL") in a week; null when no such region exists that week.</summary>
    public async Task<RegionWeek?> RegionWeekAsync(string regionCode, IsoWeek week, CancellationToken cancellationToken = default)
    {
        var input = await rollups.LoadWeekAsync(week, regionCode, cancellationToken);
        return WeekRollup.Aggregate(input).Select(RegionWeekBuilder.Build).SingleOrDefault();
    }

    /// <summary>Every jeugdregio, toezichtregio and the national level in a week: the national one first, then by kind and code.</summary>
    public async Task<IReadOnlyList<RegionWeek>> RegionWeeksAsync(IsoWeek week, CancellationToken cancellationToken = default)
    {
        var input = await rollups.LoadWeekAsync(week, cancellationToken: cancellationToken);
        return WeekRollup.Aggregate(input)
            .Select(RegionWeekBuilder.Build)
            .OrderBy(r => RegionOrder.Of(r.Region.Kind))
            .ThenBy(r => r.Region.Code, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>The order regions are listed in: national, toezichtregio's, jeugdregio's.</summary>
public static class RegionOrder
{
    public static int Of(string kind) => kind switch
    {
        Areas.AreaKind.Land => 0,
        Areas.AreaKind.Toezichtregio => 1,
        Areas.AreaKind.Jeugdregio => 2,
        _ => 3,
    };
}
