using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Data.Text;

/// <summary>
/// nl-NL formatting for text the data layer writes for users (status reasons, freshness, completeness), so the
/// stored reasons read the same as the pages around them.
/// </summary>
public static class DutchFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Create("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>"22-11-2026".</summary>
    public static string Date(LocalDate date) => DatePattern.Format(date);

    /// <summary>A measured percentage, always with one decimal: "12,4%".</summary>
    public static string Percentage(decimal value) => value.ToString("0.0", Culture) + "%";

    /// <summary>A threshold as written by a person: "10%", "12,5%".</summary>
    public static string Threshold(decimal value) => value.ToString("0.##", Culture);

    /// <summary>"1 dag", "48 dagen".</summary>
    public static string Days(long days) => days == 1 ? "1 dag" : days.ToString("N0", Culture) + " dagen";
}
