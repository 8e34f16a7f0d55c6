using Instroom.Data.Calendar;
using Instroom.Data.Rollups;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Map;

namespace Instroom.Web.Features.RegionReport;

/// <summary>The weekbeeld of one region for the ketenoverleg: status, recent weeks, key figures, the chain, breakdowns and sources.</summary>
public sealed record RegionReportPage(
    RegionRef Region,
    string KindLabel,
    IsoWeek Week,
    WeekNavigation WeekNavigation,
    MapStatus Status,
    string? ComputedAt,
    IReadOnlyList<ReasonQuestion> Reasons,
    IReadOnlyList<string> Notes,
    SupervisionSummary Supervision,
    IReadOnlyList<WeekStatusCell> Strip,
    IReadOnlyList<KeyFigure> KeyFigures,
    IReadOnlyList<ChainStepView> Chain,
    BreakdownTable PerGi,
    BreakdownTable PerGemeente,
    BreakdownTable PerMeasure,
    IReadOnlyList<SourceDeliveryRow> Sources,
    string StandPer,
    string Completeness,
    bool Corrected,
    Data.Rollups.FigureStage Stage,
    string StageExplanation,
    string CsvUrl,
    string XlsxUrl,
    string OverviewUrl)
{
    /// <summary>"Rijnmond (jeugdregio JZ29)".</summary>
    public string Title => $"{Region.Name} ({KindLabel} {Region.Code})";

    /// <summary>"voorlopig", "definitief", "voorlopig, gecorrigeerd" …</summary>
    public string StageLabel => Data.Rollups.FigureStages.Label(Stage, Corrected);
}

/// <summary>
/// Verscherpt toezicht as the inspecties set it, shown beside the computed status and apart from it: whether it
/// applies in the week, and the periods before.
/// </summary>
public sealed record SupervisionSummary(bool Active, bool Overdue, string Text, IReadOnlyList<string> History);

/// <summary>One week of the strip of recent statuses, linking to that week's weekbeeld.</summary>
public sealed record WeekStatusCell(IsoWeek Week, MapStatus Status, string Url, bool IsCurrent);

/// <summary>A key figure with its change since last week and since four weeks ago.</summary>
public sealed record KeyFigure(string Label, string? DefinitionUrl, Figure Value, Figure SinceLastWeek, Figure SinceFourWeeksAgo);

/// <summary>A step of the chain (Veilig Thuis, Raad, GI, passende hulp): who waits, how long, and what flows in and out.</summary>
public sealed record ChainStepView(
    string Code,
    string Label,
    ChainFigure Waiting,
    Figure Median,
    Figure P90,
    IReadOnlyList<ChainFigure> Parts,
    IReadOnlyList<ChainFigure> Flows,
    string? Incomplete);

/// <summary>A labelled figure in the chain, e.g. "Instroom: verzoeken om onderzoek 120".</summary>
public sealed record ChainFigure(string Label, string? DefinitionUrl, Figure Value);

/// <summary>A breakdown (per GI, per gemeente, per maatregel) with its region total as the last row.</summary>
public sealed record BreakdownTable(string Id, string Title, string RowHeader, IReadOnlyList<BreakdownColumn> Columns,
    IReadOnlyList<BreakdownRow> Rows, BreakdownRow Total);

public sealed record BreakdownColumn(string Label, string? DefinitionUrl);

public sealed record BreakdownRow(string Code, string Name, IReadOnlyList<Figure> Values, string? Note);

/// <summary>A source expected in (or delivering for) the region, and how its delivery for the week went.</summary>
public sealed record SourceDeliveryRow(string Code, string Name, string Kind, int Gemeenten, string Delivery, string Timeliness,
    string Rejected, bool HasProblem);
