using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Status;
using Instroom.Web.Features.Map;

namespace Instroom.Web.Features.Dashboard;

/// <summary>One question of a region's status with its reasons, as shown.</summary>
public sealed record ReasonQuestion(string Label, MapStatus Status, IReadOnlyList<ReasonLine> Lines);

/// <summary>One rule's outcome as shown: "Mediane wachttijd instroomlijst 48 dagen — rood boven 42 dagen".</summary>
public sealed record ReasonLine(MapStatus Outcome, string OutcomeWord, string Text);

/// <summary>
/// A question that is not green, for a table cell: "Op tijd een vaste jeugdbeschermer: rood", with the names of its
/// rules that are not green (no values).
/// </summary>
public sealed record CompactReason(MapStatus Outcome, string OutcomeWord, string Question, string ShortQuestion, IReadOnlyList<string> Rules)
{
    /// <summary>"rood: jeugdbeschermer, hulp; oranje: koers" — the questions that are not green, by status, for a narrow cell.</summary>
    public static string Summary(IEnumerable<CompactReason> reasons) =>
        string.Join("; ", reasons
            .GroupBy(reason => reason.Outcome)
            .OrderByDescending(group => group.Key.Severity())
            .Select(group => $"{group.First().OutcomeWord}: {string.Join(", ", group.Select(reason => reason.ShortQuestion))}"));

    /// <summary>"Op tijd een vaste jeugdbeschermer: rood (Mediane wachttijd instroomlijst, …)", for exports.</summary>
    public string Text => Rules.Count == 0 ? $"{Question}: {OutcomeWord}" : $"{Question}: {OutcomeWord} ({string.Join(", ", Rules)})";
}

/// <summary>
/// Turns stored status reasons into what may be shown. A stored reason quotes the value it judged ("12,4% van
/// lopende maatregelen", "48 dagen"); that value is left out when it would give away a small count: a share whose
/// count is hidden by disclosure control, a median of fewer children than the threshold, a percentage of fewer
/// cases. The outcome and the threshold stay ("— rood boven 42 dagen"): a bound, which the rules publish anyway.
/// </summary>
public sealed class StatusReasonText(IReadOnlyList<StatusRule> rules, int threshold)
{
    private readonly Dictionary<string, StatusRule> _rules = rules.ToDictionary(rule => rule.RuleCode, StringComparer.Ordinal);

    /// <summary>
    /// The reasons grouped by the three questions, each value checked against <paramref name="week"/> (the same
    /// region and week as the reasons) and <paramref name="countShown"/> (is this region-level count shown?).
    /// </summary>
    public IReadOnlyList<ReasonQuestion> Full(StatusReasons reasons, RegionWeek? week, Func<string, bool> countShown) =>
        reasons.Questions
            .Select(question => new ReasonQuestion(question.Label, question.Status.ToMapStatus(),
                question.Reasons.Select(reason => new ReasonLine(reason.Outcome.ToMapStatus(), OutcomeWord(reason.Outcome),
                    Disclosed(reason, week, countShown))).ToList()))
            .ToList();

    /// <summary>
    /// The questions that are not green, in the inspecties' order, each with the names of its rules that are not
    /// green (worst first): no values at all, so nothing to disclose.
    /// </summary>
    public IReadOnlyList<CompactReason> Compact(StatusReasons reasons) =>
        reasons.Questions
            .Where(question => question.Status != StatusColour.Green)
            .Select(question => new CompactReason(question.Status.ToMapStatus(), question.Status.ToMapStatus().Word(), question.Label,
                question.Question.Code(),
                question.Reasons
                    .Where(reason => reason.Outcome is RuleOutcome.Red or RuleOutcome.Orange or RuleOutcome.Incomplete)
                    .OrderByDescending(reason => reason.Outcome.ToMapStatus().Severity())
                    .Select(reason => $"{NameOf(reason.RuleCode)} {OutcomeWord(reason.Outcome)}")
                    .ToList()))
            .ToList();

