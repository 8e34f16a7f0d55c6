using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Instroom.Data.Disclosure;

/// <summary>The result of <see cref="DisclosureControl.Apply{TKey}"/>: every cell of the table as it may be shown, in the order added.</summary>
[SuppressMessage("Naming", "CA1710", Justification = "It is the disclosed counterpart of DisclosureTable; a dictionary is how it is read.")]
public sealed class DisclosedTable<TKey> : IReadOnlyDictionary<TKey, DisclosedCount>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _index;
    private readonly TKey[] _keys;
    private readonly DisclosedCount[] _counts;

    internal DisclosedTable(IReadOnlyList<TKey> keys, DisclosedCount[] counts, IEqualityComparer<TKey> comparer, bool exempt)
    {
        _keys = keys.ToArray();
        _counts = counts;
        _index = new Dictionary<TKey, int>(_keys.Length, comparer);
        for (var i = 0; i < _keys.Length; i++)
        {
            _index.Add(_keys[i], i);
        }

        Exempt = exempt;
    }

    /// <summary>True when these are exact counts for an exempt role: the caller audits such a view.</summary>
    public bool Exempt { get; }

    public int Count => _keys.Length;

    public IEnumerable<TKey> Keys => _keys;

    public IEnumerable<DisclosedCount> Values => _counts;

    public DisclosedCount this[TKey key] =>
        _index.TryGetValue(key, out var i) ? _counts[i] : throw new KeyNotFoundException($"Cell {key} is not in the table.");

    public bool ContainsKey(TKey key) => _index.ContainsKey(key);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out DisclosedCount value)
    {
        if (_index.TryGetValue(key, out var i))
        {
            value = _counts[i];
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<TKey, DisclosedCount>> GetEnumerator() =>
        _keys.Select((key, i) => new KeyValuePair<TKey, DisclosedCount>(key, _counts[i])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
