using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using Instroom.Data.Status;
using Instroom.Tests.Rollups.Support;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Map;
using NodaTime;

namespace Instroom.Tests.Dashboard.Support;

/// <summary>A gemeente's figures in a hand-made week: lopende maatregelen, instroomlijst, doorstroomlijst (OTS) and the waiting-time class of both lists.</summary>
internal sealed record GemeenteCounts(int Lopende, int Instroom, int Doorstroom, int WaitClass = 0, int WachtOpHulp = 0);

/// <summary>
/// Hand-made weeks in memory, with real region codes so the map geometry knows them: Rijnmond (TR10 = JZ29, gemeenten
/// GM0001 and GM0002) and Brabant (TR08 = JZ33 with GM0003 + JZ34 with GM0004), all in NL. GI-A serves all four
/// gemeenten; the Raad and VT-A deliver two waiting and ten assessments per gemeente.
/// </summary>
internal static class HandMadeWeek
{
    public static readonly IsoWeek Week = new(2026, 47);
    public static readonly Instant ComputedAt = Instant.FromUtc(2026, 11, 23, 5, 10);
    public static readonly IReadOnlyList<StatusRule> Rules = DefaultStatusRules.Load(Instant.FromUtc(2026, 1, 1, 0, 0));
    public static readonly Lazy<NationalMapGeometry> Geometry = new(NationalMapGeometry.Load);

    public static readonly IReadOnlyDictionary<string, string[]> Regions = new Dictionary<string, string[]>
    {
        [AreaKind.NationalCode] = ["GM0001", "GM0002", "GM0003", "GM0004"],
        ["TR10"] = ["GM0001", "GM0002"],
        ["TR08"] = ["GM0003", "GM0004"],
        ["JZ29"] = ["GM0001", "GM0002"],
        ["JZ33"] = ["GM0003"],
        ["JZ34"] = ["GM0004"],
    };

    /// <summary>
    /// The week's input; <paramref name="extraGi"/> adds a second GI ("GI-L", national) with its own counts per gemeente.
    /// Gemeenten missing from <paramref name="gi"/> get nothing from GI-A; <paramref name="giDelivers"/> false leaves GI-A out.
    /// </summary>
    public static WeekInput Input(IReadOnlyDictionary<string, GemeenteCounts> gi, IsoWeek? week = null, bool giDelivers = true,
        IReadOnlyDictionary<string, GemeenteCounts>? extraGi = null, string? onlyRegion = null)
    {
        var builder = new WeekInputBuilder(week ?? Week);
        foreach (var (code, gemeenten) in Regions.Where(region => onlyRegion is null || region.Key == onlyRegion))
        {
            builder.Region(code, KindOf(code), gemeenten);
        }

        var all = Regions[AreaKind.NationalCode];
        builder.Expect("GI-A", SourceKind.GI, all).Expect("RAAD", SourceKind.RAAD, all).Expect("VT-A", SourceKind.VT, all);
        if (giDelivers)
        {
            builder.Deliver("GI-A", SourceKind.GI);
            Gi(builder, "GI-A", gi);
        }

        if (extraGi is not null)
        {
            builder.Expect("GI-L", SourceKind.GI, [.. extraGi.Keys]).Deliver("GI-L", SourceKind.GI);
            Gi(builder, "GI-L", extraGi);
        }

        builder.Deliver("RAAD", SourceKind.RAAD).Deliver("VT-A", SourceKind.VT);
        foreach (var gemeente in all)
        {
            builder
                .Figure("RAAD", gemeente, IndicatorCatalogue.RaadWachtlijst, 10)
                .Histogram("RAAD", gemeente, IndicatorCatalogue.RaadWachtduur, Measure.None, 10, 0, 0, 0, 0, 0, 0)
                .Figure("RAAD", gemeente, IndicatorCatalogue.RaadVerzoeken, 12)
                .Figure("RAAD", gemeente, IndicatorCatalogue.RaadGestart, 11)
                .Figure("RAAD", gemeente, IndicatorCatalogue.RaadSpoedzaken, 0)
                .Figure("VT-A", gemeente, IndicatorCatalogue.VtWachtlijst, 20)
                .Histogram("VT-A", gemeente, IndicatorCatalogue.VtWachtduur, Measure.None, 20, 0, 0, 0, 0, 0, 0)
                .Figure("VT-A", gemeente, IndicatorCatalogue.VtBeoordelingTijdig, 9)
                .Figure("VT-A", gemeente, IndicatorCatalogue.VtBeoordelingTotaal, 10)
                .Figure("VT-A", gemeente, IndicatorCatalogue.VtOnderzoekTijdig, 9)
                .Figure("VT-A", gemeente, IndicatorCatalogue.VtOnderzoekTotaal, 10);
        }

        return builder.Build();
    }

    /// <summary>The statuses the real evaluator gives each region of the input, as they would be stored.</summary>
    public static IReadOnlyList<RegionWeekStatus> Statuses(WeekInput input) =>
        RegionInWeek.From(input)
            .Select(region =>
            {
                var evaluation = StatusEvaluator.Evaluate(region.Week, Rules);
                return new RegionWeekStatus(region.Region, input.Week, evaluation.Status, evaluation.Reasons, region.Week.Corrected, ComputedAt);
            })
            .ToList();

    private static void Gi(WeekInputBuilder builder, string source, IReadOnlyDictionary<string, GemeenteCounts> counts)
    {
        foreach (var (gemeente, c) in counts)
        {
            builder
                .Figure(source, gemeente, IndicatorCatalogue.LopendeMaatregelen, c.Lopende, Measure.Ots)
                .Figure(source, gemeente, IndicatorCatalogue.Instroomlijst, c.Instroom, Measure.Ots)
                .Histogram(source, gemeente, IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, Single(c.Instroom, c.WaitClass))
                .Figure(source, gemeente, IndicatorCatalogue.Doorstroomlijst, c.Doorstroom, Measure.Ots)
                .Histogram(source, gemeente, IndicatorCatalogue.DoorstroomlijstWachtduur, Measure.Ots, Single(c.Doorstroom, c.WaitClass))
                .Figure(source, gemeente, IndicatorCatalogue.NieuweMaatregelen, 10, Measure.Ots)
                .Figure(source, gemeente, IndicatorCatalogue.BeeindigdeMaatregelen, 8, Measure.Ots)
                .Figure(source, gemeente, IndicatorCatalogue.EersteContactTijdig, 9, Measure.Ots)
                .Figure(source, gemeente, IndicatorCatalogue.EersteContactTotaal, 10, Measure.Ots)
                .Figure(source, gemeente, IndicatorCatalogue.PlanVanAanpakTijdig, 9, Measure.Ots)
                .Figure(source, gemeente, IndicatorCatalogue.PlanVanAanpakTotaal, 10, Measure.Ots)
                .Figure(source, gemeente, IndicatorCatalogue.WachtOpHulp, c.WachtOpHulp, Measure.Ots)
                .Histogram(source, gemeente, IndicatorCatalogue.WachtOpHulpWachtduur, Measure.Ots, Single(c.WachtOpHulp, 1));
        }
    }

    private static string KindOf(string code) => code switch
    {
        AreaKind.NationalCode => AreaKind.Land,
        _ when code.StartsWith("TR", StringComparison.Ordinal) => AreaKind.Toezichtregio,
        _ => AreaKind.Jeugdregio,
    };

    private static long[] Single(long count, int classIndex)
    {
        var counts = new long[WaitingTimeClass.All.Count];
        counts[classIndex] = count;
        return counts;
    }
}
