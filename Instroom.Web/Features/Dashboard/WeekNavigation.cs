using Instroom.Data.Calendar;
using Microsoft.AspNetCore.WebUtilities;

namespace Instroom.Web.Features.Dashboard;

/// <summary>
/// The week picker of a page: a plain GET form with the ISO week ("2026-W47") plus links to the previous and next
/// week, keeping the page's other parameters (level, sort order).
/// </summary>
public sealed record WeekNavigation(IsoWeek Week, string Path, IReadOnlyList<KeyValuePair<string, string?>> Keep)
{
    public const string Parameter = "week";

    public string PreviousUrl => UrlFor(Week.Previous);

    public string NextUrl => UrlFor(Week.Plus(1));

    public IsoWeek Previous => Week.Previous;

    public IsoWeek Next => Week.Plus(1);

    public string UrlFor(IsoWeek week) =>
        QueryHelpers.AddQueryString(Path, Keep.Prepend(new(Parameter, week.Key)));

    /// <summary>
    /// Reads the <c>week</c> parameter: null or empty means "the default week"; false for anything that is not an
    /// ISO week key, so the action can answer 400 instead of guessing.
    /// </summary>
    public static bool TryRead(string? text, out IsoWeek? week)
    {
        week = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!IsoWeek.TryParseKey(text, out var parsed))
        {
            return false;
        }

        week = parsed;
        return true;
    }
}
