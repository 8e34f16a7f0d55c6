namespace Instroom.Data.Status;

/// <summary>A region's weekly status: groen, oranje, rood, or grey "onvolledig" when it cannot honestly be judged.</summary>
public enum StatusColour
{
    Green,
    Orange,
    Red,
    Incomplete,
}

/// <summary>What one status rule found.</summary>
public enum RuleOutcome
{
    Green,
    Orange,
    Red,

    /// <summary>The rule's input is missing or incomplete: never green.</summary>
    Incomplete,

    /// <summary>Nothing to judge (e.g. no cases due in the window); does not count towards the status.</summary>
    NotJudged,
}

public static class StatusColours
{
    /// <summary>The code stored in <c>region_status.status</c>: groen, oranje, rood, onvolledig.</summary>
    public static string Code(this StatusColour colour) => colour switch
    {
        StatusColour.Green => "groen",
        StatusColour.Orange => "oranje",
        StatusColour.Red => "rood",
        StatusColour.Incomplete => "onvolledig",
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, null),
    };

    public static StatusColour ParseColour(string code) => code switch
    {
        "groen" => StatusColour.Green,
        "oranje" => StatusColour.Orange,
        "rood" => StatusColour.Red,
        "onvolledig" => StatusColour.Incomplete,
        _ => throw new FormatException($"Unknown status '{code}'."),
    };

    public static string Code(this RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Green => "groen",
        RuleOutcome.Orange => "oranje",
        RuleOutcome.Red => "rood",
        RuleOutcome.Incomplete => "onvolledig",
        RuleOutcome.NotJudged => "niet-beoordeeld",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static RuleOutcome ParseOutcome(string code) => code switch
    {
        "groen" => RuleOutcome.Green,
        "oranje" => RuleOutcome.Orange,
        "rood" => RuleOutcome.Red,
        "onvolledig" => RuleOutcome.Incomplete,
        "niet-beoordeeld" => RuleOutcome.NotJudged,
        _ => throw new FormatException($"Unknown rule outcome '{code}'."),
    };

    /// <summary>
    /// The status of a set of rule outcomes: red when any rule is red (its input was complete, so the region is red
    /// whatever the missing figures say); otherwise grey when any input is incomplete (it could hide red); otherwise
    /// the worst of orange and green. Nothing judged at all is grey, never green.
    /// </summary>
    public static StatusColour Combine(IEnumerable<RuleOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.Contains(RuleOutcome.Red) ? StatusColour.Red
            : list.Contains(RuleOutcome.Incomplete) ? StatusColour.Incomplete
            : list.Contains(RuleOutcome.Orange) ? StatusColour.Orange
            : list.Contains(RuleOutcome.Green) ? StatusColour.Green
            : StatusColour.Incomplete;
    }
}
