using Instroom.Data.Rollups;
using Instroom.Data.Text;

namespace Instroom.Data.Status;

/// <summary>What a status indicator's value and thresholds are measured in.</summary>
public enum StatusUnit
{
    /// <summary>A percentage 0–100, compared and shown with one decimal.</summary>
    Percentage,

    /// <summary>Calendar days from a waiting-time histogram, compared and shown in whole days.</summary>
    Days,
}

/// <summary>
/// A value of a <see cref="RegionWeek"/> that a status rule can judge (the code stored in <c>status_rule.indicator</c>).
/// <see cref="ThresholdIncluded"/> says whether reaching the threshold exactly counts: "rood vanaf 10%" (included),
/// "rood boven 42 dagen" and "rood onder 50%" (not included).
/// </summary>
public sealed class StatusIndicator
{
    private readonly Func<RegionWeek, StatusReading> _read;
    private readonly string _subject;

    internal StatusIndicator(string code, string name, string subject, StatusUnit unit, RuleDirection worseWhen, bool thresholdIncluded,
        Func<RegionWeek, StatusReading> read)
    {
        Code = code;
        Name = name;
        _subject = subject;
        Unit = unit;
        WorseWhen = worseWhen;
        ThresholdIncluded = thresholdIncluded;
        _read = read;
    }

    public string Code { get; }

    /// <summary>Dutch noun phrase: "Mediane wachttijd instroomlijst".</summary>
    public string Name { get; }

    public StatusUnit Unit { get; }

    public RuleDirection WorseWhen { get; }

    public bool ThresholdIncluded { get; }

    public StatusReading Read(RegionWeek week) => _read(week);

    /// <summary>The value in its sentence: "Instroomlijst en doorstroomlijst 12,4% van lopende maatregelen".</summary>
    public string Subject(string value) => string.Format(DutchFormat.Culture, _subject, value);

    /// <summary>"10%", "42 dagen".</summary>
    public string FormatThreshold(decimal threshold) => Unit switch
    {
        StatusUnit.Percentage => DutchFormat.Threshold(threshold) + "%",
        _ => threshold == 1 ? "1 dag" : DutchFormat.Threshold(threshold) + " dagen",
    };

    /// <summary>"vanaf", "boven", "onder" or "tot en met": how a threshold is reached, in the reason's words.</summary>
    public string ThresholdWord => (WorseWhen, ThresholdIncluded) switch
    {
        (RuleDirection.HigherIsWorse, true) => "vanaf",
        (RuleDirection.HigherIsWorse, false) => "boven",
        (RuleDirection.LowerIsWorse, true) => "tot en met",
        _ => "onder",
    };

    public bool Reaches(decimal value, decimal threshold) => (WorseWhen, ThresholdIncluded) switch
    {
        (RuleDirection.HigherIsWorse, true) => value >= threshold,
        (RuleDirection.HigherIsWorse, false) => value > threshold,
        (RuleDirection.LowerIsWorse, true) => value <= threshold,
        _ => value < threshold,
    };
}

/// <summary>What a status indicator read from a region's week.</summary>
public enum StatusReadingKind
{
    /// <summary>A value to compare with the thresholds.</summary>
    Value,

    /// <summary>No source of the indicator's kind delivered for the region (or a histogram is missing).</summary>
    NoData,

    /// <summary>Nothing to judge, e.g. no cases whose deadline fell in the window.</summary>
    NotApplicable,

    /// <summary>A waiting list that is empty: nobody waits.</summary>
    NobodyWaiting,
}

/// <summary>
/// A status indicator's reading: the value rounded as shown (so the status agrees with what people read), its
/// display text, why there is no value, and the completeness of its input.
/// </summary>
public sealed record StatusReading(StatusReadingKind Kind, decimal Value, string Display, string Explanation, Completeness Completeness);
