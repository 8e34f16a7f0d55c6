using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Status;
using Instroom.Data.Supervision;
using Instroom.Data.Trends;
using Instroom.Web.Features.Dashboard;
using Microsoft.Extensions.Caching.Memory;
using NodaTime;

namespace Instroom.Web.Features.Trends;

/// <summary>
/// Everything one trend shows, before disclosure control: the area's weeks from a year before the range (for "een
/// jaar eerder" and the change since the week before), the national weeks for comparison, the threshold rules, the
/// periods of verscherpt toezicht and the stored weekly statuses; <see cref="Today"/> (Europe/Amsterdam) decides voorlopig or definitief.
/// <see cref="HiddenElsewhere"/> holds the area's and Nederland's totals that the weeks' overview and weekbeelden hide.
/// </summary>
public sealed record TrendData(
    TrendSelection Selection,
    IReadOnlyList<string> Errors,
    AreaDirectory Areas,
    TrendSeries Series,
    TrendSeries? National,
    IReadOnlyList<StatusRule> Rules,
    IReadOnlyList<SupervisionPeriod> Supervision,
    IReadOnlyList<RegionWeekStatus> Statuses,
    LocalDate Today,
    WeekHiding HiddenElsewhere)
{
    /// <summary>"Een jaar eerder" is the same area 52 weeks before each week.</summary>
    public const int WeeksInAYear = 52;
}

/// <summary>
/// Loads a <see cref="TrendData"/>: the area directory, the data version, the area's trend (one round trip for the
/// range and the year before it), the national trend (shares and waiting times, not for Nederland itself), the rules,
/// the supervision periods, the statuses and the totals the weeks' disclosure hid — at most ten round trips, however many
/// weeks, once every week's disclosure is stored (<see cref="WeekHiddenTotals"/>).
/// </summary>
/// <remarks>
/// Trends are cached (before disclosure control) by area, indicator, weeks and data version — the newest delivery id,
/// which every import changes. The chart data and downloads that follow a page, and the national line that every
/// area's page shows, then reuse the figures instead of summing all gemeenten again.
/// </remarks>
public sealed class TrendPageQueries(
    AreaDirectoryQueries areas,
    TrendQueries trends,
    StatusRuleStore rules,
    SupervisionPeriods supervision,
    RegionStatusStore statuses,
    WeekHiddenTotals hiddenTotals,
    IMemoryCache cache,
    IClock clock)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(30);

    public async Task<TrendData> LoadAsync(TrendRequest request, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var directory = await areas.LoadAsync(today, cancellationToken);
        // The week of the latest peildatum: sources deliver yesterday's figures at night.
        var (selection, errors) = TrendSelection.Parse(request, directory, IsoWeek.Of(today.PlusDays(-1)));
        var (indicator, area) = (selection.Indicator, selection.Area);

        var version = await trends.DataVersionAsync(cancellationToken);
        // The national line over the same weeks as an area's own series, so Nederland's own page shares its cache entry.
        var yearBefore = selection.From.Plus(-TrendData.WeeksInAYear);
        var series = await SeriesAsync(area.Code, indicator, yearBefore, selection.To, version, cancellationToken);
        var national = indicator.Kind != TrendValueKind.Count && area.Code != AreaKind.NationalCode
            ? await SeriesAsync(AreaKind.NationalCode, indicator, yearBefore, selection.To, version, cancellationToken)
            : null;

        IReadOnlyList<StatusRule> thresholds = indicator.StatusIndicatorCode is { } statusCode
            ? (await rules.LoadAsync(cancellationToken)).Where(rule => rule.Enabled && rule.Indicator == statusCode).ToList()
            : [];
        IReadOnlyList<SupervisionPeriod> periods = area.Kind == AreaKind.Land
            ? []
            : (await supervision.AllAsync(cancellationToken))
                .Where(period => period.AreaCode == area.Code || area.RegionCodes.Contains(period.AreaCode, StringComparer.Ordinal))
                .ToList();
        IReadOnlyList<RegionWeekStatus> weekStatuses = area.Kind == AreaKind.Gemeente
            ? []
            : await statuses.LastWeeksAsync(area.Code, selection.To, selection.WeekCount, cancellationToken);

        var hidden = await hiddenTotals.ForAsync(area.Code, national is null ? null : AreaKind.NationalCode, yearBefore, selection.To,
            cancellationToken);

        return new TrendData(selection, errors, directory, series, national, thresholds, periods, weekStatuses, today, hidden);
    }

    private async Task<TrendSeries> SeriesAsync(string areaCode, TrendIndicator indicator, IsoWeek from, IsoWeek to, long version,
        CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync((typeof(TrendSeries), areaCode, indicator.Code, from, to, version), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheLifetime;
            var input = await trends.LoadAsync(areaCode, indicator, from, to, cancellationToken);
            return TrendSeriesBuilder.Build(input, indicator, from, to);
        }))!;
}
