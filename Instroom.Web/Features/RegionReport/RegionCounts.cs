using Instroom.Data.Disclosure;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using Instroom.Web.Features.Dashboard;

namespace Instroom.Web.Features.RegionReport;

/// <summary>A cell of the weekbeeld's disclosure table: an area (the region or a gemeente), a GI or "" for all sources, an indicator and a measure or "" for all.</summary>
public readonly record struct RegionCell(string Area, string Source, string Indicator, string Measure);

/// <summary>
/// Every count of one region's weekbeeld for one week — the region, its measures, its gemeenten, its GIs and each GI
/// in each gemeente — through one disclosure table with every additive relation between them: region = gemeenten =
/// GIs = measures, gemeente = its GIs, GI = its gemeenten, zonder vaste jeugdbeschermer = instroomlijst +
/// doorstroomlijst. The GI × gemeente cells are not shown, but a reader who knows which GI serves which gemeente can
/// reason with them, so they are in the table (taking them as known is the safe side: it only hides more).
/// </summary>
public sealed class RegionCounts
{
    /// <summary>Counts shown per GI (and derived shares).</summary>
    public static readonly IReadOnlyList<string> GiIndicators =
    [
        IndicatorCatalogue.LopendeMaatregelen, RollupIndicator.ZonderVasteJeugdbeschermer, IndicatorCatalogue.Instroomlijst,
        IndicatorCatalogue.Doorstroomlijst, IndicatorCatalogue.WachtOpHulp, IndicatorCatalogue.NieuweMaatregelen,
        IndicatorCatalogue.BeeindigdeMaatregelen,
    ];

    /// <summary>Counts shown per gemeente.</summary>
    public static readonly IReadOnlyList<string> GemeenteIndicators =
    [
        IndicatorCatalogue.LopendeMaatregelen, RollupIndicator.ZonderVasteJeugdbeschermer, IndicatorCatalogue.Instroomlijst,
        IndicatorCatalogue.Doorstroomlijst, IndicatorCatalogue.WachtOpHulp, IndicatorCatalogue.RaadWachtlijst, IndicatorCatalogue.VtWachtlijst,
    ];

    /// <summary>Counts shown per measure: the GI indicators.</summary>
    public static readonly IReadOnlyList<string> MeasureIndicators = GiIndicators;

    /// <summary>Every count shown for the region as a whole (key figures and the chain).</summary>
    public static readonly IReadOnlyList<string> RegionIndicators =
    [
        .. GiIndicators, IndicatorCatalogue.RaadWachtlijst, IndicatorCatalogue.VtWachtlijst, IndicatorCatalogue.RaadVerzoeken,
        IndicatorCatalogue.RaadGestart, IndicatorCatalogue.RaadSpoedzaken, IndicatorCatalogue.VtBeoordelingTotaal, IndicatorCatalogue.VtOnderzoekTotaal,
    ];

    private readonly DisclosedTable<RegionCell> _disclosed;
    private readonly IReadOnlyList<GemeenteFigure> _figures;
    private readonly string _region;

    private RegionCounts(string region, DisclosedTable<RegionCell> disclosed, IReadOnlyList<GemeenteFigure> figures,
        IReadOnlyList<SourceRef> giSources, IReadOnlyList<string> gemeenten, IReadOnlySet<string> delivered)
    {
        _region = region;
        _disclosed = disclosed;
        _figures = figures;
        GiSources = giSources;
        Gemeenten = gemeenten;
        Delivered = delivered;
    }

    /// <summary>The GIs expected in the region or delivering for its gemeenten, by code.</summary>
    public IReadOnlyList<SourceRef> GiSources { get; }

    public IReadOnlyList<string> Gemeenten { get; }

    /// <summary>Codes of the sources whose delivery counts for the region this week.</summary>
    public IReadOnlySet<string> Delivered { get; }

    public DisclosedCount Region(string indicator, string measure = Measure.None) => Get(new(_region, "", indicator, measure));

    public DisclosedCount Gemeente(string gemeente, string indicator) => Get(new(gemeente, "", indicator, Measure.None));

    public DisclosedCount Gi(string source, string indicator) => Get(new(_region, source, indicator, Measure.None));

