using Instroom.Data.Areas;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using Instroom.Tests.Rollups.Support;
using NodaTime;

namespace Instroom.Tests.Rollups;

public sealed class RegionWeekBuilderTests
{
    private static readonly LocalDate Saturday = new(2026, 11, 21);
    private static readonly LocalDate Sunday = new(2026, 11, 22);

    private static WeekInputBuilder Region() => new WeekInputBuilder()
        .Region("JR01", AreaKind.Jeugdregio, "GM0001", "GM0002")
        .Expect("GI-A", SourceKind.GI, "GM0001", "GM0002")
        .Expect("RAAD", SourceKind.RAAD, "GM0001", "GM0002")
        .Expect("VT-A", SourceKind.VT, "GM0001", "GM0002");

    [Fact]
    public void ChildrenWithoutAVasteJeugdbeschermer_AreInstroomlijstPlusDoorstroomlijst_AsAShareOfLopendeMaatregelen()
    {
        var week = Region()
            .Deliver("GI-A", SourceKind.GI, Sunday)
            .Figure("GI-A", "GM0001", IndicatorCatalogue.LopendeMaatregelen, 600, Measure.Ots)
            .Figure("GI-A", "GM0002", IndicatorCatalogue.LopendeMaatregelen, 400, Measure.Jr)
            .Figure("GI-A", "GM0001", IndicatorCatalogue.Instroomlijst, 80, Measure.Ots)
            .Figure("GI-A", "GM0002", IndicatorCatalogue.Instroomlijst, 20, Measure.Jr)
            .Figure("GI-A", "GM0001", IndicatorCatalogue.Doorstroomlijst, 24, Measure.Ots)
            .RegionWeek("JR01");

        var without = week.Indicator(RollupIndicator.ZonderVasteJeugdbeschermer);

        Assert.Equal(124, without.Count);
        Assert.Equal(1000, without.Base);
        Assert.Equal(12.4m, without.Share);
        var ots = week.Measures.Single(m => m.Measure == Measure.Ots).Indicators.Single(i => i.Code == RollupIndicator.ZonderVasteJeugdbeschermer);
        Assert.Equal(104m / 600 * 100, ots.Share);
    }

    [Fact]
    public void ChildrenWithoutAVasteJeugdbeschermer_WaitAsLongAsBothListsTogether()
    {
        var week = Region()
            .Deliver("GI-A", SourceKind.GI, Sunday)
            .Figure("GI-A", "GM0001", IndicatorCatalogue.Instroomlijst, 4, Measure.Ots)
            .Histogram("GI-A", "GM0001", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, 4, 0, 0, 0, 0, 0, 0)
            .Figure("GI-A", "GM0002", IndicatorCatalogue.Doorstroomlijst, 4, Measure.Ots)
            .Histogram("GI-A", "GM0002", IndicatorCatalogue.DoorstroomlijstWachtduur, Measure.Ots, 0, 0, 0, 0, 4, 0, 0)
            .RegionWeek("JR01");

        var without = week.Indicator(RollupIndicator.ZonderVasteJeugdbeschermer);

        // Eight children, rank 4 is the last of the 0-5 class: day 6.
        Assert.Equal(6, without.Median!.Value.Days, 10);
        Assert.Equal(3, week.Indicator(IndicatorCatalogue.Instroomlijst).Median!.Value.Days, 10);
        Assert.Equal(67.5, week.Indicator(IndicatorCatalogue.Doorstroomlijst).Median!.Value.Days, 10);
    }

    [Theory]
    [InlineData(IndicatorCatalogue.EersteContactTijdig, IndicatorCatalogue.EersteContactTotaal)]
    [InlineData(IndicatorCatalogue.PlanVanAanpakTijdig, IndicatorCatalogue.PlanVanAanpakTotaal)]
    public void TijdigPercentage_IsTijdigOfTotaal_SummedOverGemeentenAndMeasures(string tijdig, string totaal)
    {
        var week = Region()
            .Deliver("GI-A", SourceKind.GI, Sunday)
            .Figure("GI-A", "GM0001", tijdig, 3, Measure.Ots)
            .Figure("GI-A", "GM0001", totaal, 10, Measure.Ots)
            .Figure("GI-A", "GM0002", tijdig, 6, Measure.Jr)
            .Figure("GI-A", "GM0002", totaal, 6, Measure.Jr)
            .RegionWeek("JR01");

        var value = week.Indicator(tijdig);

        Assert.Equal(9, value.Count);
        Assert.Equal(16, value.Base);
        Assert.Equal(56.25m, value.Share);
    }

    [Fact]
    public void VeiligThuisPercentages_AreTijdigOfTotaal()
    {
        var week = Region()
            .Deliver("VT-A", SourceKind.VT, Sunday)
            .Figure("VT-A", "GM0001", IndicatorCatalogue.VtBeoordelingTijdig, 1)
            .Figure("VT-A", "GM0001", IndicatorCatalogue.VtBeoordelingTotaal, 4)
            .Figure("VT-A", "GM0002", IndicatorCatalogue.VtOnderzoekTijdig, 0)
            .Figure("VT-A", "GM0002", IndicatorCatalogue.VtOnderzoekTotaal, 5)
            .RegionWeek("JR01");

        Assert.Equal(25m, week.Indicator(IndicatorCatalogue.VtBeoordelingTijdig).Share);
        Assert.Equal(0m, week.Indicator(IndicatorCatalogue.VtOnderzoekTijdig).Share);
    }

