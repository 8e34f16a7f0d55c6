using Instroom.Data.Calendar;
using Instroom.Data.Rollups;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Map;
using NodaTime;

namespace Instroom.Web.Features.Overview;

/// <summary>The landelijk overzicht of one week at one level: the map, the table of regions and what is stale or missing.</summary>
public sealed record OverviewPage(
    IsoWeek Week,
    OverviewRequest Request,
    WeekNavigation WeekNavigation,
    IReadOnlyList<LevelChoice> Levels,
    NationalMapModel Map,
    IReadOnlyList<StatusTally> Tally,
    IReadOnlyList<OverviewHeader> Headers,
    IReadOnlyList<OverviewRow> Rows,
    OverviewRow? National,
    UpdateInfo Updated,
    IReadOnlyList<string> Warnings,
    string CsvUrl,
    string XlsxUrl)
{
    /// <summary>"jeugdregio's" or "toezichtregio's".</summary>
    public string LevelPlural => Request.Level == OverviewLevel.Toezichtregio ? "toezichtregio's" : "jeugdregio's";
}

/// <summary>A link to the overview at a level, marked when it is the one shown.</summary>
public sealed record LevelChoice(string Label, string Url, bool IsCurrent);

/// <summary>How many regions of the level have a status.</summary>
public sealed record StatusTally(MapStatus Status, int Regions);

/// <summary>
/// A column of the table: its label, the definition it links to, and the sort link. <see cref="AriaSort"/> is set on
/// the column the table is sorted by ("ascending"/"descending").
/// </summary>
public sealed record OverviewHeader(OverviewColumn Column, string Label, string? DefinitionUrl, bool Numeric, string SortUrl, string SortHint,
    string? AriaSort);

/// <summary>One region (or Nederland) in the overview's table.</summary>
public sealed record OverviewRow(
    string Code,
    string Name,
    string? Url,
    MapStatus Status,
    IReadOnlyList<CompactReason> Reasons,
    string? Supervision,
    Figure WithoutCaseworker,
    Figure WithoutCaseworkerShare,
    Figure WithoutCaseworkerChange,
    Figure MedianWait,
    Figure P90Wait,
    Figure FirstContactOnTime,
    Figure WaitingForCare,
    int DeliveredSources,
    int ExpectedSources,
    string StandPer,
    LocalDate? OldestReferenceDate,
    LocalDate? NewestReferenceDate,
    bool Corrected,
    FigureStage Stage,
    string StageExplanation)
{
    /// <summary>"voorlopig", "definitief", "voorlopig, gecorrigeerd" …</summary>
    public string StageLabel => FigureStages.Label(Stage, Corrected);

    /// <summary>"38 van 41 bronnen".</summary>
    public string Completeness => ExpectedSources == 0 ? "geen bronnen verwacht" : $"{DeliveredSources} van {ExpectedSources} bronnen";

    public bool IsComplete => DeliveredSources >= ExpectedSources;
}

/// <summary>When the figures and statuses were last refreshed, in Dutch local time, and whether that is too long ago.</summary>
public sealed record UpdateInfo(string LastImport, string LastComputed, bool Stale);
