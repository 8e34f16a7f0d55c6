using System.Text.Json;

namespace Instroom.Data.Status;

/// <summary>
/// The JSON form of <see cref="StatusReasons"/> in <c>region_status.reasons</c>, with the Dutch codes of the schema:
/// <c>{"questions":[{"question":"jeugdbeschermer","status":"rood","reasons":[{"rule":"…","outcome":"rood","text":"…"}]}],"notes":["…"]}</c>.
/// </summary>
public static class StatusReasonsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(StatusReasons reasons) => JsonSerializer.Serialize(new ReasonsDocument
    {
        Questions = reasons.Questions.Select(q => new QuestionDocument
        {
            Question = q.Question.Code(),
            Status = q.Status.Code(),
            Reasons = q.Reasons.Select(r => new ReasonDocument { Rule = r.RuleCode, Outcome = r.Outcome.Code(), Text = r.Text }).ToList(),
        }).ToList(),
        Notes = reasons.Notes.ToList(),
    }, Options);

    public static StatusReasons Read(string json)
    {
        var document = JsonSerializer.Deserialize<ReasonsDocument>(json, Options) ?? new ReasonsDocument();
        return new StatusReasons(
            document.Questions.Select(q => new QuestionReasons(
                StatusQuestions.Parse(q.Question),
                StatusColours.ParseColour(q.Status),
                q.Reasons.Select(r => new StatusReason(r.Rule, StatusColours.ParseOutcome(r.Outcome), r.Text)).ToList())).ToList(),
            document.Notes);
    }

    private sealed class ReasonsDocument
    {
        public List<QuestionDocument> Questions { get; init; } = [];

        public List<string> Notes { get; init; } = [];
    }

    private sealed class QuestionDocument
    {
        public string Question { get; init; } = "";

        public string Status { get; init; } = "";

        public List<ReasonDocument> Reasons { get; init; } = [];
    }

    private sealed class ReasonDocument
    {
        public string Rule { get; init; } = "";

        public string Outcome { get; init; } = "";

        public string Text { get; init; } = "";
    }
}
