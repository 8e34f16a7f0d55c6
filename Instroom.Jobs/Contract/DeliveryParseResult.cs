using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Instroom.Jobs.Contract;

/// <summary>
/// The outcome of parsing: a document, or the Dutch reasons it could not be read. <see cref="LeveringId"/> and
/// <see cref="ReferenceDate"/> hold what could be read even from a broken delivery, for the quarantine.
/// </summary>
public sealed record DeliveryParseResult(
    DeliveryDocument? Document,
    IReadOnlyList<string> Reasons,
    string? LeveringId = null,
    LocalDate? ReferenceDate = null)
{
    [MemberNotNullWhen(true, nameof(Document))]
    public bool Succeeded => Document is not null && Reasons.Count == 0;

    internal static DeliveryParseResult Success(DeliveryDocument document) =>
        new(document, [], document.LeveringId, document.ReferenceDate);

    internal static DeliveryParseResult Failure(IReadOnlyList<string> reasons, string? leveringId = null, LocalDate? referenceDate = null) =>
        new(null, reasons, leveringId, referenceDate);
}
