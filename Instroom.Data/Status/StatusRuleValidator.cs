using Instroom.Data.Text;

namespace Instroom.Data.Status;

/// <summary>Checks a status rule before it is stored; every error is a Dutch sentence an administrator can act on.</summary>
public static class StatusRuleValidator
{
    public const int MaxRuleCodeLength = 40;

    /// <summary>The first class without an upper bound: a day threshold at or above it could never be decided.</summary>
    private const int OpenClassLowerDays = 183;

    public static IReadOnlyList<string> Validate(StatusRule rule)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(rule.RuleCode))
        {
            errors.Add("Een regelcode is verplicht.");
        }
        else if (rule.RuleCode.Length > MaxRuleCodeLength)
        {
            errors.Add($"Een regelcode is hoogstens {MaxRuleCodeLength} tekens; '{rule.RuleCode}' is er {rule.RuleCode.Length}.");
        }

        if (rule.OrangeThreshold < 0)
        {
            errors.Add($"De oranje drempel kan niet negatief zijn ({Number(rule.OrangeThreshold)}).");
        }

        if (rule.RedThreshold < 0)
        {
            errors.Add($"De rode drempel kan niet negatief zijn ({Number(rule.RedThreshold)}).");
        }

        if (rule.Direction == RuleDirection.HigherIsWorse && rule.OrangeThreshold >= rule.RedThreshold)
        {
            errors.Add($"De oranje drempel ({Number(rule.OrangeThreshold)}) moet lager liggen dan de rode drempel ({Number(rule.RedThreshold)}): " +
                "bij 'hoger is slechter' komt oranje eerst.");
        }

        if (rule.Direction == RuleDirection.LowerIsWorse && rule.OrangeThreshold <= rule.RedThreshold)
        {
            errors.Add($"De oranje drempel ({Number(rule.OrangeThreshold)}) moet hoger liggen dan de rode drempel ({Number(rule.RedThreshold)}): " +
                "bij 'lager is slechter' komt oranje eerst.");
        }

        if (!StatusIndicators.TryGet(rule.Indicator, out var indicator))
        {
            errors.Add($"Onbekende indicator '{rule.Indicator}'. Kies uit: {string.Join(", ", StatusIndicators.All.Select(i => i.Code))}.");
            return errors;
        }

        if (rule.Direction != indicator.WorseWhen)
        {
            errors.Add($"Bij '{indicator.Code}' geldt '{indicator.WorseWhen.Label()}'; de richting '{rule.Direction.Label()}' past daar niet bij.");
        }

        foreach (var (label, threshold) in new[] { ("oranje", rule.OrangeThreshold), ("rode", rule.RedThreshold) })
        {
            if (indicator.Unit == StatusUnit.Percentage && threshold > 100)
            {
                errors.Add($"Een percentage ligt tussen 0 en 100; de {label} drempel is {Number(threshold)}.");
            }

            if (indicator.Unit == StatusUnit.Days && threshold >= OpenClassLowerDays)
            {
                errors.Add($"Een drempel in dagen moet onder {OpenClassLowerDays} liggen, want de klasse '183+' heeft geen bovengrens; " +
                    $"de {label} drempel is {Number(threshold)}.");
            }
        }

        return errors;
    }

    private static string Number(decimal value) => DutchFormat.Threshold(value);
}
