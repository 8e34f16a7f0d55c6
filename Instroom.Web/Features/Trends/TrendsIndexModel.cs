using Instroom.Data.Areas;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Trends;

using Instroom.Web.Features.Dashboard;

namespace Instroom.Web.Features.Trends;

/// <summary>An option of a select, and the group it is listed under.</summary>
public sealed record ChoiceGroup(string Label, IReadOnlyList<Choice> Choices);

public sealed record Choice(string Value, string Label);

/// <summary>A column header that links to the definition of the figure under it.</summary>
public sealed record DefinedHeader(string Label, string Anchor);

/// <summary>The trends page: the form (indicators, areas, periods), the chart's data address and summary, and the table.</summary>
public sealed record TrendsIndexModel(
    DisclosedTrend Trend,
    IReadOnlyList<string> Errors,
    IReadOnlyList<ChoiceGroup> Indicators,
    IReadOnlyList<ChoiceGroup> Areas,
    string ChartDataUrl,
    string CsvUrl,
    string XlsxUrl,
    string Summary,
    DefinedHeader CountHeader,
    DefinedHeader? BaseHeader,
    string? PendingNote)
{
    public TrendIndicator Indicator => Trend.Indicator;

    public TrendSelection Selection => Trend.Selection;

    public static TrendsIndexModel From(TrendData data, DisclosedTrend trend)
    {
        var query = trend.Selection.QueryString;
        var indicator = trend.Indicator;
        return new TrendsIndexModel(
            trend,
            data.Errors,
            [
                new("Statusindicatoren", TrendIndicators.Status.Select(ChoiceOf).ToList()),
                new("Afgeleid", TrendIndicators.Derived.Select(ChoiceOf).ToList()),
                new("Indicatoren uit het aanlevercontract", TrendIndicators.Contract.Select(ChoiceOf).ToList()),
            ],
            [
                Group("Nederland", data.Areas.OfKind(AreaKind.Land)),
                Group("Toezichtregio's", data.Areas.OfKind(AreaKind.Toezichtregio)),
                Group("Jeugdregio's", data.Areas.OfKind(AreaKind.Jeugdregio)),
                Group("Gemeenten", data.Areas.OfKind(AreaKind.Gemeente)),
            ],
            "/trends/gegevens" + query,
            "/trends/download.csv" + query,
            "/trends/download.xlsx" + query,
            TrendSummary.Describe(trend),
            CountHeaderOf(indicator),
            indicator.BaseCode is { } baseCode ? Defined(IndicatorCatalogue.Get(baseCode)) : null,
            PendingNoteOf(data));
    }

    /// <summary>Why some weeks are hidden whole for now (see <see cref="WeekHiddenTotals.WeeksPerRequest"/>), or null.</summary>
    private static string? PendingNoteOf(TrendData data)
    {
        var pending = data.HiddenElsewhere.Pending.Count(week => week >= data.Selection.From.Plus(-TrendData.WeeksInAYear) && week <= data.Selection.To);
        return pending == 0
            ? null
            : $"Voor {pending} {(pending == 1 ? "week" : "weken")} is de afscherming van kleine aantallen nog niet doorgerekend, " +
              "bijvoorbeeld vlak na een grote import. Die weken zijn voorlopig helemaal afgeschermd; over enkele minuten zijn ze er wel.";
    }

    private static Choice ChoiceOf(TrendIndicator indicator) => new(indicator.Code, indicator.Label);

    private static ChoiceGroup Group(string label, IEnumerable<AreaEntry> areas) =>
        new(label, areas.Select(area => new Choice(area.Code, area.Name)).ToList());

    private static DefinedHeader Defined(Indicator indicator) => new(indicator.Label, indicator.DefinitionAnchor);

    /// <summary>The count under a share or waiting time is a contract figure, or instroomlijst + doorstroomlijst together.</summary>
    private static DefinedHeader CountHeaderOf(TrendIndicator indicator) => indicator switch
    {
        { Kind: TrendValueKind.Count } => new(indicator.Label, indicator.DefinitionAnchor),
        { CountCodes.Count: 1 } => Defined(IndicatorCatalogue.Get(indicator.CountCodes[0])),
        _ => TrendIndicators.TryGet(RollupIndicator.ZonderVasteJeugdbeschermer, out var derived)
            ? new(derived.Label, derived.DefinitionAnchor)
            : throw new InvalidOperationException("Derived indicator missing."),
    };
}
