using Instroom.Data.Status;
using Instroom.Data.Text;

namespace Instroom.Web.Features.AdminRules;

/// <summary>The form of one status rule, with the errors of a refused preview or save.</summary>
public sealed record StatusRuleEditPage(StatusRule Rule, StatusIndicator? Indicator, StatusRuleForm Form, IReadOnlyList<(string Field, string Message)> Errors)
{
    public string? ErrorFor(string field) => Errors.FirstOrDefault(error => error.Field == field).Message;

    public IEnumerable<string> GeneralErrors => Errors.Where(error => error.Field.Length == 0).Select(error => error.Message);

    public string Unit => Indicator?.Unit == StatusUnit.Days ? "dagen" : "procent";

    public string DirectionHint => Rule.Direction == RuleDirection.HigherIsWorse
        ? "Hoger is slechter: de oranje drempel ligt lager dan de rode."
        : "Lager is slechter: de oranje drempel ligt hoger dan de rode.";
}

/// <summary>Before saving: the regions that would change colour, and the values to confirm.</summary>
public sealed record StatusRulePreviewPage(StatusRulePreviewResult Preview, StatusIndicator? Indicator, StatusRuleForm Form)
{
    public string Threshold(decimal value) => Indicator?.FormatThreshold(value) ?? DutchFormat.Threshold(value);

    public string Describe(StatusRule rule) =>
        $"oranje {Indicator?.ThresholdWord} {Threshold(rule.OrangeThreshold)}, rood {Indicator?.ThresholdWord} {Threshold(rule.RedThreshold)}, " +
        (rule.Enabled ? "actief" : "niet actief");
}

/// <summary>What changed in a rule, in Dutch for the audit trail: "oranje 3 → 5; rood 10 → 12; actief ja → nee".</summary>
public static class StatusRuleChanges
{
    public static string Describe(StatusRule before, StatusRule after)
    {
        var changes = new List<string>();
        if (before.OrangeThreshold != after.OrangeThreshold)
        {
            changes.Add($"oranje {DutchFormat.Threshold(before.OrangeThreshold)} → {DutchFormat.Threshold(after.OrangeThreshold)}");
        }

        if (before.RedThreshold != after.RedThreshold)
        {
            changes.Add($"rood {DutchFormat.Threshold(before.RedThreshold)} → {DutchFormat.Threshold(after.RedThreshold)}");
        }

        if (before.Enabled != after.Enabled)
        {
            changes.Add($"actief {(before.Enabled ? "ja" : "nee")} → {(after.Enabled ? "ja" : "nee")}");
        }

        return changes.Count == 0 ? "geen wijzigingen" : string.Join("; ", changes);
    }
}
