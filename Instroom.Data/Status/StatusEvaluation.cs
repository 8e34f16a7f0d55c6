namespace Instroom.Data.Status;

/// <summary>A region's status for a week with the reasons for it.</summary>
public sealed record StatusEvaluation(StatusColour Status, StatusReasons Reasons);

/// <summary>
/// The reasons of a status, grouped by the three questions, plus notes on the week as a whole (sources that did not
/// deliver, corrections). Stored as JSON in <c>region_status.reasons</c>.
/// </summary>
public sealed record StatusReasons(IReadOnlyList<QuestionReasons> Questions, IReadOnlyList<string> Notes)
{
    public static readonly StatusReasons None = new([], []);
}

/// <summary>One question's status and the outcome of each of its rules, in Dutch.</summary>
public sealed record QuestionReasons(StatusQuestion Question, StatusColour Status, IReadOnlyList<StatusReason> Reasons)
{
    public string Label => Question.Label();
}

/// <summary>
/// What one rule found, as a sentence: "Mediane wachttijd instroomlijst 48 dagen — rood boven 42 dagen".
/// </summary>
public sealed record StatusReason(string RuleCode, RuleOutcome Outcome, string Text);
