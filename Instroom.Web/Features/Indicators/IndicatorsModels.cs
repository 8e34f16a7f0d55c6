using Instroom.Data.Indicators;
using Instroom.Data.Sources;
using Instroom.Data.Status;
using Instroom.Data.Trends;
using Instroom.Web.Features.Deliveries;

namespace Instroom.Web.Features.Indicators;

/// <summary>A status rule as text: "Oranje vanaf 3%, rood vanaf 10%", its question and whether it is a default.</summary>
public sealed record RuleLine(string RuleCode, string Question, string Thresholds, string Direction, bool Enabled, bool IsDefault, string Updated)
{
    public static RuleLine From(StatusRule rule)
    {
        var thresholds = StatusIndicators.TryGet(rule.Indicator, out var indicator)
            ? $"oranje {indicator.ThresholdWord} {indicator.FormatThreshold(rule.OrangeThreshold)}, rood {indicator.ThresholdWord} {indicator.FormatThreshold(rule.RedThreshold)}"
            : $"oranje {rule.OrangeThreshold}, rood {rule.RedThreshold}";
        return new RuleLine(rule.RuleCode, rule.Question.Label(), thresholds, rule.Direction.Label(), rule.Enabled,
            rule.UpdatedBy == DefaultStatusRules.SeededBy,
            $"{DeliveryText.Moment(rule.UpdatedAt)} door {rule.UpdatedBy}");
    }
}

/// <summary>One indicator with everything a reader needs to understand a figure that links to it.</summary>
public sealed record IndicatorDefinition(
    string Code,
    string Anchor,
    string Label,
    string Definition,
    string Unit,
    string Source,
    string Kind,
    string MeasureDimension,
    string? Norm,
    string? TrendUrl,
    IReadOnlyList<RuleLine> Rules,
    IReadOnlyList<(string Label, string Anchor)> MadeOf);

/// <summary>A group of definitions under one heading.</summary>
public sealed record IndicatorSection(string Id, string Title, string Introduction, IReadOnlyList<IndicatorDefinition> Indicators);

/// <summary>The indicator definitions page: status indicators, derived figures and the contract's indicators per source kind.</summary>
public sealed record IndicatorsIndexModel(IReadOnlyList<IndicatorSection> Sections)
{
    public static IndicatorsIndexModel From(IReadOnlyList<StatusRule> rules)
    {
        var rulesByIndicator = rules.ToLookup(r => r.Indicator, StringComparer.Ordinal);
        IReadOnlyList<RuleLine> RulesOf(string code) => rulesByIndicator[code].Select(RuleLine.From).ToList();
        return new IndicatorsIndexModel(
        [
            new("statusindicatoren", "Statusindicatoren",
                "De waarden waarop de statusregels een regio beoordelen. Ze worden per regio en week berekend uit de opgetelde cijfers van de gemeenten.",
                TrendIndicators.Status.Select(t => Derived(t, RulesOf(t.Code))).ToList()),
            new("afgeleid", "Afgeleide cijfers",
                "Cijfers die Instroom uit de aangeleverde indicatoren samenstelt.",
                TrendIndicators.Derived.Select(t => Derived(t, [])).ToList()),
            .. new[] { SourceKind.GI, SourceKind.RAAD, SourceKind.VT }.Select(kind => new IndicatorSection(
                "contract-" + kind.ToString().ToLowerInvariant(), "Aanlevercontract: " + DeliveryText.Kind(kind),
                "Zoals de bronnen ze per gemeente aanleveren volgens het contract instroom-aanlevering/1.",
                IndicatorCatalogue.For(kind).Select(Contract).ToList())),
        ]);
    }

    private static IndicatorDefinition Derived(TrendIndicator indicator, IReadOnlyList<RuleLine> rules) => new(
        indicator.Code,
        indicator.DefinitionAnchor,
        indicator.Label,
        indicator.Definition,
        indicator.UnitLabel,
        DeliveryText.Kind(indicator.Source),
        indicator.KindLabel,
        indicator.HasMeasure ? "alle maatregelen samen (OTS, VOTS, voogdij, JR)" : "geen",
        indicator.Norm,
        "/trends?indicator=" + Uri.EscapeDataString(indicator.Code),
        rules,
        indicator.FigureCodes.Select(code => IndicatorCatalogue.Get(code)).Select(i => (i.Label, i.DefinitionAnchor)).ToList());

    private static IndicatorDefinition Contract(Indicator indicator) => new(
        indicator.Code,
        indicator.DefinitionAnchor,
        indicator.Label,
        indicator.Definition,
        indicator.Unit switch
        {
            IndicatorUnit.Percentage => "procent",
            IndicatorUnit.Fte => "fte",
            _ => indicator.Kind == IndicatorKind.Histogram ? "aantal per wachtduurklasse" : "aantal",
        },
        DeliveryText.Kind(indicator.Source),
        indicator.Kind switch
        {
            IndicatorKind.Stock => "stand",
            IndicatorKind.Flow => "stroom (28 dagen tot en met de peildatum)",
            _ => "verdeling (" + string.Join(", ", WaitingTimeClass.All.Select(c => c.Label)) + ")",
        },
        indicator.OrganisationWide ? "organisatiebreed, niet per gemeente"
            : indicator.HasMeasure ? "per maatregel (OTS, VOTS, voogdij, JR)" : "geen",
        indicator.Norm,
        indicator.OrganisationWide ? null : "/trends?indicator=" + Uri.EscapeDataString(indicator.Code),
        [],
        [.. new[] { indicator.StockCode, indicator.TotalCode }.OfType<string>().Select(code => IndicatorCatalogue.Get(code)).Select(i => (i.Label, i.DefinitionAnchor))]);
}