    /// <summary>
    /// A GI's raw sum over the region's gemeenten, for what is not a count to disclose but needs the number of cases
    /// behind it: the GI's eerste-contact percentage and its median waiting time (both shown only above the threshold).
    /// Null when the GI did not deliver.
    /// </summary>
    public decimal? RawGi(string source, string indicator) =>
        Delivered.Contains(source)
            ? _figures.Where(f => f.SourceCode == source && f.Indicator == indicator && f.Class.Length == 0).Sum(f => f.Value)
            : null;

    /// <summary>A GI's waiting-time histogram summed over the region's gemeenten; null when the GI did not deliver.</summary>
    public WaitingTimeHistogram? GiHistogram(string source, string histogramIndicator) =>
        Delivered.Contains(source)
            ? WaitingTimeHistogram.Of(_figures
                .Where(f => f.SourceCode == source && f.Indicator == histogramIndicator && f.Class.Length > 0)
                .Select(f => new KeyValuePair<string, long>(f.Class, (long)f.Value)))
            : null;

    public static RegionCounts Disclose(WeekInput input, RegionInWeek region, DisclosurePolicy policy)
    {
        var code = region.Region.Code;
        var week = region.Week;
        var gemeenten = region.Gemeenten.Order(StringComparer.Ordinal).ToList();
        var inRegion = gemeenten.ToHashSet(StringComparer.Ordinal);
        var delivered = week.Freshness.Sources.Select(source => source.Source.Code).ToHashSet(StringComparer.Ordinal);
        var figures = input.Figures.Where(figure => inRegion.Contains(figure.GemeenteCode)).ToList();
        var bySource = figures
            .Where(figure => figure.Class.Length == 0)
            .GroupBy(figure => (figure.GemeenteCode, figure.SourceCode, figure.Indicator))
            .ToDictionary(group => group.Key, group => group.Sum(figure => figure.Value));
        var byGemeente = bySource
            .GroupBy(pair => (pair.Key.GemeenteCode, pair.Key.Indicator))
            .ToDictionary(group => group.Key, group => group.Sum(pair => pair.Value));
        var giSources = week.Freshness.Sources.Select(source => source.Source)
            .Concat(week.Completeness.Missing.Select(missing => missing.Source))
            .Where(source => source.Kind == SourceKind.GI)
            .DistinctBy(source => source.Code)
            .OrderBy(source => source.Code, StringComparer.Ordinal)
            .ToList();
        var servedBy = giSources.ToDictionary(
            source => source.Code,
            source => gemeenten.Where(g => input.Expected.Any(e => e.Source.Code == source.Code && e.GemeenteCode == g)
                || figures.Any(f => f.GemeenteCode == g && f.SourceCode == source.Code)).ToList(),
            StringComparer.Ordinal);

        bool HasKind(SourceKind kind) => week.Freshness.Sources.Any(source => source.Source.Kind == kind);
        decimal Sum(string gemeente, string? source, string indicator) =>
            indicator == RollupIndicator.ZonderVasteJeugdbeschermer
                ? Sum(gemeente, source, IndicatorCatalogue.Instroomlijst) + Sum(gemeente, source, IndicatorCatalogue.Doorstroomlijst)
                : source is null
                    ? byGemeente.GetValueOrDefault((gemeente, indicator))
                    : bySource.GetValueOrDefault((gemeente, source, indicator));

        var table = new DisclosureTable<RegionCell>();
        foreach (var indicator in RegionIndicators)
        {
            table.Add(new(code, "", indicator, Measure.None), DashboardCounts.Whole(week.Indicator(indicator).Count));
        }

        foreach (var measure in week.Measures)
        {
            foreach (var indicator in MeasureIndicators)
            {
                var value = measure.Indicators.First(i => i.Code == indicator);
                table.Add(new(code, "", indicator, measure.Measure), DashboardCounts.Whole(value.Count));
            }
        }

        foreach (var gemeente in gemeenten)
        {
            foreach (var indicator in GemeenteIndicators)
            {
                table.Add(new(gemeente, "", indicator, Measure.None), HasKind(KindOf(indicator)) ? DashboardCounts.Whole(Sum(gemeente, null, indicator)) : null);
            }
        }

        foreach (var source in giSources)
        {
            var deliveredGi = delivered.Contains(source.Code);
            foreach (var indicator in GiIndicators)
            {
                table.Add(new(code, source.Code, indicator, Measure.None),
                    deliveredGi ? DashboardCounts.Whole(servedBy[source.Code].Sum(g => Sum(g, source.Code, indicator))) : null);
                foreach (var gemeente in servedBy[source.Code].Where(_ => GemeenteIndicators.Contains(indicator)))
                {
                    table.Add(new(gemeente, source.Code, indicator, Measure.None), deliveredGi ? DashboardCounts.Whole(Sum(gemeente, source.Code, indicator)) : null);
                }
            }
        }

        AddGroups(table, code, gemeenten, giSources, servedBy, week.Measures.Select(m => m.Measure).ToList());
        // No roles yet (sign-in comes later): nobody is exempt.
        return new RegionCounts(code, DisclosureControl.Apply(table, policy, exempt: false), figures, giSources, gemeenten, delivered);
    }

