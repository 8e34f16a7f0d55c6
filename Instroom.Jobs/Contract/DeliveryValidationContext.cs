using Instroom.Data.Sources;
using NodaTime;

namespace Instroom.Jobs.Contract;

/// <summary>
/// What a delivery is checked against: the source being pulled (its code and kind, and the period it delivers),
/// the gemeente codes Instroom knows on the delivery's peildatum, and — when the pull asked for a date — that date.
/// </summary>
public sealed record DeliveryValidationContext(
    string SourceCode,
    SourceKind SourceKind,
    IReadOnlySet<string> KnownGemeenten,
    LocalDate? ExpectedReferenceDate = null,
    LocalDate? SourceValidFrom = null,
    LocalDate? SourceValidTo = null);