    public static string OutcomeWord(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.NotJudged => "niet beoordeeld",
        _ => outcome.ToMapStatus().Word(),
    };

    private string NameOf(string ruleCode) =>
        _rules.TryGetValue(ruleCode, out var rule) && StatusIndicators.TryGet(rule.Indicator, out var indicator)
            ? indicator.Name
            : $"Regel {ruleCode}";

    private string Disclosed(StatusReason reason, RegionWeek? week, Func<string, bool> countShown)
    {
        if (reason.Outcome is not (RuleOutcome.Green or RuleOutcome.Orange or RuleOutcome.Red))
        {
            // Incomplete and not-judged reasons name missing sources or say why nothing was judged: no values.
            return reason.Text;
        }

        if (!_rules.TryGetValue(reason.RuleCode, out var rule) || !StatusIndicators.TryGet(rule.Indicator, out var indicator))
        {
            return $"Regel {reason.RuleCode} — {reason.Outcome.ToMapStatus().Word()}";
        }

        if (week is null)
        {
            return Withheld(indicator, reason);
        }

        var reading = indicator.Read(week);
        return reading.Kind != StatusReadingKind.Value || MayShow(indicator.Code, week, countShown)
            ? reason.Text
            : Withheld(indicator, reason);
    }

    private bool MayShow(string statusIndicator, RegionWeek week, Func<string, bool> countShown)
    {
        bool Enough(decimal? cases) => cases >= threshold;
        return statusIndicator switch
        {
            StatusIndicators.ZonderVasteJeugdbeschermerAandeel =>
                countShown(RollupIndicator.ZonderVasteJeugdbeschermer) && countShown(IndicatorCatalogue.LopendeMaatregelen),
            StatusIndicators.WachtOpHulpAandeel =>
                countShown(IndicatorCatalogue.WachtOpHulp) && countShown(IndicatorCatalogue.LopendeMaatregelen),
            StatusIndicators.InstroomlijstWachtduurMediaan => Enough(week.Indicator(IndicatorCatalogue.Instroomlijst).Count),
            StatusIndicators.DoorstroomlijstWachtduurMediaan => Enough(week.Indicator(IndicatorCatalogue.Doorstroomlijst).Count),
            StatusIndicators.WachtOpHulpWachtduurMediaan => Enough(week.Indicator(IndicatorCatalogue.WachtOpHulp).Count),
            StatusIndicators.RaadWachtduurMediaan => Enough(week.Indicator(IndicatorCatalogue.RaadWachtlijst).Count),
            StatusIndicators.EersteContactTijdigPercentage => Enough(week.Indicator(IndicatorCatalogue.EersteContactTijdig).Base),
            StatusIndicators.PlanVanAanpakTijdigPercentage => Enough(week.Indicator(IndicatorCatalogue.PlanVanAanpakTijdig).Base),
            StatusIndicators.VtBeoordelingTijdigPercentage => Enough(week.Indicator(IndicatorCatalogue.VtBeoordelingTijdig).Base),
            StatusIndicators.VtOnderzoekTijdigPercentage => Enough(week.Indicator(IndicatorCatalogue.VtOnderzoekTijdig).Base),
            // A status indicator added later is withheld until someone decides what protects it.
            _ => false,
        };
    }

    private static string Withheld(StatusIndicator indicator, StatusReason reason)
    {
        // The stored text ends with " — rood boven 42 dagen" (or "— groen (oranje boven 10 dagen)"): keep that part.
        var judgement = reason.Text.LastIndexOf(" — ", StringComparison.Ordinal) is var at and >= 0
            ? reason.Text[(at + 3)..]
            : reason.Outcome.ToMapStatus().Word();
        return $"{indicator.Name}: {Figure.TooFewCases} om het cijfer te tonen — {judgement}";
    }
}
