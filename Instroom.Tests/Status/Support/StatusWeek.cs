using Instroom.Data.Areas;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using Instroom.Tests.Rollups.Support;

namespace Instroom.Tests.Status.Support;

/// <summary>
/// The figures of one gemeente, jeugdregio JR01, in one week, for tests of the status rules. The defaults are green
/// on every default rule; a test changes what it judges with <c>with { … }</c>.
/// </summary>
internal sealed record StatusWeek
{
    public decimal Lopende { get; init; } = 1000;

    public decimal Instroom { get; init; } = 10;

    public long[] InstroomWachtduur { get; init; } = [10, 0, 0, 0, 0, 0, 0];

    public decimal Doorstroom { get; init; } = 10;

    public long[] DoorstroomWachtduur { get; init; } = [10, 0, 0, 0, 0, 0, 0];

    public decimal EersteContactTijdig { get; init; } = 9;

    public decimal EersteContactTotaal { get; init; } = 10;

    public decimal PlanTijdig { get; init; } = 9;

    public decimal PlanTotaal { get; init; } = 10;

    public decimal WachtOpHulp { get; init; } = 20;

    public long[] WachtOpHulpWachtduur { get; init; } = [0, 20, 0, 0, 0, 0, 0];

    public decimal RaadWachtlijst { get; init; } = 2;

    public long[] RaadWachtduur { get; init; } = [2, 0, 0, 0, 0, 0, 0];

    public decimal VtBeoordelingTijdig { get; init; } = 9;

    public decimal VtBeoordelingTotaal { get; init; } = 10;

    public decimal VtOnderzoekTijdig { get; init; } = 9;

    public decimal VtOnderzoekTotaal { get; init; } = 10;

    /// <summary>Sources of the region that delivered this week.</summary>
    public SourceKind[] Delivered { get; init; } = [SourceKind.GI, SourceKind.RAAD, SourceKind.VT];

    public bool GiCorrected { get; init; }

    public RegionWeek Build()
    {
        const string g = "GM0001";
        var input = new WeekInputBuilder()
            .Region("JR01", AreaKind.Jeugdregio, g)
            .Expect("GI-A", SourceKind.GI, g)
            .Expect("RAAD", SourceKind.RAAD, g)
            .Expect("VT-A", SourceKind.VT, g);
        if (Delivered.Contains(SourceKind.GI))
        {
            input.Deliver("GI-A", SourceKind.GI, corrected: GiCorrected)
                .Figure("GI-A", g, IndicatorCatalogue.LopendeMaatregelen, Lopende, Measure.Ots)
                .Figure("GI-A", g, IndicatorCatalogue.Instroomlijst, Instroom, Measure.Ots)
                .Histogram("GI-A", g, IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, InstroomWachtduur)
                .Figure("GI-A", g, IndicatorCatalogue.Doorstroomlijst, Doorstroom, Measure.Ots)
                .Histogram("GI-A", g, IndicatorCatalogue.DoorstroomlijstWachtduur, Measure.Ots, DoorstroomWachtduur)
                .Figure("GI-A", g, IndicatorCatalogue.EersteContactTijdig, EersteContactTijdig, Measure.Ots)
                .Figure("GI-A", g, IndicatorCatalogue.EersteContactTotaal, EersteContactTotaal, Measure.Ots)
                .Figure("GI-A", g, IndicatorCatalogue.PlanVanAanpakTijdig, PlanTijdig, Measure.Ots)
                .Figure("GI-A", g, IndicatorCatalogue.PlanVanAanpakTotaal, PlanTotaal, Measure.Ots)
                .Figure("GI-A", g, IndicatorCatalogue.WachtOpHulp, WachtOpHulp, Measure.Ots)
                .Histogram("GI-A", g, IndicatorCatalogue.WachtOpHulpWachtduur, Measure.Ots, WachtOpHulpWachtduur);
        }

        if (Delivered.Contains(SourceKind.RAAD))
        {
            input.Deliver("RAAD", SourceKind.RAAD)
                .Figure("RAAD", g, IndicatorCatalogue.RaadWachtlijst, RaadWachtlijst)
                .Histogram("RAAD", g, IndicatorCatalogue.RaadWachtduur, Measure.None, RaadWachtduur);
        }

        if (Delivered.Contains(SourceKind.VT))
        {
            input.Deliver("VT-A", SourceKind.VT)
                .Figure("VT-A", g, IndicatorCatalogue.VtBeoordelingTijdig, VtBeoordelingTijdig)
                .Figure("VT-A", g, IndicatorCatalogue.VtBeoordelingTotaal, VtBeoordelingTotaal)
                .Figure("VT-A", g, IndicatorCatalogue.VtOnderzoekTijdig, VtOnderzoekTijdig)
                .Figure("VT-A", g, IndicatorCatalogue.VtOnderzoekTotaal, VtOnderzoekTotaal);
        }

        return input.RegionWeek("JR01");
    }
}
