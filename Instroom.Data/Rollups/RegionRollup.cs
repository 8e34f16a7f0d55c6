using Instroom.Data.Calendar;
using Instroom.Data.Indicators;

namespace Instroom.Data.Rollups;

/// <summary>
/// The sums of one region for one ISO week: stocks, flows and histograms per indicator and measure over the
/// region's gemeenten, with the sources behind them (freshness) and the expected sources that did not deliver
/// (completeness). Built by <see cref="WeekRollup"/>; turned into the read model by <see cref="RegionWeekBuilder"/>.
/// </summary>
public sealed class RegionRollup(
    RegionRef region,
    IsoWeek week,
    IReadOnlyList<string> gemeenten,
    Freshness freshness,
    Completeness completeness,
    IReadOnlyDictionary<FigureKey, decimal> totals,
    IReadOnlyDictionary<FigureKey, WaitingTimeHistogram> histograms)
{
    public RegionRef Region { get; } = region;

    public IsoWeek Week { get; } = week;

    public IReadOnlyList<string> Gemeenten { get; } = gemeenten;

    /// <summary>Every source whose delivery counts for this region in this week, with its peildatum.</summary>
    public Freshness Freshness { get; } = freshness;

    public Completeness Completeness { get; } = completeness;

    /// <summary>Stocks and flows; <see cref="Measure.None"/> holds the sum over all measures.</summary>
    public IReadOnlyDictionary<FigureKey, decimal> Totals { get; } = totals;

    /// <summary>Waiting-time histograms; <see cref="Measure.None"/> holds the sum over all measures.</summary>
    public IReadOnlyDictionary<FigureKey, WaitingTimeHistogram> Histograms { get; } = histograms;

    /// <summary>
    /// The region's sum of a stock or flow; 0 when the sources of the indicator's kind delivered nothing for it,
    /// null when no source of that kind delivered for the region at all (no data is not zero).
    /// </summary>
    public decimal? Total(string indicator, string measure = Measure.None) =>
        Totals.TryGetValue(new FigureKey(indicator, measure), out var value) ? value
        : HasDeliveryFor(indicator) ? 0m
        : null;

    /// <summary>The region's summed histogram; empty or null as <see cref="Total"/>.</summary>
    public WaitingTimeHistogram? Histogram(string indicator, string measure = Measure.None) =>
        Histograms.TryGetValue(new FigureKey(indicator, measure), out var histogram) ? histogram
        : HasDeliveryFor(indicator) ? WaitingTimeHistogram.Empty
        : null;

    private bool HasDeliveryFor(string indicator) =>
        IndicatorCatalogue.TryGet(indicator, out var known) && Freshness.Sources.Any(s => s.Source.Kind == known.Source);
}
