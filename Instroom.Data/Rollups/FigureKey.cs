namespace Instroom.Data.Rollups;

/// <summary>
/// An indicator and a measure. In a rollup <see cref="Indicators.Measure.None"/> ("") stands for all measures
/// together; for an indicator without a measure dimension that is its only key.
/// </summary>
public readonly record struct FigureKey(string Indicator, string Measure);
