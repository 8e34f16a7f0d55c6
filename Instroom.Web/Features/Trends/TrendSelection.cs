using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Trends;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace Instroom.Web.Features.Trends;

/// <summary>The query string of the trends page, its chart data and its downloads (a plain GET form, so links can be shared).</summary>
public sealed class TrendRequest
{
    [FromQuery(Name = "indicator")]
    public string? Indicator { get; init; }

    [FromQuery(Name = "gebied")]
    public string? Area { get; init; }

    /// <summary>"13", "52", "104" (weeks up to the latest week) or "eigen" (<see cref="From"/> to <see cref="To"/>).</summary>
    [FromQuery(Name = "periode")]
    public string? Period { get; init; }

    /// <summary>First ISO week of an own period, as <c>input type="week"</c> sends it: "2026-W01".</summary>
    [FromQuery(Name = "van")]
    public string? From { get; init; }

    /// <summary>Last ISO week (inclusive) of an own period.</summary>
    [FromQuery(Name = "tm")]
    public string? To { get; init; }
}

/// <summary>
/// What a trend shows: an indicator, an area and a range of ISO weeks. Anything the request gets wrong falls back to
/// the default (status indicator "zonder vaste jeugdbeschermer", Nederland, 52 weeks) with a Dutch message, so the
/// page always shows something.
/// </summary>
public sealed record TrendSelection(TrendIndicator Indicator, AreaEntry Area, string Period, IsoWeek From, IsoWeek To)
{
    public const string OwnPeriod = "eigen";

    /// <summary>The longest own period: five years of weeks.</summary>
    public const int MaxWeeks = 261;

    public static readonly IReadOnlyList<(string Value, string Label)> Periods =
    [
        ("13", "13 weken"),
        ("52", "52 weken"),
        ("104", "104 weken"),
        (OwnPeriod, "eigen periode"),
    ];

    public int WeekCount => WeeksFrom(From, To);

    /// <summary>"week 48 2025 t/m week 47 2026".</summary>
    public string RangeLabel => $"{From.Label} t/m {To.Label}";

    /// <summary>The query string that selects exactly this trend: "?indicator=…&amp;gebied=…&amp;periode=…".</summary>
    public string QueryString
    {
        get
        {
            var query = new QueryBuilder
            {
                { "indicator", Indicator.Code },
                { "gebied", Area.Code },
                { "periode", Period },
            };
            if (Period == OwnPeriod)
            {
                query.Add("van", From.Key);
                query.Add("tm", To.Key);
            }

            return query.ToString();
        }
    }

    /// <summary>Reads a request against the areas of today; <paramref name="latestWeek"/> is the week of the latest peildatum.</summary>
    public static (TrendSelection Selection, IReadOnlyList<string> Errors) Parse(TrendRequest request, AreaDirectory areas, IsoWeek latestWeek)
    {
        var errors = new List<string>();
        var indicator = TrendIndicators.Default;
        if (!string.IsNullOrEmpty(request.Indicator) && !TrendIndicators.TryGet(request.Indicator, out indicator))
        {
            errors.Add($"Indicator '{request.Indicator}' bestaat niet; hieronder staat {TrendIndicators.Default.Label}.");
            indicator = TrendIndicators.Default;
        }

        if (!areas.TryGet(AreaKind.NationalCode, out var area))
        {
            throw new InvalidOperationException("The national area is missing: reference data not loaded.");
        }

        if (!string.IsNullOrEmpty(request.Area) && !areas.TryGet(request.Area, out area))
        {
            errors.Add($"Gebied '{request.Area}' bestaat niet; hieronder staat Nederland.");
            areas.TryGet(AreaKind.NationalCode, out area);
        }

        var (period, from, to) = ParsePeriod(request, latestWeek, errors);
        return (new TrendSelection(indicator, area, period, from, to), errors);
    }

    /// <summary>Weeks from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static int WeeksFrom(IsoWeek from, IsoWeek to) => ((to.Monday.ToDateOnly().DayNumber - from.Monday.ToDateOnly().DayNumber) / 7) + 1;

    private static (string Period, IsoWeek From, IsoWeek To) ParsePeriod(TrendRequest request, IsoWeek latestWeek, List<string> errors)
    {
        var defaultPeriod = ("52", latestWeek.Plus(-51), latestWeek);
        switch (request.Period)
        {
            case null or "":
                return defaultPeriod;
            case "13" or "52" or "104":
                var weeks = int.Parse(request.Period, System.Globalization.CultureInfo.InvariantCulture);
                return (request.Period, latestWeek.Plus(-(weeks - 1)), latestWeek);
            case OwnPeriod:
                if (!IsoWeek.TryParseKey(request.From, out var from) || !IsoWeek.TryParseKey(request.To, out var to))
                {
                    errors.Add("Vul bij een eigen periode een begin- en eindweek in, zoals 2026-W01; hieronder staan de laatste 52 weken.");
                    return defaultPeriod;
                }

                if (to < from)
                {
                    errors.Add($"De eindweek ({to.Label}) ligt vóór de beginweek ({from.Label}); hieronder staan de laatste 52 weken.");
                    return defaultPeriod;
                }

                if (to > latestWeek)
                {
                    errors.Add($"De eindweek ({to.Label}) ligt na de week van de laatste peildatum ({latestWeek.Label}); hieronder staan de laatste 52 weken.");
                    return defaultPeriod;
                }

                if (WeeksFrom(from, to) > MaxWeeks)
                {
                    errors.Add($"Een eigen periode is hoogstens {MaxWeeks} weken; hieronder staan de laatste 52 weken.");
                    return defaultPeriod;
                }

                return (OwnPeriod, from, to);
            default:
                errors.Add($"Periode '{request.Period}' bestaat niet; hieronder staan de laatste 52 weken.");
                return defaultPeriod;
        }
    }
}
