namespace Instroom.Data.Status;

/// <summary>Which way a status indicator gets worse.</summary>
public enum RuleDirection
{
    /// <summary>"hoger-is-slechter": a waiting time, a share without a vaste jeugdbeschermer.</summary>
    HigherIsWorse,

    /// <summary>"lager-is-slechter": a share of cases on time.</summary>
    LowerIsWorse,
}

public static class RuleDirections
{
    /// <summary>The code stored in <c>status_rule.direction</c>.</summary>
    public static string Code(this RuleDirection direction) => direction switch
    {
        RuleDirection.HigherIsWorse => "hoger-is-slechter",
        RuleDirection.LowerIsWorse => "lager-is-slechter",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    public static bool TryParse(string? code, out RuleDirection direction)
    {
        (var known, direction) = code switch
        {
            "hoger-is-slechter" => (true, RuleDirection.HigherIsWorse),
            "lager-is-slechter" => (true, RuleDirection.LowerIsWorse),
            _ => (false, default),
        };
        return known;
    }

    public static RuleDirection Parse(string code) =>
        TryParse(code, out var direction) ? direction : throw new FormatException($"Unknown rule direction '{code}'.");

    /// <summary>"hoger is slechter", for messages.</summary>
    public static string Label(this RuleDirection direction) => direction.Code().Replace('-', ' ');
}
