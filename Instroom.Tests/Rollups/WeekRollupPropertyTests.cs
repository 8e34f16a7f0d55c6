using CsCheck;
using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;

namespace Instroom.Tests.Rollups;

public sealed class WeekRollupPropertyTests
{
    private const int Gemeenten = 10;
    private const int Jeugdregios = 3;

    private static readonly SourceRef[] Sources =
    [
        new("GI-A", "GI Alfa", SourceKind.GI),
        new("GI-B", "GI Beta", SourceKind.GI),
        new("RAAD", "Raad", SourceKind.RAAD),
        new("VT-A", "Veilig Thuis Alfa", SourceKind.VT),
    ];

    private static readonly (string Indicator, bool Histogram)[] Indicators =
    [
        (IndicatorCatalogue.Instroomlijst, false),
        (IndicatorCatalogue.LopendeMaatregelen, false),
        (IndicatorCatalogue.InstroomlijstWachtduur, true),
        (IndicatorCatalogue.RaadWachtduur, true),
        (IndicatorCatalogue.VtBeoordelingTotaal, false),
    ];

    private static readonly string[] Measures = [Measure.None, Measure.Ots, Measure.Jr];

    private static readonly Gen<GemeenteFigure> FigureGen = Gen.Select(
        Gen.Int[0, Sources.Length - 1], Gen.Int[0, Gemeenten - 1], Gen.Int[0, Indicators.Length - 1], Gen.Int[0, Measures.Length - 1],
        Gen.Int[0, WaitingTimeClass.All.Count - 1], Gen.Int[0, 60],
        (source, gemeente, indicator, measure, klasse, value) => new GemeenteFigure(
            Sources[source].Code, Gemeente(gemeente), Indicators[indicator].Indicator, Measures[measure],
            Indicators[indicator].Histogram ? WaitingTimeClass.All[klasse].Code : "", value));

    /// <summary>A week with every gemeente in one of three jeugdregio's and all in NL; random coverage, deliveries and figures.</summary>
    private static readonly Gen<WeekInput> WeekGen = Gen.Select(
        Gen.Int[0, Jeugdregios - 1].Array[Gemeenten],
        Gen.Bool.Array[Sources.Length * Gemeenten],
        Gen.Bool.Array[Sources.Length],
        FigureGen.Array[0, 80],
        (jeugdregioOf, covers, delivers, figures) =>
        {
            var week = new IsoWeek(2026, 47);
            var regions = Enumerable.Range(0, Jeugdregios)
                .Select(r => new RegionComposition(new RegionRef($"JR{r:00}", $"Jeugdregio {r}", AreaKind.Jeugdregio),
                    Enumerable.Range(0, Gemeenten).Where(g => jeugdregioOf[g] == r).Select(Gemeente).ToList()))
                .Append(new RegionComposition(new RegionRef(AreaKind.NationalCode, "Nederland", AreaKind.Land),
                    Enumerable.Range(0, Gemeenten).Select(Gemeente).ToList()))
                .ToList();
            var expected = Enumerable.Range(0, Sources.Length * Gemeenten)
                .Where(i => covers[i])
                .Select(i => new SourceExpectation(Sources[i / Gemeenten], Gemeente(i % Gemeenten)))
                .ToList();
            var deliveries = Enumerable.Range(0, Sources.Length)
                .Where(s => delivers[s])
                .Select(s => new UsedDelivery(Sources[s], week.Monday.PlusDays(s), Corrected: s % 2 == 0))
                .ToList();
            var delivered = deliveries.Select(d => d.Source.Code).ToHashSet();
            var unique = figures
                .Where(f => delivered.Contains(f.SourceCode))
                .DistinctBy(f => (f.SourceCode, f.GemeenteCode, f.Indicator, f.Measure, f.Class))
                .ToList();
            return new WeekInput(week, regions, expected, deliveries, unique);
        });

    private static string Gemeente(int index) => $"GM{index + 1:0000}";

    [Fact]
    public void JeugdregioRollups_AddUpToTheNationalRollup()
    {
        WeekGen.Sample(input =>
        {
            var rollups = WeekRollup.Aggregate(input);
            var national = rollups.Single(r => r.Region.Kind == AreaKind.Land);
            var parts = rollups.Where(r => r.Region.Kind == AreaKind.Jeugdregio).ToList();

            var summedTotals = parts.SelectMany(p => p.Totals).GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.Sum(t => t.Value));
            var summedHistograms = parts.SelectMany(p => p.Histograms).GroupBy(h => h.Key)
                .ToDictionary(g => g.Key, g => g.Aggregate(WaitingTimeHistogram.Empty, (sum, h) => sum.Add(h.Value)));
            var summedMissing = parts.SelectMany(p => p.Completeness.Missing).GroupBy(m => m.Source.Code)
                .ToDictionary(g => g.Key, g => g.Sum(m => m.GemeenteCount));

            Assert.Equal(national.Totals.OrderBy(t => t.Key.ToString()), summedTotals.OrderBy(t => t.Key.ToString()));
            Assert.Equal(national.Histograms.OrderBy(h => h.Key.ToString()), summedHistograms.OrderBy(h => h.Key.ToString()));
            Assert.Equal(national.Completeness.Missing.ToDictionary(m => m.Source.Code, m => m.GemeenteCount), summedMissing);
            Assert.Equal(national.Freshness.Sources.Select(s => s.Source.Code).Order(),
                parts.SelectMany(p => p.Freshness.Sources).Select(s => s.Source.Code).Distinct().Order());
        });
    }

    [Fact]
    public void AllMeasuresTogether_AreTheSumOfTheMeasures_AndOfFiguresWithoutAMeasure()
    {
        WeekGen.Sample(input =>
        {
            foreach (var rollup in WeekRollup.Aggregate(input))
            {
                foreach (var indicator in rollup.Totals.Keys.Select(k => k.Indicator).Distinct())
                {
                    var all = rollup.Totals[new FigureKey(indicator, Measure.None)];
                    var rows = input.Figures.Where(f => f.Indicator == indicator && rollup.Gemeenten.Contains(f.GemeenteCode)).Sum(f => f.Value);
                    Assert.Equal(rows, all);
                }
            }
        });
    }
}
