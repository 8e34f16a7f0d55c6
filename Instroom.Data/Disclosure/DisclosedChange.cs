namespace Instroom.Data.Disclosure;

/// <summary>A difference between two disclosed counts ("+3", "-2", "0"); only made by <see cref="DisclosedCount.ChangeSince"/>.</summary>
public readonly record struct DisclosedChange
{
    private readonly int _value;

    private DisclosedChange(DisclosureState state, int value)
    {
        State = state;
        _value = value;
    }

    public DisclosureState State { get; }

    public bool IsVisible => State is DisclosureState.Exact or DisclosureState.Rounded;

    /// <summary>The signed change, or null when an input is hidden or missing.</summary>
    public int? Value => IsVisible ? _value : null;

    /// <summary>"+3", "-1.204", "0", "afgeschermd", "geen gegevens".</summary>
    public string Text => State switch
    {
        DisclosureState.Exact or DisclosureState.Rounded => DutchDisplay.Change(_value),
        DisclosureState.Suppressed => DutchDisplay.SuppressedDerivedText,
        _ => DutchDisplay.NoDataText,
    };

    public string CssClass => DutchDisplay.CssClass(State);

    internal static DisclosedChange Of(DisclosureState state, int value) => new(state, value);

    internal static DisclosedChange Hidden(DisclosureState state) => new(state, 0);

    public override string ToString() => Text;
}
