namespace Instroom.Data.Disclosure;

/// <summary>
/// A count as it may leave the server: the only way to show a count on a page, in a chart, a tooltip, an export or
/// JSON. Only <see cref="DisclosureControl.Apply{TKey}"/> makes visible ones, and a hidden count does not carry its
/// value at all, so there is nothing to leak by accident (serialising it is safe).
/// </summary>
/// <remarks>
/// <c>default(DisclosedCount)</c> is <see cref="DisclosureState.NoData"/>. Arithmetic on disclosed counts goes through
/// <see cref="ChangeSince"/> and <see cref="ShareOf"/>, which hide their result when any input is hidden or missing.
/// <see cref="ToString"/> is the display text, so Razor's <c>@count</c> shows "1.234", "&lt;5" or "geen gegevens".
/// </remarks>
public readonly record struct DisclosedCount
{
    private readonly int _value;
    private readonly int _threshold;

    private DisclosedCount(DisclosureState state, int value, int threshold)
    {
        State = state;
        _value = value;
        _threshold = threshold;
    }

    /// <summary>No delivery for this cell.</summary>
    public static DisclosedCount NoData => default;

    public DisclosureState State { get; }

    /// <summary>True when a number is shown (exact or rounded, 0 included).</summary>
    public bool IsVisible => State is DisclosureState.Exact or DisclosureState.Rounded;

    /// <summary>The shown number, or null when hidden or missing (a gap in a chart).</summary>
    public int? Value => IsVisible ? _value : null;

    /// <summary>Display text in nl-NL: "1.234", "0", "&lt;5", "geen gegevens".</summary>
    public string Text => State switch
    {
        DisclosureState.Exact or DisclosureState.Rounded => DutchDisplay.Count(_value),
        DisclosureState.Suppressed => "<" + DutchDisplay.Count(_threshold),
        _ => DutchDisplay.NoDataText,
    };

    /// <summary><c>is-suppressed</c>, <c>is-nodata</c>, <c>is-rounded</c>, or empty for an exact count.</summary>
    public string CssClass => DutchDisplay.CssClass(State);

    /// <summary>A Dutch explanation for a tooltip or a screen reader.</summary>
    public string Description => State switch
    {
        DisclosureState.Exact => Text,
        DisclosureState.Rounded => $"{Text} (afgerond op vijftallen)",
        // Cells hidden to protect another one look the same as small ones, or the pattern would give them away; the
        // explanation therefore covers both.
        DisclosureState.Suppressed => $"Afgeschermd: minder dan {DutchDisplay.Count(_threshold)}, of afgeschermd zodat een klein aantal elders niet terug te rekenen is",
        _ => "Geen gegevens: niet aangeleverd",
    };

    internal static DisclosedCount Exact(int value) => new(DisclosureState.Exact, value, 0);

    internal static DisclosedCount Rounded(int value) => new(DisclosureState.Rounded, value, 0);

    internal static DisclosedCount Suppressed(int threshold) => new(DisclosureState.Suppressed, 0, threshold);

    /// <summary>
    /// The change from <paramref name="earlier"/> to this count (week on week). Hidden when either is hidden: a
    /// gemeente hidden this week cannot be recomputed from last week's figure and a change column.
    /// </summary>
    public DisclosedChange ChangeSince(DisclosedCount earlier)
    {
        var state = DutchDisplay.Combine(State, earlier.State);
        return state is DisclosureState.Exact or DisclosureState.Rounded
            ? DisclosedChange.Of(state, _value - earlier._value)
            : DisclosedChange.Hidden(state);
    }

    /// <summary>
    /// This count as a percentage of <paramref name="whole"/>, from the shown values only (under the CBS preset: from
    /// the rounded values). Hidden when either is hidden; not applicable when the whole is 0.
    /// </summary>
    public DisclosedShare ShareOf(DisclosedCount whole)
    {
        var state = DutchDisplay.Combine(State, whole.State);
        if (state is not (DisclosureState.Exact or DisclosureState.Rounded))
        {
            return DisclosedShare.Hidden(state);
        }

        return whole._value == 0
            ? DisclosedShare.Hidden(DisclosureState.NotApplicable)
            : DisclosedShare.Of(state, 100m * _value / whole._value);
    }

    public override string ToString() => Text;
}
