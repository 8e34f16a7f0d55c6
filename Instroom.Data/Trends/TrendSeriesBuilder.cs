using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;

namespace Instroom.Data.Trends;

/// <summary>
/// Pure: turns a <see cref="TrendInput"/> into one <see cref="TrendWeek"/> per ISO week, with the same rules as a
/// region's week (docs/rollups.md): per source the latest current delivery with a peildatum in the week; a source
/// counts for the area when it was expected there on the week's Sunday or delivered figures for its gemeenten;
/// waiting times from the summed histogram, never from an average of medians.
/// </summary>
public static class TrendSeriesBuilder
{
    public static TrendSeries Build(TrendInput input, TrendIndicator indicator, IsoWeek from, IsoWeek to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The trend ends ({to}) before it starts ({from}).", nameof(to));
        }

        var usedByWeek = input.Deliveries
            .GroupBy(d => (d.Source.Code, Week: IsoWeek.Of(d.ReferenceDate)))
            .Select(group => group.MaxBy(d => d.ReferenceDate)!)
            .ToLookup(d => IsoWeek.Of(d.ReferenceDate));
        var figures = input.Figures.ToLookup(f => f.DeliveryId);

        var weeks = new List<TrendWeek>();
        for (var week = from; week <= to; week = week.Plus(1))
        {
            weeks.Add(Week(week, usedByWeek[week].ToList(), figures, input.Expected, indicator));
        }

        return new TrendSeries(indicator, from, to, weeks);
    }

    private static TrendWeek Week(IsoWeek week, List<TrendDelivery> used, ILookup<int, TrendFigure> figures,
        IReadOnlyList<TrendExpectation> expectations, TrendIndicator indicator)
    {
        var expected = expectations
            .Where(e => e.HoldsOn(week.Sunday))
            .GroupBy(e => e.Source.Code, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => new MissingSource(group.First().Source,
                group.Select(e => e.GemeenteCode).Distinct(StringComparer.Ordinal).Count()), StringComparer.Ordinal);
        var delivered = used.Select(d => d.Source.Code).ToHashSet(StringComparer.Ordinal);
        var completeness = new Completeness(expected.Values
            .Where(e => !delivered.Contains(e.Source.Code))
            .OrderBy(e => e.Source.Code, StringComparer.Ordinal)
            .ToList());

        var counted = used
            .Where(d => expected.ContainsKey(d.Source.Code) || figures[d.DeliveryId].Any())
            .OrderBy(d => d.Source.Code, StringComparer.Ordinal)
            .ToList();
        var freshness = new Freshness(counted.Select(d => new SourceFreshness(d.Source, d.ReferenceDate, d.Corrected)).ToList());
        if (counted.Count == 0)
        {
            return new TrendWeek(week, null, null, null, freshness, completeness);
        }

        var weekFigures = counted.SelectMany(d => figures[d.DeliveryId]).ToList();
        return new TrendWeek(
            week,
            Sum(weekFigures, indicator.CountCodes),
            indicator.BaseCode is { } baseCode ? Sum(weekFigures, [baseCode]) : null,
            indicator.HistogramCodes.Count > 0 ? Histogram(weekFigures, indicator.HistogramCodes) : null,
            freshness,
            completeness);
    }

    private static decimal Sum(List<TrendFigure> figures, IReadOnlyList<string> codes) =>
        figures.Where(f => f.Class.Length == 0 && codes.Contains(f.Indicator, StringComparer.Ordinal)).Sum(f => f.Value);

    private static WaitingTimeHistogram Histogram(List<TrendFigure> figures, IReadOnlyList<string> codes)
    {
        var counts = new long[WaitingTimeClass.All.Count];
        foreach (var figure in figures.Where(f => f.Class.Length > 0 && codes.Contains(f.Indicator, StringComparer.Ordinal)))
        {
            var index = WaitingTimeClass.IndexOf(figure.Class);
            if (index < 0)
            {
                throw new InvalidDataException($"Figure of delivery {figure.DeliveryId} has unknown class '{figure.Class}'.");
            }

            // Histogram counts are whole numbers by contract (validated at import); the column is a decimal.
            counts[index] += decimal.ToInt64(decimal.Round(figure.Value, MidpointRounding.AwayFromZero));
        }

        return WaitingTimeHistogram.Of(counts);
    }
}
