using NodaTime;

namespace Instroom.Data.Status;

/// <summary>
/// A row of <c>status_rule</c>: the thresholds at which a <see cref="StatusIndicators">status indicator</see> turns a
/// region orange and red, and which of the three questions it answers.
/// </summary>
public sealed record StatusRule(
    string RuleCode,
    StatusQuestion Question,
    string Indicator,
    RuleDirection Direction,
    decimal OrangeThreshold,
    decimal RedThreshold,
    bool Enabled,
    Instant UpdatedAt,
    string UpdatedBy);
