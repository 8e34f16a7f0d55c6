using Instroom.Data.Calendar;
using Instroom.Web.Features.Map;
using Instroom.Web.Features.Overview;
using NodaTime;

namespace Instroom.Web.Features.Inspectie;

/// <summary>
/// The inspecties' page: regions under verscherpt toezicht and whether they improve, the statuses of every region over
/// 26 weeks, and the forms to start and end a period.
/// </summary>
public sealed record InspectiePage(
    LocalDate Today,
    IsoWeek LatestWeek,
    IReadOnlyList<SupervisedRegion> Open,
    IReadOnlyList<SupervisedRegion> Ended,
    HeatStrip Heat,
    IReadOnlyList<LevelChoice> Levels,
    IReadOnlyList<RegionOption> RegionOptions,
    string? Confirmation)
{
    /// <summary>The start form as posted, to show it again with its errors.</summary>
    public StartSupervisionForm StartForm { get; init; } = new();

    /// <summary>The end form as posted and the period it was for, to show it again with its errors.</summary>
    public EndSupervisionForm EndForm { get; init; } = new();

    public int? EndFormPeriod { get; init; }
}

/// <summary>
/// A period of verscherpt toezicht on a region, with the computed status in the week it started and in the latest
/// week: did the region improve since?
/// </summary>
public sealed record SupervisedRegion(
    int Id,
    string Code,
    string Name,
    string Url,
    string Start,
    string PlannedEnd,
    bool Overdue,
    string? ActualEnd,
    WeekStatus AtStart,
    WeekStatus Latest,
    string Trend,
    string? Note,
    string SetBy);

/// <summary>A region's status in a week, with the week it is from.</summary>
public sealed record WeekStatus(IsoWeek Week, MapStatus Status);

/// <summary>Status per region per week, oldest week first: a table with a shape and a letter in each cell, not colour alone.</summary>
public sealed record HeatStrip(string Title, IReadOnlyList<IsoWeek> Weeks, IReadOnlyList<HeatRow> Rows);

public sealed record HeatRow(string Code, string Name, string Url, bool UnderSupervision, IReadOnlyList<HeatCell> Cells);

public sealed record HeatCell(IsoWeek Week, MapStatus Status, string Url);

/// <summary>A region in the start form's list, grouped by kind.</summary>
public sealed record RegionOption(string Group, string Code, string Name);
