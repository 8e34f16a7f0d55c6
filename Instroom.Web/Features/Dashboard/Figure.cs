using Instroom.Data.Disclosure;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Text;

namespace Instroom.Web.Features.Dashboard;

/// <summary>What a figure is, for sorting and export: a count, a percentage (0–100), whole days, or a change.</summary>
public enum FigureKind
{
    Count,
    Percentage,
    Days,
    Change,
}

/// <summary>How a figure sorts: shown values first, then hidden ones together (their order would leak them), then none.</summary>
public enum FigureVisibility
{
    Shown = 0,
    Hidden = 1,
    NotApplicable = 2,
    NoData = 3,
}

/// <summary>
/// One cell of a dashboard table as it may leave the server: the Dutch text, the CSS class of its state, and the
/// number behind it only when that number is shown. Counts, shares and changes come from disclosure control;
/// waiting times and percentages of rates are shown only when enough cases are behind them ("te weinig zaken").
/// </summary>
public readonly record struct Figure(FigureKind Kind, string Text, string CssClass, FigureVisibility Visibility, decimal? Number,
    decimal? SortValue, string? Description = null)
{
    public const string TooFewCases = "te weinig zaken";
    public const string NobodyWaiting = "niemand wacht";
    public const string NoCases = "geen zaken";
    public const string NoData = "geen gegevens";

    public bool IsShown => Visibility == FigureVisibility.Shown;

    public static Figure Missing(FigureKind kind) => new(kind, NoData, "is-nodata", FigureVisibility.NoData, null, null);

    public static Figure Count(DisclosedCount count) =>
        new(FigureKind.Count, count.Text, count.CssClass, VisibilityOf(count.State), count.Value, count.Value, count.Description);

    public static Figure Share(DisclosedShare share) => share.Percentage is { } percentage
        ? new(FigureKind.Percentage, share.Text, share.CssClass, FigureVisibility.Shown, Round(percentage), percentage)
        : new(FigureKind.Percentage, share.Text, share.CssClass, VisibilityOf(share.State), null, null);

    public static Figure Change(DisclosedChange change) =>
        new(FigureKind.Change, change.Text, change.CssClass, VisibilityOf(change.State), change.Value, change.Value);

    /// <summary>
    /// A waiting time of a list (median or P90, picked by <paramref name="pick"/>), shown only when at least
    /// <paramref name="threshold"/> children are on the list: a median of two children describes those two.
    /// </summary>
    public static Figure Wait(IndicatorValue list, Func<IndicatorValue, WaitingTime?> pick, int threshold) =>
        Wait(list.Count, pick(list), threshold);

    /// <summary>A waiting time read from a list of <paramref name="waiting"/> children (null: no data), as <see cref="Wait(IndicatorValue, Func{IndicatorValue, WaitingTime?}, int)"/>.</summary>
    public static Figure Wait(decimal? waiting, WaitingTime? wait, int threshold) => waiting switch
    {
        null => Missing(FigureKind.Days),
        0 => new(FigureKind.Days, NobodyWaiting, "is-notapplicable", FigureVisibility.NotApplicable, null, null),
        { } count when count < threshold => Hidden(FigureKind.Days),
        _ => wait is { } value ? Days(value) : Missing(FigureKind.Days),
    };

    /// <summary>
    /// The percentage of a "…-tijdig" indicator of its "…-totaal", shown only when at least <paramref name="threshold"/>
    /// cases were due: a percentage of three cases tells who was late.
    /// </summary>
    public static Figure Rate(IndicatorValue onTime, int threshold) => Rate(onTime.Count, onTime.Base, threshold);

    /// <summary><paramref name="onTime"/> of <paramref name="due"/> cases as a percentage, as <see cref="Rate(IndicatorValue, int)"/>.</summary>
    public static Figure Rate(decimal? onTime, decimal? due, int threshold) => (onTime, due) switch
    {
        (null, _) or (_, null) => Missing(FigureKind.Percentage),
        (_, 0) => new(FigureKind.Percentage, NoCases, "is-notapplicable", FigureVisibility.NotApplicable, null, null),
        (_, { } cases) when cases < threshold => Hidden(FigureKind.Percentage),
        ({ } count, { } cases) => Percentage(count / cases * 100m),
    };

    /// <summary>The difference of two shown percentages in percentage points, or why there is none.</summary>
    public Figure PointsSince(Figure earlier) => ChangeOf(earlier, (now, then) =>
    {
        var points = now - then;
        return (points.ToString("+0.0;-0.0;0.0", DutchFormat.Culture) + " procentpunt", points);
    });

    /// <summary>The difference of two shown waiting times in whole days, or why there is none.</summary>
    public Figure DaysSince(Figure earlier) => ChangeOf(earlier, (now, then) =>
    {
        var days = now - then;
        return (days.ToString("+#,0;-#,0;0", DutchFormat.Culture) + (Math.Abs(days) == 1 ? " dag" : " dagen"), days);
    });

    public override string ToString() => Text;

    private Figure ChangeOf(Figure earlier, Func<decimal, decimal, (string Text, decimal Value)> difference)
    {
        if (Number is { } now && earlier.Number is { } then)
        {
            var (text, value) = difference(now, then);
            return new(FigureKind.Change, text, "", FigureVisibility.Shown, value, value);
        }

        // "≥ 183 dagen" has no number to subtract; nor has a hidden or missing value.
        var visibility = (Visibility, earlier.Visibility) switch
        {
            (FigureVisibility.NoData, _) or (_, FigureVisibility.NoData) => FigureVisibility.NoData,
            (FigureVisibility.Hidden, _) or (_, FigureVisibility.Hidden) => FigureVisibility.Hidden,
            _ => FigureVisibility.NotApplicable,
        };
        return visibility switch
        {
            FigureVisibility.NoData => Missing(FigureKind.Change),
            FigureVisibility.Hidden => new(FigureKind.Change, "afgeschermd", "is-suppressed", visibility, null, null),
            _ => new(FigureKind.Change, "–", "is-notapplicable", visibility, null, null),
        };
    }

    private static Figure Days(WaitingTime wait) => wait.IsOpenEnded
        ? new(FigureKind.Days, wait.ToDutchString(), "", FigureVisibility.Shown, null, (decimal)wait.Days + 0.5m)
        : new(FigureKind.Days, wait.ToDutchString(), "", FigureVisibility.Shown, wait.WholeDays, (decimal)wait.Days);

    private static Figure Percentage(decimal share) =>
        new(FigureKind.Percentage, DutchFormat.Percentage(Round(share)), "", FigureVisibility.Shown, Round(share), share);

    private static Figure Hidden(FigureKind kind) =>
        new(kind, TooFewCases, "is-suppressed", FigureVisibility.Hidden, null, null,
            "Te weinig zaken om dit cijfer te tonen zonder dat het over enkele kinderen gaat");

    private static decimal Round(decimal percentage) => decimal.Round(percentage, 1, MidpointRounding.AwayFromZero);

    private static FigureVisibility VisibilityOf(DisclosureState state) => state switch
    {
        DisclosureState.Exact or DisclosureState.Rounded => FigureVisibility.Shown,
        DisclosureState.Suppressed => FigureVisibility.Hidden,
        DisclosureState.NotApplicable => FigureVisibility.NotApplicable,
        _ => FigureVisibility.NoData,
    };
}
