using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Status;
using Instroom.Data.Supervision;
using Instroom.Data.Trends;
using NodaTime;

namespace Instroom.Web.Features.Trends;

/// <summary>
/// Everything one trend shows, before disclosure control: the area's weeks from a year before the range (for "een
/// jaar eerder" and the change since the week before), the national weeks for comparison, the threshold rules, the
/// periods of verscherpt toezicht and the stored weekly statuses.
/// </summary>
public sealed record TrendData(
    TrendSelection Selection,
    IReadOnlyList<string> Errors,
    AreaDirectory Areas,
    TrendSeries Series,
    TrendSeries? National,
    IReadOnlyList<StatusRule> Rules,
    IReadOnlyList<SupervisionPeriod> Supervision,
    IReadOnlyList<RegionWeekStatus> Statuses)
{
    /// <summary>"Een jaar eerder" is the same area 52 weeks before each week.</summary>
    public const int WeeksInAYear = 52;
}

/// <summary>
/// Loads a <see cref="TrendData"/>: the area directory, the area's trend (one round trip for the range and the year
/// before it), the national trend (shares and waiting times, not for Nederland itself), the rules, the supervision
/// periods and the statuses — at most six round trips, however many weeks.
/// </summary>
public sealed class TrendPageQueries(
    AreaDirectoryQueries areas,
    TrendQueries trends,
    StatusRuleStore rules,
    SupervisionPeriods supervision,
    RegionStatusStore statuses,
    IClock clock)
{
    public async Task<TrendData> LoadAsync(TrendRequest request, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var directory = await areas.LoadAsync(today, cancellationToken);
        // The week of the latest peildatum: sources deliver yesterday's figures at night.
        var (selection, errors) = TrendSelection.Parse(request, directory, IsoWeek.Of(today.PlusDays(-1)));
        var (indicator, area) = (selection.Indicator, selection.Area);

        var yearBefore = selection.From.Plus(-TrendData.WeeksInAYear);
        var input = await trends.LoadAsync(area.Code, indicator, yearBefore, selection.To, cancellationToken);
        var series = TrendSeriesBuilder.Build(input, indicator, yearBefore, selection.To);

        TrendSeries? national = null;
        if (indicator.Kind != TrendValueKind.Count && area.Code != AreaKind.NationalCode)
        {
            var nationalInput = await trends.LoadAsync(AreaKind.NationalCode, indicator, selection.From, selection.To, cancellationToken);
            national = TrendSeriesBuilder.Build(nationalInput, indicator, selection.From, selection.To);
        }

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

        return new TrendData(selection, errors, directory, series, national, thresholds, periods, weekStatuses);
    }
}
