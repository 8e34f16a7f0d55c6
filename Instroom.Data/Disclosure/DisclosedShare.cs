namespace Instroom.Data.Disclosure;

/// <summary>A percentage of two disclosed counts ("12,5%"); only made by <see cref="DisclosedCount.ShareOf"/>.</summary>
public readonly record struct DisclosedShare
{
    private readonly decimal _percentage;

    private DisclosedShare(DisclosureState state, decimal percentage)
    {
        State = state;
        _percentage = percentage;
    }

    public DisclosureState State { get; }

    public bool IsVisible => State is DisclosureState.Exact or DisclosureState.Rounded;

    /// <summary>0–100, unrounded; null when an input is hidden or missing, or the whole is 0.</summary>
    public decimal? Percentage => IsVisible ? _percentage : null;

    /// <summary>"12,5%", "–" (whole is 0), "afgeschermd", "geen gegevens".</summary>
    public string Text => State switch
    {
        DisclosureState.Exact or DisclosureState.Rounded => DutchDisplay.Percentage(_percentage),
        DisclosureState.Suppressed => DutchDisplay.SuppressedDerivedText,
        DisclosureState.NotApplicable => DutchDisplay.NotApplicableText,
        _ => DutchDisplay.NoDataText,
    };

    public string CssClass => DutchDisplay.CssClass(State);

    internal static DisclosedShare Of(DisclosureState state, decimal percentage) => new(state, percentage);

    internal static DisclosedShare Hidden(DisclosureState state) => new(state, 0m);

    public override string ToString() => Text;
}