    /// <summary>
    /// Finest groups first: disclosure control looks for a complement in the order groups were declared, and a
    /// complement among the GIs of one gemeente (cells nobody sees) hides less than one among the region's rows.
    /// </summary>
    private static void AddGroups(DisclosureTable<RegionCell> table, string region, List<string> gemeenten, List<SourceRef> giSources,
        Dictionary<string, List<string>> servedBy, List<string> measures)
    {
        // Zonder vaste jeugdbeschermer = instroomlijst + doorstroomlijst, wherever all three are in the table.
        var cells = giSources.SelectMany(s => servedBy[s.Code].Select(g => new RegionCell(g, s.Code, "", Measure.None))).ToList();
        cells.AddRange(gemeenten.Select(g => new RegionCell(g, "", "", Measure.None)));
        cells.AddRange(giSources.Select(s => new RegionCell(region, s.Code, "", Measure.None)));
        cells.AddRange(measures.Select(m => new RegionCell(region, "", "", m)));
        cells.Add(new(region, "", "", Measure.None));
        foreach (var cell in cells)
        {
            table.AddGroup(cell with { Indicator = RollupIndicator.ZonderVasteJeugdbeschermer },
                [cell with { Indicator = IndicatorCatalogue.Instroomlijst }, cell with { Indicator = IndicatorCatalogue.Doorstroomlijst }]);
        }

        foreach (var indicator in GiIndicators.Where(GemeenteIndicators.Contains))
        {
            foreach (var gemeente in gemeenten)
            {
                var parts = giSources.Where(s => servedBy[s.Code].Contains(gemeente)).Select(s => new RegionCell(gemeente, s.Code, indicator, Measure.None)).ToList();
                if (parts.Count > 0)
                {
                    table.AddGroup(new(gemeente, "", indicator, Measure.None), parts);
                }
            }

            foreach (var source in giSources.Where(s => servedBy[s.Code].Count > 0))
            {
                table.AddGroup(new(region, source.Code, indicator, Measure.None),
                    servedBy[source.Code].Select(g => new RegionCell(g, source.Code, indicator, Measure.None)));
            }
        }

        foreach (var indicator in GiIndicators)
        {
            if (measures.Count > 0)
            {
                table.AddGroup(new(region, "", indicator, Measure.None), measures.Select(m => new RegionCell(region, "", indicator, m)));
            }

            if (giSources.Count > 0)
            {
                table.AddGroup(new(region, "", indicator, Measure.None), giSources.Select(s => new RegionCell(region, s.Code, indicator, Measure.None)));
            }
        }

        foreach (var indicator in GemeenteIndicators.Where(_ => gemeenten.Count > 0))
        {
            table.AddGroup(new(region, "", indicator, Measure.None), gemeenten.Select(g => new RegionCell(g, "", indicator, Measure.None)));
        }
    }

    private static SourceKind KindOf(string indicator) =>
        IndicatorCatalogue.TryGet(indicator, out var known) ? known.Source : SourceKind.GI;

    private DisclosedCount Get(RegionCell cell) => _disclosed.TryGetValue(cell, out var count) ? count : DisclosedCount.NoData;
}
