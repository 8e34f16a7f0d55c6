namespace Instroom.Data.Indicators;

/// <summary>How an indicator counts (contract, "Indicators").</summary>
public enum IndicatorKind
{
    /// <summary>State at the end of the peildatum.</summary>
    Stock,

    /// <summary>Cases whose deadline fell in the 28 days up to and including the peildatum.</summary>
    Flow,

    /// <summary>Waiting-time distribution over the seven classes; its class sum equals its stock.</summary>
    Histogram,
}

/// <summary>What a value means, for formatting and validation.</summary>
public enum IndicatorUnit
{
    /// <summary>A count of children, cases or meldingen: a non-negative integer.</summary>
    Count,

    /// <summary>A percentage 0–100 with at most one decimal.</summary>
    Percentage,

    /// <summary>Full-time equivalents (the contract allows integers only).</summary>
    Fte,
}
