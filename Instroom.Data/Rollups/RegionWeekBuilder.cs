using Instroom.Data.Indicators;
using Instroom.Data.Sources;

namespace Instroom.Data.Rollups;

/// <summary>Pure: turns a region's sums for a week into the <see cref="RegionWeek"/> read model.</summary>
public static class RegionWeekBuilder
{
    /// <summary>Stock and flow indicators shown per region (organisation-wide staffing figures are not rolled up).</summary>
    private static readonly IReadOnlyList<Indicator> Shown = IndicatorCatalogue.All
        .Where(i => i.Kind != IndicatorKind.Histogram && !i.OrganisationWide)
        .ToList();

    public static RegionWeek Build(RegionRollup rollup)
    {
        var headline = Values(rollup, Measure.None, Shown);
        var measures = Measure.All
            .Select(measure => new MeasureBreakdown(measure, Measure.Label(measure), Values(rollup, measure, Shown.Where(i => i.HasMeasure))))
            .ToList();
        return new RegionWeek(rollup.Region, rollup.Week, rollup.Gemeenten.Count, rollup.Completeness, rollup.Freshness,
            headline, measures, Chain(headline));
    }

    private static List<IndicatorValue> Values(RegionRollup rollup, string measure, IEnumerable<Indicator> indicators)
    {
        var values = new List<IndicatorValue>();
        foreach (var indicator in indicators)
        {
            values.Add(Value(rollup, indicator, measure));
            if (indicator.Code == IndicatorCatalogue.Doorstroomlijst)
            {
                values.Add(WithoutCaseworker(rollup, measure));
            }
        }

        return values;
    }

    private static IndicatorValue Value(RegionRollup rollup, Indicator indicator, string measure)
    {
        var count = rollup.Total(indicator.Code, measure);
        var (baseValue, histogram) = indicator.Code switch
        {
            IndicatorCatalogue.Instroomlijst => (rollup.Total(IndicatorCatalogue.LopendeMaatregelen, measure),
                rollup.Histogram(IndicatorCatalogue.InstroomlijstWachtduur, measure)),
            IndicatorCatalogue.Doorstroomlijst => (rollup.Total(IndicatorCatalogue.LopendeMaatregelen, measure),
                rollup.Histogram(IndicatorCatalogue.DoorstroomlijstWachtduur, measure)),
            IndicatorCatalogue.WachtOpHulp => (rollup.Total(IndicatorCatalogue.LopendeMaatregelen, measure),
                rollup.Histogram(IndicatorCatalogue.WachtOpHulpWachtduur, measure)),
            IndicatorCatalogue.RaadWachtlijst => (null, rollup.Histogram(IndicatorCatalogue.RaadWachtduur, measure)),
            IndicatorCatalogue.VtWachtlijst => (null, rollup.Histogram(IndicatorCatalogue.VtWachtduur, measure)),
            _ when indicator.TotalCode is { } total => (rollup.Total(total, measure), (WaitingTimeHistogram?)null),
            _ => ((decimal?)null, (WaitingTimeHistogram?)null),
        };
        return Compose(rollup, indicator.Code, indicator.Label, indicator.Source, measure, count, baseValue, histogram);
    }

    private static IndicatorValue WithoutCaseworker(RegionRollup rollup, string measure)
    {
        var instroom = rollup.Total(IndicatorCatalogue.Instroomlijst, measure);
        var doorstroom = rollup.Total(IndicatorCatalogue.Doorstroomlijst, measure);
        var histogram = (rollup.Histogram(IndicatorCatalogue.InstroomlijstWachtduur, measure),
                rollup.Histogram(IndicatorCatalogue.DoorstroomlijstWachtduur, measure)) switch
        {
            ({ } a, { } b) => a.Add(b),
            _ => null,
        };
        return Compose(rollup, RollupIndicator.ZonderVasteJeugdbeschermer, RollupIndicator.ZonderVasteJeugdbeschermerLabel, SourceKind.GI,
            measure, instroom + doorstroom, rollup.Total(IndicatorCatalogue.LopendeMaatregelen, measure), histogram);
    }

    private static IndicatorValue Compose(RegionRollup rollup, string code, string label, SourceKind source, string measure,
        decimal? count, decimal? baseValue, WaitingTimeHistogram? histogram) =>
        new(code, label, measure, count, baseValue,
            Share: count is { } c && baseValue is { } b && b > 0 ? c / b * 100m : null,
            Median: histogram?.Median,
            P90: histogram?.P90,
            rollup.Completeness.For(source),
            rollup.Freshness.For(source));

    private static List<ChainStep> Chain(IReadOnlyList<IndicatorValue> headline)
    {
        IndicatorValue Get(string code) => headline.First(v => v.Code == code);
        return
        [
            new("veilig-thuis", "Veilig Thuis", SourceKind.VT, Get(IndicatorCatalogue.VtWachtlijst), [],
            [
                new(ChainFlowDirection.In, Get(IndicatorCatalogue.VtBeoordelingTotaal)),
                new(ChainFlowDirection.Out, Get(IndicatorCatalogue.VtOnderzoekTotaal)),
            ]),
            new("raad", "Raad voor de Kinderbescherming", SourceKind.RAAD, Get(IndicatorCatalogue.RaadWachtlijst), [],
            [
                new(ChainFlowDirection.In, Get(IndicatorCatalogue.RaadVerzoeken)),
                new(ChainFlowDirection.Out, Get(IndicatorCatalogue.RaadGestart)),
                new(ChainFlowDirection.Bypass, Get(IndicatorCatalogue.RaadSpoedzaken)),
            ]),
            new("gi", "Gecertificeerde instellingen", SourceKind.GI, Get(RollupIndicator.ZonderVasteJeugdbeschermer),
                [Get(IndicatorCatalogue.Instroomlijst), Get(IndicatorCatalogue.Doorstroomlijst)],
            [
                new(ChainFlowDirection.In, Get(IndicatorCatalogue.NieuweMaatregelen)),
                new(ChainFlowDirection.Out, Get(IndicatorCatalogue.BeeindigdeMaatregelen)),
            ]),
            new("passende-hulp", "Passende hulp", SourceKind.GI, Get(IndicatorCatalogue.WachtOpHulp), [], []),
        ];
    }
}
