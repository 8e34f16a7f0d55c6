using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using NodaTime;

namespace Instroom.Data.Deliveries;

/// <summary>
/// How the sources deliver, as the Aanleveringen page shows it: per source its last delivery, its last attempt and
/// the expectation per peildatum of the last days; the nights evaluated for a systemic failure; and the quarantined
/// deliveries received recently.
/// </summary>
public sealed record DeliveryOverview(
    LocalDate Since,
    IReadOnlyList<SourceDeliveries> Sources,
    IReadOnlyList<NightVerdict> Nights,
    IReadOnlyList<QuarantineSummary> Quarantined);

/// <summary>A source with its connector and what it delivered lately.</summary>
public sealed record SourceDeliveries(
    int SourceId,
    string Code,
    string Name,
    SourceKind Kind,
    LocalDate ValidFrom,
    LocalDate? ValidTo,
    string? Connector,
    bool Enabled,
    LastDelivery? LastDelivery,
    LastImportRun? LastRun,
    IReadOnlyList<ExpectedDelivery> Expectations)
{
    public bool IsActiveOn(LocalDate date) => ValidFrom <= date && (ValidTo is null || date < ValidTo);
}

/// <summary>The current delivery with the latest peildatum.</summary>
public sealed record LastDelivery(LocalDate ReferenceDate, Instant ReceivedAt, string LeveringId, int FigureCount, bool Corrected);

/// <summary>The latest attempt to pull or import (any outcome).</summary>
public sealed record LastImportRun(Instant StartedAt, LocalDate? ReferenceDate, string Outcome, string TriggerKind, string? Message);

/// <summary>What was expected of a source for a peildatum: <c>verwacht</c>, <c>ontvangen</c>, <c>te-laat</c> or <c>ontbrekend</c>.</summary>
public sealed record ExpectedDelivery(LocalDate ReferenceDate, Instant DeadlineAt, string State)
{
    public const string Expected = "verwacht";
    public const string Received = "ontvangen";
    public const string Late = "te-laat";
    public const string Missing = "ontbrekend";

    /// <summary>"te laat" and "ontbrekend" need someone's attention.</summary>
    public bool NeedsAttention => State is Late or Missing;

    /// <summary>The state as users read it: "te laat", not "te-laat".</summary>
    public string Label => State.Replace('-', ' ');
}

/// <summary>One night's evaluation: a systemic failure is a night in which (nearly) every expected source failed.</summary>
public sealed record NightVerdict(LocalDate ReferenceDate, int SourcesExpected, int SourcesFailed, bool SystemicFailure, Instant EvaluatedAt);

/// <summary>A quarantined delivery without its payload, for lists.</summary>
public sealed record QuarantineSummary(
    int QuarantineId,
    string SourceCode,
    string SourceName,
    string? LeveringId,
    LocalDate? ReferenceDate,
    Instant ReceivedAt,
    string Format,
    string? FileName,
    IReadOnlyList<string> Reasons);

/// <summary>A quarantined delivery with its raw bytes, exactly as received.</summary>
public sealed record QuarantinedDelivery(QuarantineSummary Summary, byte[] Payload);

/// <summary>One attempt of a source (a row of <c>import_run</c>), for its history.</summary>
public sealed record ImportAttempt(
    int ImportRunId,
    LocalDate? ReferenceDate,
    string TriggerKind,
    int Attempt,
    Instant StartedAt,
    Instant? FinishedAt,
    string Outcome,
    string? LeveringId,
    int? FigureCount,
    string? Message,
    int? QuarantineId);

/// <summary>A page of a source's attempts, newest first.</summary>
public sealed record ImportRunPage(int SourceId, SourceRef Source, IReadOnlyList<ImportAttempt> Runs, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
