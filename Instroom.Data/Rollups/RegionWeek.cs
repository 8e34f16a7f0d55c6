using Instroom.Data.Calendar;
using Instroom.Data.Indicators;

namespace Instroom.Data.Rollups;

/// <summary>
/// The read model of one region in one ISO week, as the dashboard and the status rules use it: the headline
/// indicators (all measures together), the same per measure, and the chain from Veilig Thuis to passende hulp.
/// </summary>
public sealed record RegionWeek(
    RegionRef Region,
    IsoWeek Week,
    int GemeenteCount,
    Completeness Completeness,
    Freshness Freshness,
    IReadOnlyList<IndicatorValue> Indicators,
    IReadOnlyList<MeasureBreakdown> Measures,
    IReadOnlyList<ChainStep> Chain)
{
    /// <summary>A correction replaced an earlier delivery used for this week ("gecorrigeerd").</summary>
    public bool Corrected => Freshness.Corrected;

    /// <summary>A headline indicator by code (<see cref="IndicatorCatalogue"/> or <see cref="RollupIndicator"/>).</summary>
    public IndicatorValue Indicator(string code) =>
        Indicators.FirstOrDefault(i => i.Code == code) ?? throw new KeyNotFoundException($"Region week has no indicator '{code}'.");
}

/// <summary>
/// One figure of a region in a week. <see cref="Count"/> is the summed stock or flow (for a "…-tijdig" indicator:
/// the cases on time); <see cref="Share"/> is a percentage 0–100 of <see cref="Base"/> where that means something
/// (children without a vaste jeugdbeschermer of lopende maatregelen, tijdig of totaal); <see cref="Median"/> and
/// <see cref="P90"/> come from the summed waiting-time histogram. Null means "no data": no source of the
/// indicator's kind delivered for the region, or (share) a base of zero, or (waiting time) nobody waiting.
/// </summary>
public sealed record IndicatorValue(
    string Code,
    string Label,
    string Measure,
    decimal? Count,
    decimal? Base,
    decimal? Share,
    WaitingTime? Median,
    WaitingTime? P90,
    Completeness Completeness,
    Freshness Freshness)
{
    public bool HasData => Count is not null;
}

/// <summary>The GI indicators of a region in a week for one measure (OTS, VOTS, voogdij, JR).</summary>
public sealed record MeasureBreakdown(string Measure, string Label, IReadOnlyList<IndicatorValue> Indicators);

/// <summary>
/// One step of the chain a child goes through (Veilig Thuis → Raad → GI → passende hulp): its waiting list with
/// count and waiting times (<see cref="Waiting"/>), the lists it is made of where there are more (GI: instroomlijst
/// and doorstroomlijst), and the flows in and out that the contract has for it.
/// </summary>
public sealed record ChainStep(
    string Code,
    string Label,
    Sources.SourceKind Source,
    IndicatorValue Waiting,
    IReadOnlyList<IndicatorValue> Parts,
    IReadOnlyList<ChainFlow> Flows);

/// <summary>A flow of a chain step over the contract's 28-day window.</summary>
public sealed record ChainFlow(ChainFlowDirection Direction, IndicatorValue Value);

public enum ChainFlowDirection
{
    /// <summary>Into the step (Raad: verzoeken om onderzoek; GI: nieuwe maatregelen).</summary>
    In,

    /// <summary>Out of the step (Raad: gestarte onderzoeken; GI: beëindigde maatregelen).</summary>
    Out,

    /// <summary>Through the step without waiting (Raad: spoedzaken, never on the wachtlijst).</summary>
    Bypass,
}
