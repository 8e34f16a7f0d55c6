using CsCheck;
using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Reference;
using Instroom.Data.Sources;
using Instroom.Jobs.Contract;
using NodaTime;
using static Instroom.Data.Indicators.IndicatorCatalogue;
using static Instroom.Tests.Ingestion.Support.Deliveries;

namespace Instroom.Tests.Ingestion.Support;

/// <summary>
/// CsCheck generators of valid deliveries: a random current source, one to three random gemeenten from the reference
/// data, and for each a random but consistent set of figures (lists within the running measures, histograms that add
/// up to their stock, on-time within total), any optional group left out at random.
/// </summary>
internal static class DeliveryGenerators
{
    private static readonly string[] Gemeenten = [.. NationalNight.Gemeenten];

    private static readonly (string Code, SourceKind Kind)[] Sources = ReferenceDataLoader.ReadCsv("bronnen.csv")
        .Where(row => row["geldig_tot"].Length == 0)
        .Select(row => (row["code"], Enum.Parse<SourceKind>(row["soort"])))
        .ToArray();

    public static Gen<DeliveryDocument> Valid(IClock clock) =>
        from source in Gen.OneOf(Sources)
        from areas in Gen.Int[0, Gemeenten.Length - 1].ArrayUnique[1, 3]
        from age in Gen.Int[0, DeliveryContract.MaxReferenceDateAgeDays]
        from figures in Sequence(areas.Select(area => Block(source.Kind, Gemeenten[area]))
            .Append(source.Kind == SourceKind.GI ? Organisation : Gen.Const(new List<DeliveryFigure>())))
        select Numbered(new DeliveryDocument(DeliveryContract.SchemaName, Guid.NewGuid().ToString(), source.Code,
            clock.Today().PlusDays(-age), CreatedAt, figures));

    private static Gen<List<DeliveryFigure>> Block(SourceKind kind, string gemeente) => kind switch
    {
        SourceKind.GI => from measures in Gen.Int[0, Measure.All.Count - 1].ArrayUnique[1, 2]
                         from blocks in Sequence(measures.Select(m => GiBlock(gemeente, Measure.All[m])))
                         select blocks,
        SourceKind.RAAD => RaadBlock(gemeente),
        _ => VtBlock(gemeente),
    };

    private static Gen<List<DeliveryFigure>> GiBlock(string gemeente, string measure) =>
        from running in Gen.Int[0, 400]
        from intake in Gen.Int[0, running]
        from transfer in Gen.Int[0, running - intake]
        from waiting in Gen.Int[0, 200]
        from intakeClasses in Spread(intake)
        from transferClasses in Spread(transfer)
        from waitingClasses in Spread(waiting)
        from flows in Gen.Int[0, 60].Array[2]
        from contactTotal in Gen.Int[0, 60]
        from contactOnTime in Gen.Int[0, contactTotal]
        from planTotal in Gen.Int[0, 60]
        from planOnTime in Gen.Int[0, planTotal]
        from include in Gen.Bool.Array[10]
        select Figures(
            (true, Value(gemeente, LopendeMaatregelen, measure, running)),
            (include[0], Value(gemeente, Instroomlijst, measure, intake)),
            (include[0] && include[1], Histogram(gemeente, InstroomlijstWachtduur, measure, intakeClasses)),
            (include[2], Value(gemeente, Doorstroomlijst, measure, transfer)),
            (include[2] && include[3], Histogram(gemeente, DoorstroomlijstWachtduur, measure, transferClasses)),
            (include[4], Value(gemeente, NieuweMaatregelen, measure, flows[0])),
            (include[4], Value(gemeente, BeeindigdeMaatregelen, measure, flows[1])),
            (include[5], Value(gemeente, EersteContactTotaal, measure, contactTotal)),
            (include[5] && include[6], Value(gemeente, EersteContactTijdig, measure, contactOnTime)),
            (include[7], Value(gemeente, PlanVanAanpakTotaal, measure, planTotal)),
            (include[7], Value(gemeente, PlanVanAanpakTijdig, measure, planOnTime)),
            (include[8], Value(gemeente, WachtOpHulp, measure, waiting)),
            (include[8] && include[9], Histogram(gemeente, WachtOpHulpWachtduur, measure, waitingClasses)));

    private static Gen<List<DeliveryFigure>> Organisation =>
        from tenths in Gen.Int[0, 1000].Array[2]
        from vacancies in Gen.Int[0, 40]
        from include in Gen.Bool.Array[3]
        select Figures(
            (include[0], Value(OrganisationArea, VerzuimPercentage, null, tenths[0] / 10m)),
            (include[1], Value(OrganisationArea, VerloopPercentage, null, tenths[1] / 10m)),
            (include[2], Value(OrganisationArea, VacaturesFte, null, vacancies)));

    private static Gen<List<DeliveryFigure>> RaadBlock(string gemeente) =>
        from waiting in Gen.Int[0, 150]
        from classes in Spread(waiting)
        from flows in Gen.Int[0, 80].Array[3]
        from include in Gen.Bool.Array[2]
        select Figures(
            (true, Value(gemeente, RaadWachtlijst, null, waiting)),
            (include[0], Histogram(gemeente, RaadWachtduur, null, classes)),
            (include[1], Value(gemeente, RaadVerzoeken, null, flows[0])),
            (include[1], Value(gemeente, RaadGestart, null, flows[1])),
            (include[1], Value(gemeente, RaadSpoedzaken, null, flows[2])));

    private static Gen<List<DeliveryFigure>> VtBlock(string gemeente) =>
        from waiting in Gen.Int[0, 150]
        from classes in Spread(waiting)
        from assessments in Gen.Int[0, 200]
        from assessedOnTime in Gen.Int[0, assessments]
        from investigations in Gen.Int[0, 80]
        from investigatedOnTime in Gen.Int[0, investigations]
        from include in Gen.Bool.Array[3]
        select Figures(
            (true, Value(gemeente, VtWachtlijst, null, waiting)),
            (include[0], Histogram(gemeente, VtWachtduur, null, classes)),
            (include[1], Value(gemeente, VtBeoordelingTotaal, null, assessments)),
            (include[1], Value(gemeente, VtBeoordelingTijdig, null, assessedOnTime)),
            (include[2], Value(gemeente, VtOnderzoekTotaal, null, investigations)),
            (include[2], Value(gemeente, VtOnderzoekTijdig, null, investigatedOnTime)));

    /// <summary>A total cut at six random points into the seven waiting-time classes.</summary>
    private static Gen<long[]> Spread(int total) =>
        Gen.Int[0, total].Array[WaitingTimeClass.All.Count - 1].Select(cuts =>
        {
            var points = cuts.Order().Prepend(0).Append(total).ToArray();
            return Enumerable.Range(0, WaitingTimeClass.All.Count).Select(i => (long)(points[i + 1] - points[i])).ToArray();
        });

    private static List<DeliveryFigure> Figures(params (bool Include, DeliveryFigure Figure)[] candidates) =>
        candidates.Where(c => c.Include).Select(c => c.Figure).ToList();

    private static Gen<List<DeliveryFigure>> Sequence(IEnumerable<Gen<List<DeliveryFigure>>> blocks) =>
        blocks.Aggregate(Gen.Const(new List<DeliveryFigure>()),
            (all, block) => from before in all from more in block select before.Concat(more).ToList());
}
