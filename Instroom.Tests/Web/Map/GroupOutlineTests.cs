using CsCheck;
using Instroom.Web.Features.Map;

namespace Instroom.Tests.Web.Map;

public sealed class GroupOutlineTests
{
    /// <summary>Unit squares on an n×n grid: the outline of any set of them is known without geometry.</summary>
    private static readonly Gen<(int Size, bool[] Cells)> Grids =
        Gen.Int[1, 6].SelectMany(size => Gen.Bool.Array[size * size].Select(cells => (size, cells)));

    [Fact]
    public void Outline_KeepsExactlyTheSidesThatBorderACellOutsideTheGroup()
    {
        Grids.Sample(grid =>
        {
            var (size, cells) = grid;
            bool In(int x, int y) => x >= 0 && y >= 0 && x < size && y < size && cells[(y * size) + x];
            var rings = Squares(size, cells).ToList();
            var expected = Enumerable.Range(0, size * size)
                .Where(i => cells[i])
                .Sum(i => new[] { (1, 0), (-1, 0), (0, 1), (0, -1) }.Count(d => !In((i % size) + d.Item1, (i / size) + d.Item2)));

            Assert.Equal(expected, GroupOutline.BoundaryEdges(rings).Count);
        });
    }

    [Fact]
    public void TracedOutline_IsClosedLines_UsingEveryBoundaryEdgeOnce()
    {
        Grids.Sample(grid =>
        {
            var rings = Squares(grid.Size, grid.Cells).ToList();

            var lines = GroupOutline.Trace(rings);

            Assert.Equal(GroupOutline.BoundaryEdges(rings).Count, lines.Sum(line => line.Count - 1));
            Assert.All(lines, line => Assert.Equal(line[0], line[^1]));
        });
    }

    private static IEnumerable<IReadOnlyList<MapPoint>> Squares(int size, bool[] cells) =>
        Enumerable.Range(0, size * size).Where(i => cells[i]).Select(i =>
        {
            double x = i % size, y = i / size;
            return (IReadOnlyList<MapPoint>)[new(x, y), new(x + 1, y), new(x + 1, y + 1), new(x, y + 1)];
        });
}
