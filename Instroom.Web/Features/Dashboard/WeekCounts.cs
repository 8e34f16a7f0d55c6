using Instroom.Data.Areas;
using Instroom.Data.Disclosure;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;

namespace Instroom.Web.Features.Dashboard;

/// <summary>A cell of a week's disclosure table: an area (a region or a gemeente), a GI or "" for all sources, an indicator, a measure or "" for all.</summary>
public readonly record struct CountCell(string Area, string Source, string Indicator, string Measure);

/// <summary>
/// Every count the dashboard shows for one ISO week — each region at every level, its measures and its GIs, each
/// gemeente, and each GI in each gemeente — through ONE disclosure table with the additive relations between them.
/// The landelijk overzicht and every regio weekbeeld read their counts from it, so a count hidden on one page is
/// hidden on all: tables published side by side with different groupings would otherwise give each other away (a
/// toezichtregio page showing the complement that a jeugdregio's total needs hidden). The GI × gemeente cells are not
/// shown, but a reader who knows which GI serves which gemeente can reason with them, so they are in the table
/// (treating them as known is the safe side: it only hides more).
/// </summary>
public sealed class WeekCounts
{
    /// <summary>Counts shown per GI, and per measure.</summary>
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

    /// <summary>Every count shown for a region as a whole (overview, key figures, chain).</summary>
    public static readonly IReadOnlyList<string> RegionIndicators =
    [
        .. GiIndicators, IndicatorCatalogue.RaadWachtlijst, IndicatorCatalogue.VtWachtlijst, IndicatorCatalogue.RaadVerzoeken,
        IndicatorCatalogue.RaadGestart, IndicatorCatalogue.RaadSpoedzaken, IndicatorCatalogue.VtBeoordelingTotaal, IndicatorCatalogue.VtOnderzoekTotaal,
    ];

    private static readonly IReadOnlyList<string> SplitIndicators = GiIndicators.Where(GemeenteIndicators.Contains).ToList();

    private readonly DisclosedTable<CountCell> _disclosed;
    private readonly IReadOnlyList<GemeenteFigure> _figures;
    private readonly Dictionary<string, RegionInWeek> _regions;
    private readonly Dictionary<string, IReadOnlyList<SourceRef>> _giSources;

    private WeekCounts(DisclosedTable<CountCell> disclosed, IReadOnlyList<GemeenteFigure> figures, Dictionary<string, RegionInWeek> regions,
        Dictionary<string, IReadOnlyList<SourceRef>> giSources)
    {
        _disclosed = disclosed;
        _figures = figures;
        _regions = regions;
        _giSources = giSources;
    }

    public DisclosedCount Region(string region, string indicator, string measure = Measure.None) => Get(new(region, "", indicator, measure));

    public DisclosedCount Gemeente(string gemeente, string indicator) => Get(new(gemeente, "", indicator, Measure.None));

    public DisclosedCount Gi(string region, string source, string indicator) => Get(new(region, source, indicator, Measure.None));

    /// <summary>Every hidden cell, so a table published beside this one can hide it too.</summary>
    public IEnumerable<CountCell> HiddenCells => _disclosed.Where(cell => cell.Value.State == DisclosureState.Suppressed).Select(cell => cell.Key);

    /// <summary>The GIs expected in the region or delivering for its gemeenten, by code.</summary>
    public IReadOnlyList<SourceRef> GiSourcesOf(string region) => _giSources.GetValueOrDefault(region) ?? [];

    /// <summary>Whether the source's delivery counts for the region this week.</summary>
    public bool Delivered(string region, string source) =>
        _regions.TryGetValue(region, out var found) && found.Week.Freshness.Sources.Any(s => s.Source.Code == source);

    /// <summary>
    /// A GI's raw sum over a region's gemeenten, for what is not a count to disclose but needs the number of cases
    /// behind it (the GI's eerste-contact percentage; shown only above the threshold). Null when it did not deliver.
    /// </summary>
    public decimal? RawGi(string region, string source, string indicator) =>
        Delivered(region, source) ? FiguresOf(region, source, indicator).Where(f => f.Class.Length == 0).Sum(f => f.Value) : null;

