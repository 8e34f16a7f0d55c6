using Instroom.Data.Calendar;
using NodaTime;

namespace Instroom.Data.Rollups;

/// <summary>Whether a week's figures can still change, marked the way CBS marks its figures (docs/status-rules.md).</summary>
public enum FigureStage
{
    /// <summary>An expected source has not delivered for the week yet, or its correctietermijn has not passed.</summary>
    Voorlopig,

    /// <summary>Every expected source delivered and the correctietermijn has passed.</summary>
    Definitief,
}

/// <summary>
/// Decides <see cref="FigureStage"/>: a week is voorlopig until every expected source has delivered for it AND the
/// correctietermijn — <see cref="CorrectionWindow"/> after the week's Sunday — has passed (Europe/Amsterdam dates).
/// The contract still accepts a correction later (a peildatum up to 400 days old); such a week stays definitief and is
/// marked gecorrigeerd, as CBS marks a revised definitive figure.
/// </summary>
public static class FigureStages
{
    /// <summary>Four weeks: long enough for a source to notice and correct a week's figures, short enough for monthly reporting.</summary>
    public static readonly Period CorrectionWindow = Period.FromWeeks(4);

    /// <summary>The last day on which a correction is still expected for <paramref name="week"/>.</summary>
    public static LocalDate WindowEnd(IsoWeek week) => week.Sunday.Plus(CorrectionWindow);

    public static FigureStage Of(IsoWeek week, Completeness completeness, LocalDate today) =>
        completeness.IsComplete && today > WindowEnd(week) ? FigureStage.Definitief : FigureStage.Voorlopig;

    /// <summary>"voorlopig", "definitief", or either followed by ", gecorrigeerd".</summary>
    public static string Label(FigureStage stage, bool corrected) =>
        (stage == FigureStage.Definitief ? "definitief" : "voorlopig") + (corrected ? ", gecorrigeerd" : "");

    /// <summary>Why the figure is what it is, for a tooltip or a footnote.</summary>
    public static string Explanation(IsoWeek week, Completeness completeness, LocalDate today) =>
        Of(week, completeness, today) == FigureStage.Definitief
            ? "Definitief: alle verwachte bronnen hebben aangeleverd en de correctietermijn is voorbij."
            : !completeness.IsComplete
                ? "Voorlopig: nog niet alle verwachte bronnen hebben aangeleverd."
                : $"Voorlopig: correcties zijn nog mogelijk tot en met {Text.DutchFormat.Date(WindowEnd(week))}.";
}
