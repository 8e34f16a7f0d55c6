using Instroom.Data.Rollups;
using NodaTime;

namespace Instroom.Data.Trends;

/// <summary>
/// Everything a trend needs for one area and a range of peildata, read in one round trip by
/// <see cref="TrendQueries.LoadAsync"/> and turned into weeks by <see cref="TrendSeriesBuilder"/>: the current
/// deliveries of the indicator's kind of source, their figures summed over the area's gemeenten, and which sources
/// were expected for which of those gemeenten when.
/// </summary>
public sealed record TrendInput(
    IReadOnlyList<TrendDelivery> Deliveries,
    IReadOnlyList<TrendFigure> Figures,
    IReadOnlyList<TrendExpectation> Expected);

/// <summary>A current delivery; <see cref="Corrected"/>: it replaced an earlier delivery for the same peildatum.</summary>
public sealed record TrendDelivery(int DeliveryId, SourceRef Source, LocalDate ReferenceDate, bool Corrected);

/// <summary>
/// One indicator (and waiting-time class, "" for none) of one delivery, summed over the area's gemeenten and over
/// all measures.
/// </summary>
public sealed record TrendFigure(int DeliveryId, string Indicator, string Class, decimal Value);

/// <summary>
/// A source expected to deliver for one of the area's gemeenten while coverage, source and membership all hold:
/// from <see cref="From"/> until (not including) <see cref="To"/>.
/// </summary>
public sealed record TrendExpectation(SourceRef Source, string GemeenteCode, LocalDate From, LocalDate? To)
{
    public bool HoldsOn(LocalDate date) => From <= date && (To is null || date < To);
}
