using Instroom.Data.Areas;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using Instroom.Tests.Rollups.Support;
using NodaTime;

namespace Instroom.Tests.Rollups;

public sealed class WeekRollupTests
{
    private static readonly LocalDate Friday = new(2026, 11, 20);
    private static readonly LocalDate Sunday = new(2026, 11, 22);

    private static WeekInputBuilder TwoGemeenten() => new WeekInputBuilder()
        .Region("JR01", AreaKind.Jeugdregio, "GM0001", "GM0002")
        .Region("JR02", AreaKind.Jeugdregio, "GM0003")
        .Region(AreaKind.NationalCode, AreaKind.Land, "GM0001", "GM0002", "GM0003")
        .Expect("GI-A", SourceKind.GI, "GM0001", "GM0002")
        .Expect("GI-B", SourceKind.GI, "GM0003");

    [Fact]
    public void Rollup_SumsStocksPerIndicatorAndMeasure_OverTheRegionsGemeenten()
    {
        var rollup = TwoGemeenten()
            .Deliver("GI-A", SourceKind.GI, Sunday)
            .Deliver("GI-B", SourceKind.GI, Sunday)
            .Figure("GI-A", "GM0001", IndicatorCatalogue.Instroomlijst, 3, Measure.Ots)
            .Figure("GI-A", "GM0001", IndicatorCatalogue.Instroomlijst, 2, Measure.Jr)
            .Figure("GI-A", "GM0002", IndicatorCatalogue.Instroomlijst, 4, Measure.Ots)
            .Figure("GI-B", "GM0003", IndicatorCatalogue.Instroomlijst, 50, Measure.Ots)
            .Rollup("JR01");

        Assert.Equal(9, rollup.Total(IndicatorCatalogue.Instroomlijst));
        Assert.Equal(7, rollup.Total(IndicatorCatalogue.Instroomlijst, Measure.Ots));
        Assert.Equal(2, rollup.Total(IndicatorCatalogue.Instroomlijst, Measure.Jr));
        Assert.Equal(0, rollup.Total(IndicatorCatalogue.Instroomlijst, Measure.Voogdij));
        Assert.Equal(["GM0001", "GM0002"], rollup.Gemeenten);
    }

    [Fact]
    public void Rollup_SumsHistogramsClassByClass_PerMeasureAndOverAllMeasures()
    {
        var rollup = TwoGemeenten()
            .Deliver("GI-A", SourceKind.GI, Sunday)
            .Deliver("GI-B", SourceKind.GI, Sunday)
            .Histogram("GI-A", "GM0001", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, 1, 2, 0, 0, 0, 0, 0)
            .Histogram("GI-A", "GM0001", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Jr, 0, 0, 0, 0, 0, 0, 2)
            .Histogram("GI-A", "GM0002", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, 3, 0, 0, 1, 0, 0, 0)
            .Rollup("JR01");

        Assert.Equal([4L, 2, 0, 1, 0, 0, 0], rollup.Histogram(IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots)!.Counts);
        Assert.Equal([4L, 2, 0, 1, 0, 0, 2], rollup.Histogram(IndicatorCatalogue.InstroomlijstWachtduur)!.Counts);
        Assert.Equal(WaitingTimeHistogram.Empty, rollup.Histogram(IndicatorCatalogue.DoorstroomlijstWachtduur));
    }

    [Fact]
    public void Rollup_WithAnExpectedSourceMissing_IsIncomplete_AndSaysWhichSourceForHowManyGemeenten()
    {
        var rollup = TwoGemeenten()
            .Expect("GI-C", SourceKind.GI, "GM0001", "GM0002")
            .Deliver("GI-A", SourceKind.GI, Sunday)
            .Figure("GI-A", "GM0001", IndicatorCatalogue.Instroomlijst, 3, Measure.Ots)
            .Rollup(AreaKind.NationalCode);

        Assert.False(rollup.Completeness.IsComplete);
        Assert.Equal([("GI-B", 1), ("GI-C", 2)], rollup.Completeness.Missing.Select(m => (m.Source.Code, m.GemeenteCount)));
        Assert.Equal("Onvolledig: geen aanlevering van GI-B Bron GI-B (1 gemeente), GI-C Bron GI-C (2 gemeenten)", rollup.Completeness.Label);
    }

