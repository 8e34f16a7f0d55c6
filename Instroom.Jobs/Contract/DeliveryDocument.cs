using NodaTime;

namespace Instroom.Jobs.Contract;

/// <summary>
/// One entry of a delivery as parsed, not yet validated. <see cref="Index"/> is the position in <c>cijfers</c>
/// (JSON) or the 1-based line of the first row (CSV), so reasons can name the place. A histogram has
/// <see cref="Distribution"/> (class code → count) and no <see cref="Value"/>.
/// </summary>
public sealed record DeliveryFigure(
    int Index,
    string Area,
    string Indicator,
    string? Measure,
    decimal? Value,
    IReadOnlyDictionary<string, long>? Distribution);

/// <summary>A delivery as parsed: the header fields as delivered and every figure.</summary>
public sealed record DeliveryDocument(
    string Schema,
    string LeveringId,
    string Source,
    LocalDate ReferenceDate,
    string CreatedAtText,
    IReadOnlyList<DeliveryFigure> Figures);
