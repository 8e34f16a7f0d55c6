using Instroom.Data.Indicators;
using Instroom.Data.Reference;
using Instroom.Jobs.Contract;
using static Instroom.Tests.Ingestion.Support.Deliveries;

namespace Instroom.Tests.Ingestion.Support;

/// <summary>
/// Large, valid deliveries covering every gemeente, for the tests that need volume: a national GI delivers every
/// GI indicator for every gemeente and measure (31 figure rows each), the Raad every Raad indicator.
/// </summary>
internal static class NationalNight
{
    public static IReadOnlyList<string> Gemeenten { get; } =
        ReferenceDataLoader.ReadCsv("gemeenten_2025.csv").Select(row => row["gemeentecode"]).ToList();

    public static DeliveryDocument Gi(string source, string leveringId, IEnumerable<string> measures)
    {
        var figures = new List<DeliveryFigure>();
        var seed = 0;
        foreach (var gemeente in Gemeenten)
        {
            foreach (var measure in measures)
            {
                seed++;
                var running = 40 + (seed % 400);
                var intake = seed % 23;
                var transfer = seed % 7;
                var waiting = seed % 17;
                figures.AddRange(
                [
                    Value(gemeente, IndicatorCatalogue.LopendeMaatregelen, measure, running),
                    Value(gemeente, IndicatorCatalogue.Instroomlijst, measure, intake),
                    Histogram(gemeente, IndicatorCatalogue.InstroomlijstWachtduur, measure, Spread(intake)),
                    Value(gemeente, IndicatorCatalogue.Doorstroomlijst, measure, transfer),
                    Histogram(gemeente, IndicatorCatalogue.DoorstroomlijstWachtduur, measure, Spread(transfer)),
                    Value(gemeente, IndicatorCatalogue.NieuweMaatregelen, measure, seed % 11),
                    Value(gemeente, IndicatorCatalogue.BeeindigdeMaatregelen, measure, seed % 13),
                    Value(gemeente, IndicatorCatalogue.EersteContactTijdig, measure, seed % 5),
                    Value(gemeente, IndicatorCatalogue.EersteContactTotaal, measure, 5 + (seed % 5)),
                    Value(gemeente, IndicatorCatalogue.PlanVanAanpakTijdig, measure, seed % 4),
                    Value(gemeente, IndicatorCatalogue.PlanVanAanpakTotaal, measure, 4 + (seed % 3)),
                    Value(gemeente, IndicatorCatalogue.WachtOpHulp, measure, waiting),
                    Histogram(gemeente, IndicatorCatalogue.WachtOpHulpWachtduur, measure, Spread(waiting)),
                ]);
            }
        }

        figures.Add(Value(IndicatorCatalogue.OrganisationArea, IndicatorCatalogue.VerzuimPercentage, null, 7.4m));
        return Numbered(Of(source, [.. figures]) with { LeveringId = leveringId });
    }

    public static DeliveryDocument Raad(string leveringId)
    {
        var figures = new List<DeliveryFigure>();
        var seed = 0;
        foreach (var gemeente in Gemeenten)
        {
            seed++;
            var waiting = seed % 29;
            figures.AddRange(
            [
                Value(gemeente, IndicatorCatalogue.RaadWachtlijst, null, waiting),
                Histogram(gemeente, IndicatorCatalogue.RaadWachtduur, null, Spread(waiting)),
                Value(gemeente, IndicatorCatalogue.RaadVerzoeken, null, seed % 31),
                Value(gemeente, IndicatorCatalogue.RaadGestart, null, seed % 19),
                Value(gemeente, IndicatorCatalogue.RaadSpoedzaken, null, seed % 3),
            ]);
        }

        return Numbered(Of("RAAD", [.. figures]) with { LeveringId = leveringId });
    }

    /// <summary>The stored rows of a document: one per non-zero class of a histogram, one per other figure.</summary>
    public static int RowCount(DeliveryDocument document) =>
        document.Figures.Sum(f => f.Distribution is null ? 1 : f.Distribution.Values.Count(count => count != 0));

    /// <summary>A total spread over the seven classes, most of it in the short waits.</summary>
    private static long[] Spread(long total)
    {
        var counts = new long[7];
        for (var i = 0; i < total; i++)
        {
            counts[i % 4 == 3 ? (i / 4) % 7 : i % 3]++;
        }

        return counts;
    }
}
