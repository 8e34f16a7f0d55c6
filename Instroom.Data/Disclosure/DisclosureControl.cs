namespace Instroom.Data.Disclosure;

/// <summary>
/// The one function through which every count leaves the server: pages, charts, tooltips, exports and JSON all take
/// their counts from <see cref="Apply{TKey}"/>. The rules are in docs/design/disclosure-control.md.
/// </summary>
public static class DisclosureControl
{
    /// <summary>The CBS preset rounds shown counts to multiples of this.</summary>
    public const int RoundingBase = 5;

    /// <summary>
    /// Decides how each cell of <paramref name="table"/> may be shown. Counts from 1 to below the threshold are hidden
    /// (0 is shown); further cells are hidden until no hidden count can be recomputed from a shown total and the shown
    /// cells of the table's groups; under the CBS preset shown counts are rounded to multiples of 5.
    /// </summary>
    /// <param name="exempt">
    /// True only for a user whose role <see cref="DisclosurePolicy.IsExempt"/> allows exact counts; the caller audits
    /// that view. The result's <see cref="DisclosedTable{TKey}.Exempt"/> repeats it.
    /// </param>
    public static DisclosedTable<TKey> Apply<TKey>(DisclosureTable<TKey> table, DisclosurePolicy policy, bool exempt)
        where TKey : notnull
    {
        if (policy.Threshold < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy.Threshold, "The disclosure threshold must be at least 2.");
        }

        var counts = table.Counts;
        var disclosed = new DisclosedCount[counts.Count];
        if (exempt)
        {
            for (var i = 0; i < counts.Count; i++)
            {
                disclosed[i] = counts[i] is { } count ? DisclosedCount.Exact(count) : DisclosedCount.NoData;
            }

            return new DisclosedTable<TKey>(table.Keys, disclosed, table.Comparer, exempt: true);
        }

        var rounded = policy.Preset == DisclosurePreset.CbsAfronding;
        Func<int, int> shown = rounded ? RoundToBase : static count => count;
        var hidden = SuppressionPattern.Find(counts, table.Groups, policy.Threshold, shown, table.HiddenElsewhere);
        for (var i = 0; i < counts.Count; i++)
        {
            disclosed[i] = counts[i] switch
            {
                null => DisclosedCount.NoData,
                _ when hidden[i] => DisclosedCount.Suppressed(policy.Threshold),
                0 => DisclosedCount.Exact(0),
                { } count when rounded => DisclosedCount.Rounded(RoundToBase(count)),
                { } count => DisclosedCount.Exact(count),
            };
        }

        return new DisclosedTable<TKey>(table.Keys, disclosed, table.Comparer, exempt: false);
    }

    /// <summary>To the nearest multiple of 5; there are no ties because 5 is odd.</summary>
    internal static int RoundToBase(int count) => (count + (RoundingBase / 2)) / RoundingBase * RoundingBase;
}