    /// <summary>A GI's waiting-time histogram summed over a region's gemeenten; null when it did not deliver.</summary>
    public WaitingTimeHistogram? GiHistogram(string region, string source, string histogramIndicator) =>
        Delivered(region, source)
            ? WaitingTimeHistogram.Of(FiguresOf(region, source, histogramIndicator).Where(f => f.Class.Length > 0)
                .Select(f => new KeyValuePair<string, long>(f.Class, (long)f.Value)))
            : null;

    /// <summary>
    /// The counts of <paramref name="regions"/> (from <see cref="RegionInWeek.From"/> of the same input) through
    /// disclosure control. Cells in <paramref name="hidden"/> are hidden whatever their count: another table that is
    /// published beside this one hides them, and a cell shown here but hidden there would give its secret away.
    /// </summary>
    public static WeekCounts Disclose(WeekInput input, IReadOnlyList<RegionInWeek> regions, DisclosurePolicy policy,
        IReadOnlySet<CountCell>? hidden = null)
    {
        var builder = new TableBuilder(input, regions, hidden ?? new HashSet<CountCell>());
        builder.AddCells();
        builder.AddGroups();
        // No roles yet (sign-in comes later): nobody is exempt.
        return new WeekCounts(DisclosureControl.Apply(builder.Table, policy, exempt: false), input.Figures,
            regions.ToDictionary(r => r.Region.Code, StringComparer.Ordinal), builder.GiSources);
    }

    private IEnumerable<GemeenteFigure> FiguresOf(string region, string source, string indicator)
    {
        var gemeenten = _regions.TryGetValue(region, out var found) ? found.Gemeenten.ToHashSet(StringComparer.Ordinal) : [];
        return _figures.Where(f => f.SourceCode == source && f.Indicator == indicator && gemeenten.Contains(f.GemeenteCode));
    }

    private DisclosedCount Get(CountCell cell) => _disclosed.TryGetValue(cell, out var count) ? count : DisclosedCount.NoData;

    /// <summary>Builds the table: cells from the rollup (regions) and the raw figures (gemeenten, GI × gemeente), then the groups.</summary>
    private sealed class TableBuilder
    {
        private readonly IReadOnlyList<RegionInWeek> _regions;
        private readonly List<string> _gemeenten;
        private readonly Dictionary<(string Gemeente, string Source, string Indicator), decimal> _bySource;
        private readonly Dictionary<(string Gemeente, string Indicator), decimal> _byGemeente;
        private readonly Dictionary<string, SourceKind> _kinds;
        private readonly HashSet<string> _delivered;
        private readonly Dictionary<string, HashSet<string>> _sourcesOfGemeente;
        private readonly List<SourceRef> _allGis;
        private readonly IReadOnlySet<CountCell> _hidden;

