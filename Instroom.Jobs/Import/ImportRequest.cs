using Instroom.Jobs.Contract;
using NodaTime;

namespace Instroom.Jobs.Import;

/// <summary>
/// One payload to import for one source. <see cref="Trigger"/> says who asked (<c>schema</c>, <c>inhaal</c>,
/// <c>handmatig</c>, <c>cli</c>, <c>backfill</c>); <see cref="ExpectedReferenceDate"/> is the peildatum the pull asked
/// for, when it asked for one; <see cref="FileName"/> is kept with a quarantined delivery.
/// </summary>
public sealed record ImportRequest(
    string SourceCode,
    byte[] Payload,
    DeliveryFormat Format,
    string Trigger,
    int Attempt = 1,
    LocalDate? ExpectedReferenceDate = null,
    string? FileName = null)
{
    /// <summary>The trigger of a one-off load of history, for which the contract's 400-day age limit does not hold.</summary>
    public const string HistoricTrigger = "backfill";
}
