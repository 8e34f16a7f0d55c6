using Instroom.Data.Indicators;
using Instroom.Jobs.Contract;
using NodaTime;

namespace Instroom.Tests.Ingestion.Support;

/// <summary>Small documents written in code, for tests that need one rule broken and nothing else.</summary>
internal static class Deliveries
{
    public const string LeveringId = "3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10";

    public const string CreatedAt = "2026-11-23T01:12:09+01:00";

    public static DeliveryDocument Of(string source, params DeliveryFigure[] figures) =>
        new(DeliveryContract.SchemaName, LeveringId, source, ImportTestContext.Peildatum, CreatedAt, Numbered(figures));

    public static DeliveryDocument Gi(params DeliveryFigure[] figures) => Of("GI-JBBRA", figures);

    /// <summary>A valid GI delivery: 24 OTS measures in 's-Hertogenbosch, 20 of them on the instroomlijst.</summary>
    public static DeliveryDocument ValidGi() => Gi(
        Value("GM0796", IndicatorCatalogue.LopendeMaatregelen, Measure.Ots, 24),
        Value("GM0796", IndicatorCatalogue.Instroomlijst, Measure.Ots, 20),
        Histogram("GM0796", IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, 4, 3, 5, 4, 2, 2, 0));

    public static DeliveryFigure Value(string area, string indicator, string? measure, decimal value) =>
        new(0, area, indicator, measure, value, null);

    public static DeliveryFigure Histogram(string area, string indicator, string? measure, params long[] counts) =>
        new(0, area, indicator, measure, null, WaitingTimeClass.All.Zip(counts).ToDictionary(pair => pair.First.Code, pair => pair.Second));

    public static DeliveryDocument Numbered(DeliveryDocument document) => document with { Figures = Numbered([.. document.Figures]) };

    private static DeliveryFigure[] Numbered(DeliveryFigure[] figures) => figures.Select((figure, index) => figure with { Index = index }).ToArray();
}
