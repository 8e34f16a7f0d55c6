using Instroom.Data.Sources;

namespace Instroom.Data.Indicators;

/// <summary>
/// One indicator of the delivery contract: its code, Dutch label and definition, which kind of source delivers
/// it and how. <see cref="StockCode"/> links a histogram to the stock its classes must add up to;
/// <see cref="TotalCode"/> links a "…-tijdig" flow to the "…-totaal" it may not exceed.
/// </summary>
public sealed record Indicator(
    string Code,
    string Label,
    SourceKind Source,
    IndicatorKind Kind,
    IndicatorUnit Unit,
    bool HasMeasure,
    bool OrganisationWide,
    string Definition,
    string? StockCode = null,
    string? TotalCode = null,
    string? Norm = null)
{
    /// <summary>Anchor of the definition on the indicator page, so every figure on screen can link to it.</summary>
    public string DefinitionAnchor => "indicator-" + Code;
}
