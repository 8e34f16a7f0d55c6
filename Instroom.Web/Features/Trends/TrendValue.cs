using Instroom.Data.Disclosure;
using Instroom.Data.Indicators;

namespace Instroom.Web.Features.Trends;

/// <summary>
/// One plotted value as it may leave the server: the number for the chart (null makes a gap), its Dutch text for
/// the table, and the state that tells apart a hidden value, no data and zero. Only made from disclosed counts.
/// </summary>
public sealed record TrendValue(decimal? Number, string Text, DisclosureState State)
{
    public const string SuppressedNote = "afgeschermd";

    public static readonly TrendValue NoData = new(null, "geen gegevens", DisclosureState.NoData);

    public bool IsVisible => Number is not null;

    /// <summary>The CSS class the table cell gets: is-suppressed, is-nodata, is-notapplicable, or none.</summary>
    public string CssClass => State switch
    {
        DisclosureState.Suppressed => "is-suppressed",
        DisclosureState.NoData => "is-nodata",
        DisclosureState.NotApplicable => "is-notapplicable",
        DisclosureState.Rounded => "is-rounded",
        _ => "",
    };

    /// <summary>What a chart tooltip says: "&lt;5 (afgeschermd)" for a hidden count, never the number.</summary>
    public string Tooltip => State == DisclosureState.Suppressed && Text != SuppressedNote ? $"{Text} ({SuppressedNote})" : Text;

    public static TrendValue Of(DisclosedCount count) => new(count.Value, count.Text, count.State);

    /// <summary>A percentage with one decimal, as the status rules read it.</summary>
    public static TrendValue Of(DisclosedShare share) => share.Percentage is { } percentage
        ? new(decimal.Round(percentage, 1, MidpointRounding.AwayFromZero), share.Text, share.State)
        : new(null, share.Text, share.State);

    /// <summary>
    /// A waiting time of a list, shown only when the list's count is: a median of a hidden list of three children
    /// would tell about those three. An empty list has no waiting time ("niemand wacht").
    /// </summary>
    public static TrendValue WaitingTime(DisclosedCount list, WaitingTime? waitingTime) => list.State switch
    {
        DisclosureState.Suppressed => new(null, SuppressedNote, DisclosureState.Suppressed),
        DisclosureState.NoData => NoData,
        _ when list.Value == 0 => new(null, "niemand wacht", DisclosureState.NotApplicable),
        _ when waitingTime is null => new(null, "geen wachtduurverdeling", DisclosureState.NoData),
        _ => new(waitingTime.Value.WholeDays, waitingTime.Value.ToDutchString(), list.State),
    };
}
