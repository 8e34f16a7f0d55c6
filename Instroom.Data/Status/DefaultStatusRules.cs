using System.Text.Json;
using NodaTime;

namespace Instroom.Data.Status;

/// <summary>
/// The illustrative default rules embedded from default-status-rules.json (documented in docs/status-rules.md).
/// They are seeded into an empty <c>status_rule</c> table; after that the table is the truth.
/// </summary>
public static class DefaultStatusRules
{
    public const string ResourceName = "status/default-status-rules.json";

    /// <summary>Written in <c>updated_by</c> of seeded rules.</summary>
    public const string SeededBy = "standaardwaarden";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    /// <summary>The default rules, validated; an invalid file is a build defect and throws.</summary>
    public static IReadOnlyList<StatusRule> Load(Instant seededAt)
    {
        using var stream = typeof(DefaultStatusRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<DefaultsFile>(stream, Options)
            ?? throw new InvalidDataException($"{ResourceName} is empty.");

        var rules = file.Rules.Select(r => new StatusRule(
            r.RuleCode,
            StatusQuestions.Parse(r.Question),
            r.Indicator,
            RuleDirections.Parse(r.Direction),
            r.OrangeThreshold,
            r.RedThreshold,
            r.Enabled,
            seededAt,
            SeededBy)).ToList();

        var errors = rules.SelectMany(rule => StatusRuleValidator.Validate(rule).Select(error => $"{rule.RuleCode}: {error}")).ToList();
        if (rules.Select(r => r.RuleCode).Distinct(StringComparer.Ordinal).Count() != rules.Count)
        {
            errors.Add("rule codes are not unique");
        }

        return errors.Count == 0 ? rules : throw new InvalidDataException($"{ResourceName} is invalid: {string.Join("; ", errors)}");
    }

    private sealed class DefaultsFile
    {
        public string Toelichting { get; init; } = "";

        public List<DefaultRule> Rules { get; init; } = [];
    }

    private sealed class DefaultRule
    {
        public string RuleCode { get; init; } = "";

        public string Question { get; init; } = "";

        public string Indicator { get; init; } = "";

        public string Direction { get; init; } = "";

        public decimal OrangeThreshold { get; init; }

        public decimal RedThreshold { get; init; }

        public bool Enabled { get; init; }

        /// <summary>Why this default; documentation only.</summary>
        public string Basis { get; init; } = "";
    }
}
