using CsCheck;
using Instroom.Data.Disclosure;

namespace Instroom.Tests.Disclosure;

/// <summary>
/// Random tables for property tests: counts for some leaf cells (small ones, zeros, larger ones, no data), then
/// groups over random earlier cells whose total is a new cell holding the sum — so totals are parts of later groups
/// (hierarchies) and groups overlap (two-way tables and worse).
/// </summary>
internal sealed record RandomTable(int?[] Counts, (int Total, int[] Parts)[] Groups)
{
    private static readonly Gen<int> LeafCount = Gen.Frequency(
        (3, (IGen<int>)Gen.Int[1, 4]),
        (1, (IGen<int>)Gen.Const(0)),
        (3, (IGen<int>)Gen.Int[5, 80]));

    private static readonly Gen<int[]> GroupPicks = Gen.Int[0, 1000].Array[1, 6];

    public static readonly Gen<RandomTable> Any = Gen.Select(
        Gen.Nullable(LeafCount, 0.1).Array[2, 10],
        Gen.Select(GroupPicks, Gen.Int[0, 19]).Array[1, 6],
        Build);

    public DisclosureTable<int> ToTable()
    {
        var table = new DisclosureTable<int>();
        for (var cell = 0; cell < Counts.Length; cell++)
        {
            table.Add(cell, Counts[cell]);
        }

        foreach (var (total, parts) in Groups)
        {
            table.AddGroup(total, parts);
        }

        return table;
    }

    public override string ToString() =>
        $"counts [{string.Join(", ", Counts.Select(count => count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"))}] groups " +
        string.Join("; ", Groups.Select(group => $"{group.Total} = {string.Join(" + ", group.Parts)}"));

    private static RandomTable Build(int?[] leaves, (int[] Picks, int NoTotal)[] groupSpecs)
    {
        var counts = leaves.ToList();
        var groups = new List<(int, int[])>();
        foreach (var (picks, noTotal) in groupSpecs)
        {
            var parts = picks.Select(pick => pick % counts.Count).Distinct().ToArray();
            var delivered = parts.Where(part => counts[part] is not null).ToList();
            counts.Add(noTotal == 0 || delivered.Count == 0 ? null : delivered.Sum(part => counts[part]!.Value));
            groups.Add((counts.Count - 1, parts));
        }

        return new RandomTable(counts.ToArray(), groups.ToArray());
    }
}
