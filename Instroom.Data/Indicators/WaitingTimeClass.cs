namespace Instroom.Data.Indicators;

/// <summary>
/// One class of the contract's waiting-time histogram, in calendar days. <see cref="UpperDays"/> is null for the
/// open class 183+.
/// </summary>
public sealed record WaitingTimeClass(string Code, int LowerDays, int? UpperDays)
{
    public static readonly IReadOnlyList<WaitingTimeClass> All =
    [
        new("0-5", 0, 5),
        new("6-10", 6, 10),
        new("11-20", 11, 20),
        new("21-42", 21, 42),
        new("43-91", 43, 91),
        new("92-182", 92, 182),
        new("183+", 183, null),
    ];

    public static bool IsKnown(string code) => All.Any(c => c.Code == code);

    public static int IndexOf(string code)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Dutch label for tables: "0–5 dagen", "183 dagen of meer".</summary>
    public string Label => UpperDays is { } upper ? $"{LowerDays}–{upper} dagen" : $"{LowerDays} dagen of meer";
}
