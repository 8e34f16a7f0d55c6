namespace Instroom.Data.Disclosure;

/// <summary>
/// Which cells of a table to hide: primary suppression of small counts, then complementary suppression until no
/// hidden count can be recomputed from what is shown.
/// </summary>
internal sealed class SuppressionPattern
{
    private readonly IReadOnlyList<int?> _counts;
    private readonly Func<int, int> _shown;
    private readonly List<CellGroup> _relations = [];
    private readonly List<int>[] _relationsOfCell;
    private readonly bool[] _hidden;
    private readonly Queue<int> _toCheck = new();
    private readonly bool[] _queued;

    // Relations with a member hidden since the last audit: only the parts of the table holding one can have changed.
    private readonly HashSet<int> _changedRelations = [];

    private SuppressionPattern(IReadOnlyList<int?> counts, IReadOnlyList<CellGroup> groups, Func<int, int> shown)
    {
        _counts = counts;
        _shown = shown;
        _hidden = new bool[counts.Count];
        _relationsOfCell = new List<int>[counts.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            _relationsOfCell[i] = [];
        }

        // A reader can only use a relation whose total is published, and a part without data is not in the total.
        foreach (var group in groups)
        {
            var parts = group.Parts.Where(part => counts[part] is not null).ToArray();
            if (counts[group.Total] is null || parts.Length == 0)
            {
                continue;
            }

            var relation = _relations.Count;
            _relations.Add(group with { Parts = parts });
            _relationsOfCell[group.Total].Add(relation);
            foreach (var part in parts)
            {
                _relationsOfCell[part].Add(relation);
            }
        }

        _queued = new bool[_relations.Count];
    }

    /// <summary>The hidden cells, by index into <paramref name="counts"/>.</summary>
    public static bool[] Find(IReadOnlyList<int?> counts, IReadOnlyList<CellGroup> groups, int threshold, Func<int, int> shown,
        IReadOnlySet<int>? hiddenElsewhere = null)
    {
        var pattern = new SuppressionPattern(counts, groups, shown);

        // Primary: 1 up to the threshold. Zero is shown, as most statistical offices do. Under rounding a count that
        // would be shown below the threshold (7 → 5 with a threshold of 7) is small as well.
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i] is > 0 and var count && (count < threshold || shown(count) < threshold || hiddenElsewhere?.Contains(i) == true))
            {
                pattern.Hide(i);
            }
        }

        pattern.ApplyGroupRule();
        while (true)
        {
            // One complement per independent part of the table per round, then the group rule again.
            var complements = LinearAudit.DeterminedCells(pattern._relations, pattern._hidden, pattern._changedRelations)
                .Select(determined => determined.Select(pattern.ComplementFor).FirstOrDefault(cell => cell >= 0, -1))
                .Where(cell => cell >= 0)
                .ToList();
            pattern._changedRelations.Clear();
            if (complements.Count == 0)
            {
                return pattern._hidden;
            }

            foreach (var complement in complements)
            {
                pattern.Hide(complement);
            }

            pattern.ApplyGroupRule();
        }
    }

    private void Hide(int cell)
    {
        _hidden[cell] = true;
        foreach (var relation in _relationsOfCell[cell])
        {
            _changedRelations.Add(relation);
            if (!_queued[relation])
            {
                _queued[relation] = true;
                _toCheck.Enqueue(relation);
            }
        }
    }

    /// <summary>
    /// In every group with a shown total: a single hidden part equals the total minus the shown parts, so hide the
    /// smallest other non-zero part too (or the total when there is none). Hidden parts that add up to their number
    /// are all 1 (zeros are shown, so a hidden count is at least 1): hide one more as well.
    /// </summary>
    private void ApplyGroupRule()
    {
        while (_toCheck.TryDequeue(out var index))
        {
            _queued[index] = false;
            var relation = _relations[index];
            if (_hidden[relation.Total])
            {
                continue;
            }

            var hiddenParts = relation.Parts.Where(part => _hidden[part]).ToList();
            if (hiddenParts.Count == 0
                || (hiddenParts.Count > 1 && hiddenParts.Sum(part => (long)_counts[part]!.Value) > hiddenParts.Count))
            {
                continue;
            }

            var complement = relation.Parts
                .Where(part => !_hidden[part] && _counts[part] > 0)
                .DefaultIfEmpty(relation.Total)
                .MinBy(cell => (cell == relation.Total, _shown(_counts[cell]!.Value), cell));
            Hide(complement);
        }
    }

    /// <summary>
    /// A shown cell to hide so that <paramref name="determined"/> can no longer be solved from the table: the smallest
    /// non-zero cell of its own groups, else of the groups linked to them through hidden cells; a zero only when no
    /// linked cell is non-zero. -1 when every linked cell is hidden: the relations around the cell then have no shown
    /// values and can only determine it as 0, which would be shown anyway.
    /// </summary>
    private int ComplementFor(int determined)
    {
        var best = (Cell: -1, Key: (IsZero: true, Distance: int.MaxValue, Shown: int.MaxValue));
        var visited = new HashSet<int>(_relationsOfCell[determined]);
        var frontier = visited.ToList();
        for (var distance = 0; frontier.Count > 0; distance++)
        {
            var members = frontier.SelectMany(relation => _relations[relation].Parts.Append(_relations[relation].Total)).Distinct().ToList();
            foreach (var cell in members.Where(cell => !_hidden[cell]))
            {
                var key = (_counts[cell] == 0, distance, _shown(_counts[cell]!.Value));
                if (key.CompareTo(best.Key) < 0 || (key == best.Key && cell < best.Cell))
                {
                    best = (cell, key);
                }
            }

            // Only hidden cells link further: a shown cell's other relations do not involve the determined one.
            frontier = members.Where(cell => _hidden[cell]).SelectMany(cell => _relationsOfCell[cell]).Where(visited.Add).ToList();
        }

        return best.Cell;
    }
}
