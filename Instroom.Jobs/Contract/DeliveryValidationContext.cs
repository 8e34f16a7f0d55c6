using Instroom.Data.Sources;
using NodaTime;

namespace Instroom.Jobs.Contract;

/// <summary>
/// What a delivery is checked against: the source being pulled (its code and kind, and the period it delivers),
/// the gemeente codes Instroom knows on the delivery's peildatum, and — when the pull asked for a date — that date.
/// <see cref="HistoricLoad"/> lifts the 400-day age limit for the one-off loading of history (trigger <c>backfill</c>,
/// started by an administrator or the demo's first start); every other rule still applies.
/// </summary>
public sealed record DeliveryValidationContext(
    string SourceCode,
    SourceKind SourceKind,
    IReadOnlySet<string> KnownGemeenten,
    LocalDate? ExpectedReferenceDate = null,
    LocalDate? SourceValidFrom = null,
    LocalDate? SourceValidTo = null,
    bool HistoricLoad = false);
