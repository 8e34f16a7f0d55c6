using Instroom.Data.Calendar;
using Instroom.Data.Disclosure;
using Instroom.Data.Rollups;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Instroom.Web.Features.Dashboard;

/// <summary>
/// The totals each week's <see cref="WeekDisclosure"/> hides, for the tables that are not part of it: a trend is a
/// table of its own per area, and would otherwise show a gemeente's count in a week whose weekbeeld hides it as the
/// complement of a small neighbour. Weeks are computed once per set of deliveries and kept in the database
/// (<see cref="WeekDisclosureStore"/>); <see cref="WeekDisclosurePrecomputation"/> computes them after each import, so
/// a trend rarely waits for one.
/// </summary>
public sealed class WeekHiddenTotals(
    WeekDisclosureStore store,
    RollupQueries rollups,
    WeekDisclosures disclosures,
    IOptions<DisclosurePolicy> policy,
    IClock clock)
{
    /// <summary>Weeks this close to the newest are kept in <see cref="WeekDisclosures"/> as well: the pages people open first.</summary>
    private const int RecentWeeks = 6;

    /// <summary>
    /// Weeks a page computes itself before it answers. A week takes a second or two; after a large import (the demo's
    /// first start) the background has the rest within minutes, and until then those weeks are hidden, not guessed.
    /// </summary>
    public const int WeeksPerRequest = 3;

    /// <summary>
    /// The hidden totals of an area (and of Nederland, when given) in the weeks of the range, and the weeks not computed
    /// yet, which a caller must hide whole.
    /// </summary>
    public async Task<WeekHiding> ForAsync(string areaCode, string? nationalCode, IsoWeek from, IsoWeek to,
        CancellationToken cancellationToken = default)
    {
        var pending = await EnsureAsync(from, to, WeeksPerRequest, cancellationToken);
        var hidden = await store.HiddenAsync(areaCode, nationalCode, from, to, cancellationToken);
        return new WeekHiding(hidden.ToHashSet(), pending.ToHashSet());
    }

    /// <summary>
    /// Computes and stores the weeks of the range whose stored totals are missing or out of date, newest first, at most
    /// <paramref name="maxWeeks"/> of them.
    /// </summary>
    /// <returns>The weeks still missing or out of date.</returns>
    public async Task<IReadOnlyList<IsoWeek>> EnsureAsync(IsoWeek from, IsoWeek to, int maxWeeks = int.MaxValue,
        CancellationToken cancellationToken = default)
    {
        // The key is read before the week's figures: an import in between stores newer figures under the older key,
        // which the next call sees as out of date — never older figures under the newer key.
        var current = await store.CurrentKeysAsync(from, to, PolicyKey(policy.Value), cancellationToken);
        var stored = await store.StoredKeysAsync(from, to, cancellationToken);
        var stale = current.Where(week => stored.GetValueOrDefault(week.Key) != week.Value).OrderByDescending(week => week.Key).ToList();
        var newest = current.Keys.DefaultIfEmpty(to).Max();
        foreach (var (week, key) in stale.Take(maxWeeks))
        {
            var input = await rollups.LoadWeekAsync(week, cancellationToken: cancellationToken);
            var disclosure = week.CompareTo(newest.Plus(-RecentWeeks)) > 0 ? disclosures.For(input) : WeekDisclosure.Compute(input, policy.Value);
            await store.SaveAsync(week, key, disclosure.HiddenTotals(), clock.GetCurrentInstant(), cancellationToken);
        }

        return stale.Skip(maxWeeks).Select(week => week.Key).ToList();
    }

    /// <summary>
    /// Raise when <see cref="WeekDisclosure"/> changes which cells it hides (a new table or relation): every stored week
    /// is then computed again.
    /// </summary>
    private const int DisclosureVersion = 1;

    private static string PolicyKey(DisclosurePolicy policy) => $"{DisclosureVersion}|{policy.Threshold}|{policy.Preset}";
}

/// <summary>What a table beside the weekbeelden must hide: the totals they hid, and whole weeks not computed yet.</summary>
public sealed record WeekHiding(IReadOnlySet<HiddenTotal> Hidden, IReadOnlySet<IsoWeek> Pending)
{
    public static readonly WeekHiding None = new(new HashSet<HiddenTotal>(), new HashSet<IsoWeek>());

    public bool Hides(IsoWeek week, string area, string indicator) =>
        Pending.Contains(week) || Hidden.Contains(new HiddenTotal(week, area, indicator));
}