    [Fact]
    public void Share_WithABaseOfZero_HasNoValue()
    {
        var week = Region().Deliver("GI-A", SourceKind.GI, Sunday).RegionWeek("JR01");

        var value = week.Indicator(IndicatorCatalogue.EersteContactTijdig);

        Assert.Equal(0, value.Count);
        Assert.Null(value.Share);
    }

    [Fact]
    public void Chain_GoesFromVeiligThuisThroughRaadAndGiToPassendeHulp_WithCountsWaitingTimesAndFlows()
    {
        var week = Region()
            .Deliver("VT-A", SourceKind.VT, Saturday)
            .Deliver("RAAD", SourceKind.RAAD, Sunday)
            .Deliver("GI-A", SourceKind.GI, Sunday)
            .Figure("VT-A", "GM0001", IndicatorCatalogue.VtWachtlijst, 10)
            .Histogram("VT-A", "GM0001", IndicatorCatalogue.VtWachtduur, Measure.None, 0, 10, 0, 0, 0, 0, 0)
            .Figure("VT-A", "GM0001", IndicatorCatalogue.VtBeoordelingTotaal, 40)
            .Figure("VT-A", "GM0001", IndicatorCatalogue.VtOnderzoekTotaal, 12)
            .Figure("RAAD", "GM0001", IndicatorCatalogue.RaadWachtlijst, 5)
            .Histogram("RAAD", "GM0001", IndicatorCatalogue.RaadWachtduur, Measure.None, 0, 0, 5, 0, 0, 0, 0)
            .Figure("RAAD", "GM0002", IndicatorCatalogue.RaadVerzoeken, 7)
            .Figure("RAAD", "GM0002", IndicatorCatalogue.RaadGestart, 6)
            .Figure("RAAD", "GM0002", IndicatorCatalogue.RaadSpoedzaken, 2)
            .Figure("GI-A", "GM0001", IndicatorCatalogue.Instroomlijst, 3, Measure.Ots)
            .Figure("GI-A", "GM0002", IndicatorCatalogue.Doorstroomlijst, 1, Measure.Vots)
            .Figure("GI-A", "GM0001", IndicatorCatalogue.NieuweMaatregelen, 9, Measure.Ots)
            .Figure("GI-A", "GM0002", IndicatorCatalogue.BeeindigdeMaatregelen, 8, Measure.Ots)
            .Figure("GI-A", "GM0002", IndicatorCatalogue.WachtOpHulp, 11, Measure.Voogdij)
            .RegionWeek("JR01");

        Assert.Equal(["veilig-thuis", "raad", "gi", "passende-hulp"], week.Chain.Select(s => s.Code));
        var (vt, raad, gi, hulp) = (week.Chain[0], week.Chain[1], week.Chain[2], week.Chain[3]);

        Assert.Equal(10, vt.Waiting.Count);
        Assert.Equal(8.5, vt.Waiting.Median!.Value.Days, 10);
        Assert.Equal([(ChainFlowDirection.In, 40m), (ChainFlowDirection.Out, 12m)], vt.Flows.Select(f => (f.Direction, f.Value.Count!.Value)));
        Assert.Equal("stand per 21-11-2026", vt.Waiting.Freshness.Label);

        Assert.Equal(5, raad.Waiting.Count);
        Assert.Equal(16, raad.Waiting.Median!.Value.Days, 10);
        Assert.Equal([(ChainFlowDirection.In, 7m), (ChainFlowDirection.Out, 6m), (ChainFlowDirection.Bypass, 2m)],
            raad.Flows.Select(f => (f.Direction, f.Value.Count!.Value)));

        Assert.Equal(4, gi.Waiting.Count);
        Assert.Equal([IndicatorCatalogue.Instroomlijst, IndicatorCatalogue.Doorstroomlijst], gi.Parts.Select(p => p.Code));
        Assert.Equal([3m, 1m], gi.Parts.Select(p => p.Count!.Value));
        Assert.Equal([(ChainFlowDirection.In, 9m), (ChainFlowDirection.Out, 8m)], gi.Flows.Select(f => (f.Direction, f.Value.Count!.Value)));

        Assert.Equal(11, hulp.Waiting.Count);
        Assert.Empty(hulp.Flows);
    }

    [Fact]
    public void IndicatorValue_IsIncompleteOnlyForTheKindOfSourceThatIsMissing()
    {
        var week = Region()
            .Deliver("GI-A", SourceKind.GI, Sunday)
            .Deliver("RAAD", SourceKind.RAAD, Sunday)
            .RegionWeek("JR01");

        Assert.False(week.Completeness.IsComplete);
        Assert.True(week.Indicator(IndicatorCatalogue.Instroomlijst).Completeness.IsComplete);
        Assert.True(week.Indicator(IndicatorCatalogue.RaadWachtlijst).Completeness.IsComplete);
        var vt = week.Indicator(IndicatorCatalogue.VtWachtlijst);
        Assert.Equal(["VT-A"], vt.Completeness.Missing.Select(m => m.Source.Code));
        Assert.False(vt.HasData);
    }

    [Fact]
    public void OrganisationWideStaffingFigures_AreNotRolledUp()
    {
        var week = Region().Deliver("GI-A", SourceKind.GI, Sunday).RegionWeek("JR01");

        Assert.DoesNotContain(week.Indicators, i => i.Code == IndicatorCatalogue.VerzuimPercentage);
        Assert.DoesNotContain(week.Indicators, i => i.Code == IndicatorCatalogue.InstroomlijstWachtduur);
    }
}
