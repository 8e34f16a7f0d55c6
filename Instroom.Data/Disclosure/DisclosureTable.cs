namespace Instroom.Data.Disclosure;

/// <summary>
/// The counts of one page, chart or export before disclosure control, with the additive relations between them:
/// the gemeenten of a region and the region total, the measures of a region and the all-measures total, the weeks of
/// a period and the period total. Control needs every relation a reader could use, so put a total and its parts in the
/// same table whenever both are shown.
/// </summary>
/// <typeparam name="TKey">Whatever identifies a cell for the caller, e.g. <c>(string Area, string Measure)</c>.</typeparam>
public sealed class DisclosureTable<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _index;
    private readonly List<TKey> _keys = [];
    private readonly List<int?> _counts = [];
    private readonly HashSet<int> _hiddenElsewhere = [];
    private readonly List<CellGroup> _groups = [];

    public DisclosureTable(IEqualityComparer<TKey>? comparer = null) => _index = new Dictionary<TKey, int>(comparer);

    public int Count => _keys.Count;

    internal IReadOnlyList<TKey> Keys => _keys;

    internal IReadOnlyList<int?> Counts => _counts;

    internal IReadOnlyList<CellGroup> Groups => _groups;

    /// <summary>Cells that must be hidden whatever their count, by index (see <see cref="HideAsElsewhere"/>).</summary>
    internal IReadOnlySet<int> HiddenElsewhere => _hiddenElsewhere;

    internal IEqualityComparer<TKey> Comparer => _index.Comparer;

    /// <summary>Adds a cell; <paramref name="count"/> null means nothing was delivered ("geen gegevens").</summary>
    public DisclosureTable<TKey> Add(TKey key, int? count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Count for {key} is negative.");
        }

        if (!_index.TryAdd(key, _keys.Count))
        {
            throw new ArgumentException($"Cell {key} was added twice.", nameof(key));
        }

        _keys.Add(key);
        _counts.Add(count);
        return this;
    }

    /// <summary>
    /// Marks a cell (added before) as hidden whatever its count: a table published beside this one hides it, and a cell
    /// shown here but hidden there would give away what that table protects. Its true count stays in the table, so the
    /// relations around it stay exact and complements are chosen as if it were small.
    /// </summary>
    public DisclosureTable<TKey> HideAsElsewhere(TKey key)
    {
        _hiddenElsewhere.Add(IndexOf(key));
        return this;
    }

    /// <summary>
    /// Declares that <paramref name="total"/> is the sum of <paramref name="parts"/> (cells added before). A part
    /// without data is taken as not counted in the total.
    /// </summary>
    public DisclosureTable<TKey> AddGroup(TKey total, IEnumerable<TKey> parts)
    {
        var totalIndex = IndexOf(total);
        var partIndexes = parts.Select(IndexOf).ToArray();
        if (partIndexes.Length == 0)
        {
            throw new ArgumentException($"Group of {total} has no parts.", nameof(parts));
        }

        if (partIndexes.Contains(totalIndex))
        {
            throw new ArgumentException($"Group of {total} contains its own total as a part.", nameof(parts));
        }

        if (partIndexes.Distinct().Count() != partIndexes.Length)
        {
            throw new ArgumentException($"Group of {total} names a part twice.", nameof(parts));
        }

        _groups.Add(new CellGroup(totalIndex, partIndexes));
        return this;
    }

    private int IndexOf(TKey key) =>
        _index.TryGetValue(key, out var index)
            ? index
            : throw new ArgumentException($"Cell {key} is used in a group but was not added.", nameof(key));
}

/// <summary>An additive relation by cell index: the total is the sum of the parts.</summary>
internal sealed record CellGroup(int Total, int[] Parts);
