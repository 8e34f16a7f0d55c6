using NodaTime;

namespace Instroom.Jobs.Import;

/// <summary>
/// What became of an import. <see cref="FigureCount"/> is the number of stored figure rows (a histogram is its non-zero classes):
/// written now (imported) or earlier (unchanged); 0 when rejected. <see cref="Reasons"/> are Dutch: every violation
/// for a rejection, a note for an unchanged delivery.
/// </summary>
public sealed record ImportResult(
    ImportOutcome Outcome,
    long ImportRunId,
    string? LeveringId,
    LocalDate? ReferenceDate,
    int FigureCount,
    IReadOnlyList<string> Reasons);
