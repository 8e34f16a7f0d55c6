using Instroom.Data.Sources;

namespace Instroom.Data.Trends;

/// <summary>What a trend plots per week.</summary>
public enum TrendValueKind
{
    /// <summary>A summed stock or flow (children, cases, meldingen).</summary>
    Count,

    /// <summary>A summed count as a percentage of a summed base (e.g. instroomlijst of lopende maatregelen).</summary>
    Share,

    /// <summary>Median and 90th percentile of the summed waiting-time histogram, in days.</summary>
    WaitingTime,
}

/// <summary>
/// An indicator a trend can follow: a contract indicator or a figure derived from them (a status indicator, the
/// children without a vaste jeugdbeschermer). It names the stored figures it is made of, so a trend query fetches
/// exactly those, and the status indicator whose rules give its orange and red lines.
/// </summary>
/// <param name="CountCodes">Summed: the count (Count), the numerator (Share) or the waiting list (WaitingTime).</param>
/// <param name="BaseCode">The denominator of a Share.</param>
/// <param name="HistogramCodes">The histograms whose classes are summed for a WaitingTime.</param>
/// <param name="StatusIndicatorCode">Rules (<c>status_rule.indicator</c>) with this code give the threshold lines.</param>
/// <param name="NormLine">A contract norm that can be drawn on the chart, in the chart's unit.</param>
public sealed record TrendIndicator(
    string Code,
    string Label,
    string Definition,
    SourceKind Source,
    TrendValueKind Kind,
    string KindLabel,
    IReadOnlyList<string> CountCodes,
    string? BaseCode,
    IReadOnlyList<string> HistogramCodes,
    bool HasMeasure,
    string? StatusIndicatorCode,
    string? Norm,
    TrendNormLine? NormLine)
{
    /// <summary>The most figure codes any trend indicator needs (the trend query has this many parameters).</summary>
    public const int MaxFigureCodes = 5;

    /// <summary>Anchor of the definition on the indicator page (same scheme as <see cref="Indicators.Indicator.DefinitionAnchor"/>).</summary>
    public string DefinitionAnchor => "indicator-" + Code;

    /// <summary>"procent", "dagen" or "aantal": the unit of the plotted value.</summary>
    public string UnitLabel => Kind switch
    {
        TrendValueKind.Share => "procent",
        TrendValueKind.WaitingTime => "dagen",
        _ => "aantal",
    };

    /// <summary>Every stored indicator code the trend reads.</summary>
    public IReadOnlyList<string> FigureCodes =>
        CountCodes.Concat(BaseCode is null ? [] : [BaseCode]).Concat(HistogramCodes).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>A contract norm drawn as a line: "Startnorm Raad: 10 dagen".</summary>
public sealed record TrendNormLine(decimal Value, string Label);
