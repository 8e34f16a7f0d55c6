using System.Numerics;

namespace Instroom.Data.Disclosure;

/// <summary>
/// Finds hidden cells that the shown cells and totals still determine, taking all groups together: each group with
/// hidden members is one linear equation in the hidden cells, and a hidden cell is determined exactly when its unit
/// vector lies in the span of those equations. Overlapping groups can determine a cell even when every single group
/// has two hidden members (x + y, x + z and y + z known gives x).
/// </summary>
/// <remarks>
/// Gauss–Jordan elimination over the integers (rows scaled, never divided), kept fully reduced so that every pivot
/// column occurs in its own row only; the unit vector of a cell is then in the span exactly when the cell's pivot row
/// has no other entry. Group relations of hierarchies and two-way tables are totally unimodular, so entries stay
/// ±1 in practice; BigInteger covers the rest.
/// </remarks>
internal static class LinearAudit
{
    /// <summary>
    /// The determined hidden cells, per connected part of the table (groups linked through hidden cells). The parts
    /// are independent systems, so they are solved, and can be repaired, separately.
    /// </summary>
    /// <param name="changed">
    /// When given, only the parts holding one of these relations are solved: a part none of whose relations changed
    /// since it was last solved determines the same cells as then. Suppression hides a complement in every part that
    /// determined a cell, so the parts left out determined none, and a week's table is audited in a few rounds of
    /// small parts instead of every round over the whole table.
    /// </param>
    public static IReadOnlyList<IReadOnlyList<int>> DeterminedCells(IReadOnlyList<CellGroup> relations, bool[] hidden,
        IReadOnlySet<int>? changed = null)
    {
        var determined = new List<IReadOnlyList<int>>();
        foreach (var component in Components(relations, hidden))
        {
            if (changed is not null && !component.Exists(changed.Contains))
            {
                continue;
            }

            var cells = Solve(component.Select(index => relations[index]), hidden);
            if (cells.Count > 0)
            {
                determined.Add(cells);
            }
        }

        return determined;
    }

    private static List<int> Solve(IEnumerable<CellGroup> relations, bool[] hidden)
    {
        var pivotRows = new Dictionary<int, Dictionary<int, BigInteger>>();

        // Which pivot rows hold a column: a new pivot is eliminated from those rows only, instead of looking through
        // every row of a part that can have hundreds.
        var rowsOfColumn = new Dictionary<int, HashSet<int>>();
        foreach (var relation in relations)
        {
            var row = new Dictionary<int, BigInteger>();
            if (hidden[relation.Total])
            {
                row[relation.Total] = BigInteger.One;
            }

            foreach (var part in relation.Parts.Where(part => hidden[part]))
            {
                row[part] = BigInteger.MinusOne;
            }

            // Pivot rows are fully reduced: eliminating one pivot column brings in no other pivot column.
            foreach (var column in row.Keys.Where(pivotRows.ContainsKey).ToList())
            {
                Eliminate(row, pivotRows[column], column);
            }

            if (row.Count == 0)
            {
                continue;
            }

            var pivot = row.OrderBy(entry => BigInteger.Abs(entry.Value).IsOne ? 0 : 1).ThenBy(entry => entry.Key).First().Key;
            if (rowsOfColumn.TryGetValue(pivot, out var holders))
            {
                foreach (var holder in holders.ToList())
                {
                    var other = pivotRows[holder];
                    var before = other.Keys.ToList();
                    Eliminate(other, row, pivot);
                    foreach (var gone in before.Where(column => !other.ContainsKey(column)))
                    {
                        rowsOfColumn[gone].Remove(holder);
                    }

                    foreach (var column in other.Keys)
                    {
                        RowsOf(rowsOfColumn, column).Add(holder);
                    }
                }
            }

            pivotRows.Add(pivot, row);
            foreach (var column in row.Keys)
            {
                RowsOf(rowsOfColumn, column).Add(pivot);
            }
        }

        return pivotRows.Where(entry => entry.Value.Count == 1).Select(entry => entry.Key).Order().ToList();
    }

    private static HashSet<int> RowsOf(Dictionary<int, HashSet<int>> rowsOfColumn, int column)
    {
        if (!rowsOfColumn.TryGetValue(column, out var rows))
        {
            rows = [];
            rowsOfColumn.Add(column, rows);
        }

        return rows;
    }

    /// <summary>Relations with hidden members, grouped by shared hidden cells (union–find), in order of first relation.</summary>
    private static IEnumerable<List<int>> Components(IReadOnlyList<CellGroup> relations, bool[] hidden)
    {
        var parent = Enumerable.Range(0, relations.Count).ToArray();
        var relationOfCell = new Dictionary<int, int>();
        var involved = new List<int>();

        // Called every round over every relation of a large table: no allocation per relation.
        void Link(int cell, int index)
        {
            if (relationOfCell.TryGetValue(cell, out var other))
            {
                parent[Root(parent, other)] = Root(parent, index);
            }
            else
            {
                relationOfCell.Add(cell, index);
            }
        }

        for (var index = 0; index < relations.Count; index++)
        {
            var relation = relations[index];
            var hasHidden = false;
            if (hidden[relation.Total])
            {
                Link(relation.Total, index);
                hasHidden = true;
            }

            foreach (var part in relation.Parts)
            {
                if (hidden[part])
                {
                    Link(part, index);
                    hasHidden = true;
                }
            }

            if (hasHidden)
            {
                involved.Add(index);
            }
        }

        return involved.GroupBy(index => Root(parent, index)).Select(component => component.ToList());
    }

    private static int Root(int[] parent, int index)
    {
        while (parent[index] != index)
        {
            parent[index] = parent[parent[index]];
            index = parent[index];
        }

        return index;
    }

    /// <summary>target := a·target − b·pivotRow, with a and b the entries in <paramref name="column"/>, which drops out.</summary>
    private static void Eliminate(Dictionary<int, BigInteger> target, Dictionary<int, BigInteger> pivotRow, int column)
    {
        var a = pivotRow[column];
        var b = target[column];
        if (!a.IsOne)
        {
            foreach (var key in target.Keys.ToList())
            {
                target[key] *= a;
            }
        }

        foreach (var (key, value) in pivotRow)
        {
            var combined = target.GetValueOrDefault(key) - (b * value);
            if (combined.IsZero)
            {
                target.Remove(key);
            }
            else
            {
                target[key] = combined;
            }
        }

        var divisor = target.Values.Aggregate(BigInteger.Zero, BigInteger.GreatestCommonDivisor);
        if (divisor > BigInteger.One)
        {
            foreach (var key in target.Keys.ToList())
            {
                target[key] /= divisor;
            }
        }
    }
}
