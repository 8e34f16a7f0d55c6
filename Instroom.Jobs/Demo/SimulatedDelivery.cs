using NodaTime;

namespace Instroom.Jobs.Demo;

/// <summary>One simulated aanlevering in contract terms; <see cref="DeliveryJsonWriter"/> and
/// <see cref="DeliveryCsvWriter"/> turn it into the bytes a source sends.</summary>
public sealed record SimulatedDelivery(
    Guid LeveringId,
    string Bron,
    LocalDate Peildatum,
    OffsetDateTime Aangemaakt,
    IReadOnlyList<SimulatedFigure> Cijfers)
{
    public const string Schema = "instroom-aanlevering/1";

    /// <summary>Values as Instroom stores them: a histogram counts once per class.</summary>
    public int ValueCount => Cijfers.Sum(f => f.Verdeling?.Count ?? 1);

    public byte[] ToJson() => DeliveryJsonWriter.Write(this);

    public byte[] ToCsv() => DeliveryCsvWriter.Write(this);
}

/// <summary>
/// One entry of <c>cijfers</c>: either <see cref="Waarde"/> or <see cref="Verdeling"/> (counts in the order of
/// <see cref="Instroom.Data.Indicators.WaitingTimeClass.All"/>). <see cref="Maatregel"/> is null where the indicator
/// has no measure dimension.
/// </summary>
public sealed record SimulatedFigure(string Gebied, string Indicator, string? Maatregel, decimal? Waarde, IReadOnlyList<int>? Verdeling)
{
    public static SimulatedFigure Count(string gebied, string indicator, string? maatregel, int waarde) =>
        new(gebied, indicator, maatregel, waarde, null);

    public static SimulatedFigure Histogram(string gebied, string indicator, string? maatregel, IReadOnlyList<int> verdeling) =>
        new(gebied, indicator, maatregel, null, verdeling);
}
