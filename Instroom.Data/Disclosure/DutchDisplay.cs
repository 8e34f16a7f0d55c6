using System.Globalization;

namespace Instroom.Data.Disclosure;

/// <summary>The nl-NL texts of disclosed figures: "1.234", "12,5%", "geen gegevens".</summary>
internal static class DutchDisplay
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public const string NoDataText = "geen gegevens";

    public const string SuppressedDerivedText = "afgeschermd";

    public const string NotApplicableText = "–";

    public static string Count(int value) => value.ToString("N0", Culture);

    public static string Change(int value) => value.ToString("+#,0;-#,0;0", Culture);

    public static string Percentage(decimal value) => value.ToString("0.0", Culture) + "%";

    /// <summary>The CSS class a page puts on the cell, so hidden and missing figures never look like numbers.</summary>
    public static string CssClass(DisclosureState state) => state switch
    {
        DisclosureState.Suppressed => "is-suppressed",
        DisclosureState.NoData => "is-nodata",
        DisclosureState.Rounded => "is-rounded",
        DisclosureState.NotApplicable => "is-notapplicable",
        _ => "",
    };

    /// <summary>Both inputs of a derived figure decide its state: missing beats hidden beats rounded beats exact.</summary>
    public static DisclosureState Combine(DisclosureState left, DisclosureState right)
    {
        if (left == DisclosureState.NoData || right == DisclosureState.NoData)
        {
            return DisclosureState.NoData;
        }

        if (left == DisclosureState.Suppressed || right == DisclosureState.Suppressed)
        {
            return DisclosureState.Suppressed;
        }

        return left == DisclosureState.Rounded || right == DisclosureState.Rounded ? DisclosureState.Rounded : DisclosureState.Exact;
    }
}
