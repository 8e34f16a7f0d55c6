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
    /// <summary>
    /// The columns as the header's first row has them: each column outside a group on its own (spanning both rows),
    /// the columns of a group together under its heading.
    /// </summary>
    public IReadOnlyList<OverviewHeaderRun> HeaderRuns => Headers.Aggregate(new List<OverviewHeaderRun>(), (runs, header) =>
    {
        if (header.Group is not null && runs.Count > 0 && runs[^1].Group == header.Group)
        {
            runs[^1] = runs[^1] with { Headers = [.. runs[^1].Headers, header] };
        }
        else
        {
            runs.Add(new OverviewHeaderRun(header.Group, [header]));
        }

        return runs;
    });

    /// <summary>"jeugdregio's" or "toezichtregio's".</summary>
    public string LevelPlural => Request.Level == OverviewLevel.Toezichtregio ? "toezichtregio's" : "jeugdregio's";
}

/// <summary>A link to the overview at a level, marked when it is the one shown.</summary>
public sealed record LevelChoice(string Label, string Url, bool IsCurrent);

/// <summary>How many regions of the level have a status.</summary>
public sealed record StatusTally(MapStatus Status, int Regions);

/// <summary>
/// A column of the table: its label, the definition it links to, and the sort link. <see cref="AriaSort"/> is set on
/// the column the table is sorted by ("ascending"/"descending"). A column in a <see cref="Group"/> sits in the header's
/// second row under the group's heading and shows the shorter <see cref="Visible"/> text; its <see cref="Label"/> says
/// in full what it is, for screen readers and the caption. <see cref="StartsSubgroup"/> marks the first column of
/// instroomlijst, doorstroomlijst and totaal, where the table draws a line.
/// </summary>
public sealed record OverviewHeader(OverviewColumn Column, string Label, string? DefinitionUrl, bool Numeric, string SortUrl, string SortHint,
    string? AriaSort, string? Group = null, string? Visible = null, bool StartsSubgroup = false)
{
    public string VisibleLabel => Visible ?? Label;
}

/// <summary>Columns next to each other in the header's first row: a group under its heading, or one column without a group.</summary>
public sealed record OverviewHeaderRun(string? Group, IReadOnlyList<OverviewHeader> Headers);

/// <summary>A list's count, its share of the lopende maatregelen and its change since last week, each through disclosure control.</summary>
public sealed record ListFigures(Figure Count, Figure Share, Figure Change);

/// <summary>
/// One region (or Nederland) in the overview's table. <see cref="WithoutCaseworker"/> is instroomlijst plus
/// doorstroomlijst: the figure the inspecties follow.
/// </summary>
public sealed record OverviewRow(
    string Code,
    string Name,
    string? Url,
    MapStatus Status,
    IReadOnlyList<CompactReason> Reasons,
    string? Supervision,
    ListFigures Instroomlijst,
    ListFigures Doorstroomlijst,
    ListFigures WithoutCaseworker,
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
