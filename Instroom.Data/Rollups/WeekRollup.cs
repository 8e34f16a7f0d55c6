using Instroom.Data.Indicators;

namespace Instroom.Data.Rollups;

/// <summary>
/// Pure aggregation of a week's gemeente-level figures into every region of <see cref="WeekInput.Regions"/>.
/// A gemeente counts in every region it belongs to; a source counts for a region when it is expected there or
/// delivered figures for one of its gemeenten.
/// </summary>
public static class WeekRollup
{
    public static IReadOnlyList<RegionRollup> Aggregate(WeekInput input)
    {
        var accumulators = input.Regions.Select(r => new Accumulator(r)).ToList();
        var regionsOfGemeente = accumulators
            .SelectMany(a => a.Composition.Gemeenten.Select(g => (Gemeente: g, Accumulator: a)))
            .ToLookup(pair => pair.Gemeente, pair => pair.Accumulator, StringComparer.Ordinal);

        foreach (var expectation in input.Expected)
        {
            foreach (var accumulator in regionsOfGemeente[expectation.GemeenteCode])
            {
                accumulator.Expect(expectation);
            }
        }

        foreach (var figure in input.Figures)
        {
            var classIndex = figure.Class.Length == 0 ? -1 : WaitingTimeClass.IndexOf(figure.Class);
            if (figure.Class.Length > 0 && classIndex < 0)
            {
                throw new InvalidDataException($"Figure of {figure.SourceCode} for {figure.GemeenteCode} has unknown class '{figure.Class}'.");
            }

            foreach (var accumulator in regionsOfGemeente[figure.GemeenteCode])
            {
                accumulator.Add(figure, classIndex);
            }
        }

        var deliveries = input.Deliveries.ToDictionary(d => d.Source.Code, StringComparer.Ordinal);
        return accumulators.Select(a => a.Build(input, deliveries)).ToList();
    }

    private sealed class Accumulator(RegionComposition composition)
    {
        private readonly Dictionary<string, (SourceRef Source, HashSet<string> Gemeenten)> _expected = new(StringComparer.Ordinal);
        private readonly HashSet<string> _sourcesWithFigures = new(StringComparer.Ordinal);
        private readonly Dictionary<FigureKey, decimal> _totals = [];
        private readonly Dictionary<FigureKey, long[]> _histograms = [];

        public RegionComposition Composition { get; } = composition;

        public void Expect(SourceExpectation expectation)
        {
            if (!_expected.TryGetValue(expectation.Source.Code, out var entry))
            {
                entry = (expectation.Source, new HashSet<string>(StringComparer.Ordinal));
                _expected.Add(expectation.Source.Code, entry);
            }

            entry.Gemeenten.Add(expectation.GemeenteCode);
        }

        public void Add(GemeenteFigure figure, int classIndex)
        {
            _sourcesWithFigures.Add(figure.SourceCode);
            AddTo(new FigureKey(figure.Indicator, figure.Measure), figure.Value, classIndex);
            if (figure.Measure.Length > 0)
            {
                AddTo(new FigureKey(figure.Indicator, Measure.None), figure.Value, classIndex);
            }
        }

        private void AddTo(FigureKey key, decimal value, int classIndex)
        {
            if (classIndex < 0)
            {
                _totals[key] = _totals.GetValueOrDefault(key) + value;
                return;
            }

            if (!_histograms.TryGetValue(key, out var counts))
            {
                counts = new long[WaitingTimeClass.All.Count];
                _histograms.Add(key, counts);
            }

            // Histogram counts are whole numbers by contract (validated at import); the column is a decimal.
            counts[classIndex] += decimal.ToInt64(decimal.Round(value, MidpointRounding.AwayFromZero));
        }

        public RegionRollup Build(WeekInput input, IReadOnlyDictionary<string, UsedDelivery> deliveries)
        {
            var sources = deliveries.Values
                .Where(d => _expected.ContainsKey(d.Source.Code) || _sourcesWithFigures.Contains(d.Source.Code))
                .OrderBy(d => d.Source.Code, StringComparer.Ordinal)
                .Select(d => new SourceFreshness(d.Source, d.ReferenceDate, d.Corrected))
                .ToList();
            var missing = _expected.Values
                .Where(e => !deliveries.ContainsKey(e.Source.Code))
                .OrderBy(e => e.Source.Code, StringComparer.Ordinal)
                .Select(e => new MissingSource(e.Source, e.Gemeenten.Count))
                .ToList();
            return new RegionRollup(
                Composition.Region,
                input.Week,
                Composition.Gemeenten,
                new Freshness(sources),
                new Completeness(missing),
                new Dictionary<FigureKey, decimal>(_totals),
                _histograms.ToDictionary(pair => pair.Key, pair => WaitingTimeHistogram.Of(pair.Value)));
        }
    }
}
