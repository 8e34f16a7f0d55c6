using System.Globalization;
using System.Text;
using Instroom.Data.Calendar;

namespace Instroom.Web.Exports;

/// <summary>
/// Download names that are safe on every file system and in a Content-Disposition header:
/// <c>instroom-rijnmond-2026-W47.csv</c>, <c>instroom-wachttijden-friesland-fryslan-2026-W47.xlsx</c>.
/// </summary>
public static class ExportFileName
{
    public static string For(string region, IsoWeek week, ExportFormat format, string? subject = null)
    {
        var parts = new[] { "instroom", Slug(subject ?? ""), Slug(region), week.Key }.Where(part => part.Length > 0);
        return $"{string.Join('-', parts)}.{format.Extension()}";
    }

    /// <summary>A download over a range of weeks: <c>instroom-trend-instroomlijst-rijnmond-2025-W48-2026-W47.csv</c>.</summary>
    public static string ForRange(string region, IsoWeek from, IsoWeek to, ExportFormat format, string? subject = null)
    {
        var parts = new[] { "instroom", Slug(subject ?? ""), Slug(region), from.Key, to.Key }.Where(part => part.Length > 0);
        return $"{string.Join('-', parts)}.{format.Extension()}";
    }

    /// <summary>Lower case ASCII letters and digits separated by single hyphens: "Fryslân (Friesland)" → "fryslan-friesland".</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
