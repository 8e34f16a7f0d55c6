using Instroom.Data.Calendar;
using Instroom.Data.Sources;
using NodaTime;

namespace Instroom.Data.Rollups;

/// <summary>
/// Everything a week's rollup needs, read from the database in one go (<see cref="RollupQueries.LoadWeekAsync"/>)
/// and aggregated in memory by <see cref="WeekRollup"/>: regions with their gemeenten, the sources expected per
/// gemeente, the delivery used per source and that delivery's gemeente-level figures.
/// </summary>
public sealed record WeekInput(
    IsoWeek Week,
    IReadOnlyList<RegionComposition> Regions,
    IReadOnlyList<SourceExpectation> Expected,
    IReadOnlyList<UsedDelivery> Deliveries,
    IReadOnlyList<GemeenteFigure> Figures);

/// <summary>A region (jeugdregio, toezichtregio, land) by its code, name and <see cref="Areas.AreaKind"/>.</summary>
public sealed record RegionRef(string Code, string Name, string Kind);

/// <summary>A region with the gemeenten that belong to it on the week's Sunday.</summary>
public sealed record RegionComposition(RegionRef Region, IReadOnlyList<string> Gemeenten);

/// <summary>A source that delivers.</summary>
public sealed record SourceRef(string Code, string Name, SourceKind Kind);

/// <summary>A source expected to deliver for a gemeente on the week's Sunday (coverage and source both valid).</summary>
public sealed record SourceExpectation(SourceRef Source, string GemeenteCode);

/// <summary>
/// The delivery used for a source in a week: its latest current delivery with a peildatum in that week.
/// <see cref="Corrected"/>: it replaced an earlier delivery for the same peildatum.
/// </summary>
public sealed record UsedDelivery(SourceRef Source, LocalDate ReferenceDate, bool Corrected);

/// <summary>
/// One stored figure of a used delivery for a gemeente. <see cref="Class"/> is a <see cref="Indicators.WaitingTimeClass"/>
/// code for histogram rows and "" otherwise; <see cref="Measure"/> is "" for indicators without a measure.
/// </summary>
public sealed record GemeenteFigure(string SourceCode, string GemeenteCode, string Indicator, string Measure, string Class, decimal Value);