    [Fact]
    public void Rollup_WithEveryExpectedSourceDelivered_IsComplete()
    {
        var rollup = TwoGemeenten()
            .Deliver("GI-A", SourceKind.GI, Sunday)
            .Deliver("GI-B", SourceKind.GI, Sunday)
            .Rollup(AreaKind.NationalCode);

        Assert.True(rollup.Completeness.IsComplete);
        Assert.Equal("", rollup.Completeness.Label);
    }

    [Fact]
    public void Rollup_WithoutAnyDeliveryOfAKind_HasNoValue_RatherThanZero()
    {
        var rollup = TwoGemeenten()
            .Deliver("GI-A", SourceKind.GI, Sunday)
            .Rollup("JR01");

        Assert.Equal(0, rollup.Total(IndicatorCatalogue.Instroomlijst));
        Assert.Null(rollup.Total(IndicatorCatalogue.RaadWachtlijst));
        Assert.Null(rollup.Histogram(IndicatorCatalogue.VtWachtduur));
    }

    [Fact]
    public void Rollup_CarriesThePeildatumOfEachSource_AndOnlyOfSourcesThatCountForTheRegion()
    {
        var rollup = TwoGemeenten()
            .Deliver("GI-A", SourceKind.GI, Friday)
            .Deliver("GI-B", SourceKind.GI, Sunday)
            .Rollup("JR01");

        var source = Assert.Single(rollup.Freshness.Sources);
        Assert.Equal(("GI-A", Friday), (source.Source.Code, source.ReferenceDate));
        Assert.Equal("stand per 20-11-2026", rollup.Freshness.Label);
    }

    [Fact]
    public void Freshness_OfSourcesWithDifferentPeildata_ShowsTheRange()
    {
        var rollup = TwoGemeenten()
            .Deliver("GI-A", SourceKind.GI, Friday)
            .Deliver("GI-B", SourceKind.GI, Sunday)
            .Rollup(AreaKind.NationalCode);

        Assert.Equal("stand per 20-11-2026 t/m 22-11-2026", rollup.Freshness.Label);
    }

    [Fact]
    public void Rollup_CountsASourceThatDeliveredForARegionWithoutBeingExpectedThere()
    {
        var rollup = TwoGemeenten()
            .Deliver("GI-A", SourceKind.GI, Sunday)
            .Figure("GI-A", "GM0003", IndicatorCatalogue.Instroomlijst, 6, Measure.Ots)
            .Rollup("JR02");

        Assert.Equal(6, rollup.Total(IndicatorCatalogue.Instroomlijst));
        Assert.Contains(rollup.Freshness.Sources, s => s.Source.Code == "GI-A");
        Assert.Contains(rollup.Completeness.Missing, m => m.Source.Code == "GI-B");
    }

    [Fact]
    public void Rollup_IsCorrected_WhenADeliveryItUsesReplacedAnEarlierOne()
    {
        var input = TwoGemeenten()
            .Deliver("GI-A", SourceKind.GI, Sunday, corrected: true)
            .Deliver("GI-B", SourceKind.GI, Sunday);

        Assert.True(input.Rollup("JR01").Freshness.Corrected);
        Assert.False(input.Rollup("JR02").Freshness.Corrected);
        Assert.True(input.Rollup(AreaKind.NationalCode).Freshness.Corrected);
    }

    [Fact]
    public void Rollup_RefusesAHistogramClassTheContractDoesNotHave()
    {
        var input = TwoGemeenten().Deliver("GI-A", SourceKind.GI, Sunday).Build();
        var broken = input with
        {
            Figures = [new GemeenteFigure("GI-A", "GM0001", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, "7-9", 1)],
        };

        Assert.Throws<InvalidDataException>(() => WeekRollup.Aggregate(broken));
    }

    [Fact]
    public void Rollup_OfARegionWithoutGemeenten_IsEmptyAndComplete()
    {
        var rollup = new WeekInputBuilder()
            .Region("JR99", AreaKind.Jeugdregio)
            .Deliver("GI-A", SourceKind.GI, Sunday)
            .Rollup("JR99");

        Assert.Empty(rollup.Gemeenten);
        Assert.Null(rollup.Total(IndicatorCatalogue.Instroomlijst));
        Assert.True(rollup.Completeness.IsComplete);
    }
}