        public TableBuilder(WeekInput input, IReadOnlyList<RegionInWeek> regions, IReadOnlySet<CountCell> hidden)
        {
            _hidden = hidden;
            _regions = regions;
            _gemeenten = regions.SelectMany(r => r.Gemeenten).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            _bySource = input.Figures
                .Where(f => f.Class.Length == 0)
                .GroupBy(f => (f.GemeenteCode, f.SourceCode, f.Indicator))
                .ToDictionary(g => g.Key, g => g.Sum(f => f.Value));
            _byGemeente = _bySource.GroupBy(p => (p.Key.Gemeente, p.Key.Indicator)).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
            var sources = input.Expected.Select(e => e.Source).Concat(input.Deliveries.Select(d => d.Source)).DistinctBy(s => s.Code).ToList();
            _kinds = sources.ToDictionary(s => s.Code, s => s.Kind, StringComparer.Ordinal);
            _delivered = input.Deliveries.Select(d => d.Source.Code).ToHashSet(StringComparer.Ordinal);
            _sourcesOfGemeente = input.Expected.Select(e => (e.GemeenteCode, e.Source.Code))
                .Concat(input.Figures.Select(f => (f.GemeenteCode, f.SourceCode)))
                .GroupBy(pair => pair.Item1, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(pair => pair.Item2).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            _allGis = sources.Where(s => s.Kind == SourceKind.GI).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
            GiSources = regions.ToDictionary(
                r => r.Region.Code,
                r => (IReadOnlyList<SourceRef>)r.Week.Freshness.Sources.Select(s => s.Source)
                    .Concat(r.Week.Completeness.Missing.Select(m => m.Source))
                    .Where(s => s.Kind == SourceKind.GI)
                    .DistinctBy(s => s.Code)
                    .OrderBy(s => s.Code, StringComparer.Ordinal)
                    .ToList(),
                StringComparer.Ordinal);
        }

        public DisclosureTable<CountCell> Table { get; } = new();

        /// <summary>Adds a cell; one that another table hides is hidden here too, with its true count kept for the relations.</summary>
        private void Add(CountCell cell, int? count)
        {
            Table.Add(cell, count);
            if (_hidden.Contains(cell))
            {
                Table.HideAsElsewhere(cell);
            }
        }

        public Dictionary<string, IReadOnlyList<SourceRef>> GiSources { get; }

        public void AddCells()
        {
            foreach (var region in _regions)
            {
                var code = region.Region.Code;
                foreach (var indicator in RegionIndicators)
                {
                    Add(new(code, "", indicator, Measure.None), DashboardCounts.Whole(region.Week.Indicator(indicator).Count));
                }

                foreach (var measure in region.Week.Measures)
                {
                    foreach (var indicator in GiIndicators)
                    {
                        Add(new(code, "", indicator, measure.Measure), DashboardCounts.Whole(measure.Indicators.First(i => i.Code == indicator).Count));
                    }
                }

                foreach (var source in GiSources[code])
                {
                    var served = ServedBy(region, source.Code);
                    foreach (var indicator in GiIndicators)
                    {
                        Add(new(code, source.Code, indicator, Measure.None),
                            _delivered.Contains(source.Code) ? DashboardCounts.Whole(served.Sum(g => Value(g, source.Code, indicator))) : null);
                    }
                }
            }

            foreach (var gemeente in _gemeenten)
            {
                foreach (var indicator in GemeenteIndicators)
                {
                    Add(new(gemeente, "", indicator, Measure.None), HasData(gemeente, indicator) ? DashboardCounts.Whole(Value(gemeente, null, indicator)) : null);
                }

                foreach (var source in GisOf(gemeente))
                {
                    foreach (var indicator in SplitIndicators)
                    {
                        Add(new(gemeente, source, indicator, Measure.None),
                            _delivered.Contains(source) ? DashboardCounts.Whole(Value(gemeente, source, indicator)) : null);
                    }
                }
            }
        }

        /// <summary>
        /// Finest groups first: disclosure control looks for a complement in the order groups were declared, and a
        /// complement among the GIs of one gemeente (cells nobody sees) hides less than one among a region's rows.
        /// </summary>
        public void AddGroups()
        {
            var ordered = _regions.OrderByDescending(r => RegionOrder.Of(r.Region.Kind)).ThenBy(r => r.Region.Code, StringComparer.Ordinal).ToList();

            // Zonder vaste jeugdbeschermer = instroomlijst + doorstroomlijst, wherever all three are in the table.
            var families = _gemeenten.SelectMany(g => GisOf(g).Select(s => new CountCell(g, s, "", Measure.None))).ToList();
            families.AddRange(_gemeenten.Select(g => new CountCell(g, "", "", Measure.None)));
            foreach (var region in ordered)
            {
                var code = region.Region.Code;
                families.AddRange(GiSources[code].Select(s => new CountCell(code, s.Code, "", Measure.None)));
                families.AddRange(region.Week.Measures.Select(m => new CountCell(code, "", "", m.Measure)));
                families.Add(new(code, "", "", Measure.None));
            }

            foreach (var cell in families)
            {
                Table.AddGroup(cell with { Indicator = RollupIndicator.ZonderVasteJeugdbeschermer },
                    [cell with { Indicator = IndicatorCatalogue.Instroomlijst }, cell with { Indicator = IndicatorCatalogue.Doorstroomlijst }]);
            }

            foreach (var indicator in SplitIndicators)
            {
                foreach (var gemeente in _gemeenten.Where(g => GisOf(g).Any()))
                {
                    Table.AddGroup(new(gemeente, "", indicator, Measure.None), GisOf(gemeente).Select(s => new CountCell(gemeente, s, indicator, Measure.None)));
                }
            }

            foreach (var region in ordered)
            {
                AddRegionGroups(region);
            }

            // Jeugdregio's add up to toezichtregio's and to Nederland: implied by the gemeenten too, but declaring it
            // lets the group rule choose complements among regions before the audit has to.
            // Measures and GIs add up across levels as well; nothing else in the table implies that for them.
            var byCode = _regions.ToDictionary(r => r.Region.Code, StringComparer.Ordinal);
            foreach (var group in RegionHierarchy.AdditiveGroups(_regions))
            {
                foreach (var indicator in RegionIndicators)
                {
                    Table.AddGroup(new(group.Total, "", indicator, Measure.None), group.Parts.Select(part => new CountCell(part, "", indicator, Measure.None)));
                }

                foreach (var indicator in GiIndicators)
                {
                    foreach (var measure in byCode[group.Total].Week.Measures.Select(m => m.Measure))
                    {
                        Table.AddGroup(new(group.Total, "", indicator, measure), group.Parts.Select(part => new CountCell(part, "", indicator, measure)));
                    }

                    foreach (var source in GiSources[group.Total])
                    {
                        var parts = group.Parts.Where(part => GiSources[part].Any(s => s.Code == source.Code)).ToList();
                        if (parts.Count > 0)
                        {
                            Table.AddGroup(new(group.Total, source.Code, indicator, Measure.None), parts.Select(part => new CountCell(part, source.Code, indicator, Measure.None)));
                        }
                    }
                }
            }
        }

        /// <summary>A region = its gemeenten = its measures = its GIs; a GI in the region = that GI in the region's gemeenten.</summary>
        private void AddRegionGroups(RegionInWeek region)
        {
            var code = region.Region.Code;
            foreach (var source in GiSources[code])
            {
                var served = ServedBy(region, source.Code);
                foreach (var indicator in SplitIndicators.Where(_ => served.Count > 0))
                {
                    Table.AddGroup(new(code, source.Code, indicator, Measure.None), served.Select(g => new CountCell(g, source.Code, indicator, Measure.None)));
                }
            }

            foreach (var indicator in GemeenteIndicators.Where(_ => region.Gemeenten.Count > 0))
            {
                Table.AddGroup(new(code, "", indicator, Measure.None), region.Gemeenten.Order(StringComparer.Ordinal).Select(g => new CountCell(g, "", indicator, Measure.None)));
            }

            foreach (var indicator in GiIndicators)
            {
                if (region.Week.Measures.Count > 0)
                {
                    Table.AddGroup(new(code, "", indicator, Measure.None), region.Week.Measures.Select(m => new CountCell(code, "", indicator, m.Measure)));
                }

                if (GiSources[code].Count > 0)
                {
                    Table.AddGroup(new(code, "", indicator, Measure.None), GiSources[code].Select(s => new CountCell(code, s.Code, indicator, Measure.None)));
                }
            }
        }

        private IEnumerable<string> GisOf(string gemeente) =>
            _allGis.Select(s => s.Code).Where(code => _sourcesOfGemeente.GetValueOrDefault(gemeente)?.Contains(code) == true);

        private List<string> ServedBy(RegionInWeek region, string source) =>
            region.Gemeenten.Where(g => _sourcesOfGemeente.GetValueOrDefault(g)?.Contains(source) == true).Order(StringComparer.Ordinal).ToList();

        /// <summary>No data (null, "geen gegevens") when no source of the indicator's kind for this gemeente delivered.</summary>
        private bool HasData(string gemeente, string indicator)
        {
            var kind = IndicatorCatalogue.TryGet(indicator, out var known) ? known.Source : SourceKind.GI;
            return _sourcesOfGemeente.GetValueOrDefault(gemeente)?.Any(s => _kinds.GetValueOrDefault(s) == kind && _delivered.Contains(s)) == true;
        }

        private decimal Value(string gemeente, string? source, string indicator) =>
            indicator == RollupIndicator.ZonderVasteJeugdbeschermer
                ? Value(gemeente, source, IndicatorCatalogue.Instroomlijst) + Value(gemeente, source, IndicatorCatalogue.Doorstroomlijst)
                : source is null
                    ? _byGemeente.GetValueOrDefault((gemeente, indicator))
                    : _bySource.GetValueOrDefault((gemeente, source, indicator));
    }
}
