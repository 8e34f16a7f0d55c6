using System.Globalization;
using Instroom.Data.Status;
using Instroom.Data.Text;

namespace Instroom.Web.Features.AdminRules;

/// <summary>A rule's thresholds as posted; numbers are text so "12,5" and "12.5" both work and a mistake gets a Dutch message.</summary>
public sealed class StatusRuleForm
{
    public string? Orange { get; set; }

    public string? Red { get; set; }

    public bool Enabled { get; set; }

    public static StatusRuleForm From(StatusRule rule) => new()
    {
        Orange = DutchFormat.Threshold(rule.OrangeThreshold),
        Red = DutchFormat.Threshold(rule.RedThreshold),
        Enabled = rule.Enabled,
    };

    /// <summary>The change, or the fields that are not numbers (keyed by field name for the view).</summary>
    public (StatusRuleChange? Change, IReadOnlyList<(string Field, string Message)> Errors) Read(string ruleCode)
    {
        var errors = new List<(string, string)>();
        var orange = Number(Orange, nameof(Orange), "oranje", errors);
        var red = Number(Red, nameof(Red), "rode", errors);
        return errors.Count == 0 ? (new StatusRuleChange(ruleCode, orange, red, Enabled), errors) : (null, errors);
    }

    private static decimal Number(string? text, string field, string label, List<(string, string)> errors)
    {
        var trimmed = text?.Trim().Replace(',', '.') ?? "";
        if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value is > -1_000_000 and < 1_000_000)
        {
            return value;
        }

        errors.Add((field, trimmed.Length == 0 ? $"Vul de {label} drempel in." : $"De {label} drempel '{text?.Trim()}' is geen getal. Schrijf bijvoorbeeld 10 of 12,5."));
        return 0;
    }
}
