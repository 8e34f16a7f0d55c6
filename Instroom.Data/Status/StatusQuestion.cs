namespace Instroom.Data.Status;

/// <summary>
/// The inspecties' three questions (2020–2022) that every status reason answers: does every child with a measure
/// get in time a vaste jeugdbeschermer, a gedragen koers (an agreed plan), passende hulp.
/// </summary>
public enum StatusQuestion
{
    /// <summary>"jeugdbeschermer": op tijd een vaste jeugdbeschermer.</summary>
    AssignedCaseworker,

    /// <summary>"koers": op tijd een gedragen koers (plan).</summary>
    AgreedPlan,

    /// <summary>"hulp": op tijd passende hulp.</summary>
    SuitableCare,
}

public static class StatusQuestions
{
    public static readonly IReadOnlyList<StatusQuestion> All = [StatusQuestion.AssignedCaseworker, StatusQuestion.AgreedPlan, StatusQuestion.SuitableCare];

    /// <summary>The code stored in <c>status_rule.question</c> and in the reasons JSON.</summary>
    public static string Code(this StatusQuestion question) => question switch
    {
        StatusQuestion.AssignedCaseworker => "jeugdbeschermer",
        StatusQuestion.AgreedPlan => "koers",
        StatusQuestion.SuitableCare => "hulp",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    public static string Label(this StatusQuestion question) => question switch
    {
        StatusQuestion.AssignedCaseworker => "Op tijd een vaste jeugdbeschermer",
        StatusQuestion.AgreedPlan => "Op tijd een gedragen koers",
        StatusQuestion.SuitableCare => "Op tijd passende hulp",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    public static bool TryParse(string? code, out StatusQuestion question)
    {
        foreach (var candidate in All)
        {
            if (candidate.Code() == code)
            {
                question = candidate;
                return true;
            }
        }

        question = default;
        return false;
    }

    public static StatusQuestion Parse(string code) =>
        TryParse(code, out var question) ? question : throw new FormatException($"Unknown status question '{code}'.");
}
