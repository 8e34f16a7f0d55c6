using Instroom.Data.Rollups;
using Instroom.Data.Text;

namespace Instroom.Data.Status;

/// <summary>
/// Pure: judges a region's week against the enabled rules. The status is the worst rule (see
/// <see cref="StatusColours.Combine"/>); missing or incomplete input is grey "onvolledig", never green; every
/// outcome is a Dutch sentence under its question.
/// </summary>
public static class StatusEvaluator
{
    public static StatusEvaluation Evaluate(RegionWeek week, IEnumerable<StatusRule> rules)
    {
        var judged = rules
            .Where(rule => rule.Enabled)
            .Select(rule => (rule.Question, Reason: Judge(week, rule)))
            .ToList();

        var questions = StatusQuestions.All
            .Select(question => judged.Where(j => j.Question == question).Select(j => j.Reason).ToList())
            .Zip(StatusQuestions.All)
            .Where(pair => pair.First.Count > 0)
            .Select(pair => new QuestionReasons(pair.Second, StatusColours.Combine(pair.First.Select(r => r.Outcome)), pair.First))
            .ToList();

        var notes = new List<string>();
        if (judged.Count == 0)
        {
            notes.Add("Er zijn geen actieve statusregels: de status kan niet worden bepaald.");
        }

        if (!week.Completeness.IsComplete)
        {
            notes.Add($"Geen aanlevering in {week.Week.Label} van: {string.Join(", ", week.Completeness.Missing.Select(m => m.Label))}.");
        }

        foreach (var corrected in week.Freshness.Sources.Where(s => s.Corrected))
        {
            notes.Add($"Gecorrigeerd: de aanlevering van {corrected.Source.Code} {corrected.Source.Name} voor peildatum " +
                $"{DutchFormat.Date(corrected.ReferenceDate)} verving een eerdere aanlevering.");
        }

        return new StatusEvaluation(StatusColours.Combine(judged.Select(j => j.Reason.Outcome)), new StatusReasons(questions, notes));
    }

    /// <summary>One rule against one region's week.</summary>
    public static StatusReason Judge(RegionWeek week, StatusRule rule)
    {
        if (!StatusIndicators.TryGet(rule.Indicator, out var indicator))
        {
            return new StatusReason(rule.RuleCode, RuleOutcome.Incomplete,
                $"Regel '{rule.RuleCode}' verwijst naar een onbekende indicator '{rule.Indicator}'.");
        }

        if (rule.Direction != indicator.WorseWhen)
        {
            return new StatusReason(rule.RuleCode, RuleOutcome.Incomplete,
                $"Regel '{rule.RuleCode}' heeft richting '{rule.Direction.Label()}', maar bij '{indicator.Code}' geldt '{indicator.WorseWhen.Label()}'.");
        }

        var reading = indicator.Read(week);
        if (!reading.Completeness.IsComplete)
        {
            return new StatusReason(rule.RuleCode, RuleOutcome.Incomplete,
                $"{indicator.Name} onvolledig — geen aanlevering van {string.Join(", ", reading.Completeness.Missing.Select(m => m.Label))}");
        }

        return reading.Kind switch
        {
            StatusReadingKind.NoData => new(rule.RuleCode, RuleOutcome.Incomplete, $"{indicator.Name}: {reading.Explanation} — onvolledig"),
            StatusReadingKind.NotApplicable => new(rule.RuleCode, RuleOutcome.NotJudged, $"{indicator.Name}: niet te beoordelen, {reading.Explanation}"),
            StatusReadingKind.NobodyWaiting => new(rule.RuleCode, RuleOutcome.Green, $"{indicator.Name}: {reading.Explanation} — groen"),
            _ => Compare(indicator, rule, reading),
        };
    }

    private static StatusReason Compare(StatusIndicator indicator, StatusRule rule, StatusReading reading)
    {
        var subject = indicator.Subject(reading.Display);
        var word = indicator.ThresholdWord;
        if (indicator.Reaches(reading.Value, rule.RedThreshold))
        {
            return new StatusReason(rule.RuleCode, RuleOutcome.Red, $"{subject} — rood {word} {indicator.FormatThreshold(rule.RedThreshold)}");
        }

        return indicator.Reaches(reading.Value, rule.OrangeThreshold)
            ? new StatusReason(rule.RuleCode, RuleOutcome.Orange, $"{subject} — oranje {word} {indicator.FormatThreshold(rule.OrangeThreshold)}")
            : new StatusReason(rule.RuleCode, RuleOutcome.Green, $"{subject} — groen (oranje {word} {indicator.FormatThreshold(rule.OrangeThreshold)})");
    }
}
