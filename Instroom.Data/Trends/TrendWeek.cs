using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;

namespace Instroom.Data.Trends;

/// <summary>
/// One week of a trend, before disclosure control. <see cref="Count"/> and <see cref="Base"/> are null when no
/// source of the indicator's kind delivered for the area that week (no data is not zero); <see cref="Histogram"/> is
/// the summed waiting-time distribution of a <see cref="TrendValueKind.WaitingTime"/> trend.
/// </summary>
public sealed record TrendWeek(
    IsoWeek Week,
    decimal? Count,
    decimal? Base,
    WaitingTimeHistogram? Histogram,
    Freshness Freshness,
    Completeness Completeness)
{
    /// <summary>A correction replaced a delivery this week uses ("gecorrigeerd").</summary>
    public bool Corrected => Freshness.Corrected;

    /// <summary>0–100; null without data or with a base of zero.</summary>
    public decimal? Share => Count is { } count && Base is > 0 ? count / Base.Value * 100m : null;

    public WaitingTime? Median => Histogram?.Median;

    public WaitingTime? P90 => Histogram?.P90;
}

/// <summary>A trend's weeks, oldest first, one per ISO week of the range (weeks without data included).</summary>
public sealed record TrendSeries(TrendIndicator Indicator, IsoWeek From, IsoWeek To, IReadOnlyList<TrendWeek> Weeks)
{
    public TrendWeek? this[IsoWeek week] => Weeks.FirstOrDefault(w => w.Week == week);
}
