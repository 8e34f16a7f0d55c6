using System.Text.RegularExpressions;
using Instroom.Tests.Support;
using Instroom.Web.Features.Map;
using Microsoft.Extensions.DependencyInjection;

namespace Instroom.Tests.Web.Map;

public sealed partial class NationalMapGeometryTests
{
    private static readonly NationalMapGeometry Geometry = NationalMapGeometry.Load();

    [Fact]
    public void Geometry_HasAllFortyTwoJeugdregios_EachInExactlyOneOfElevenToezichtregios()
    {
        var grouped = Geometry.SupervisionRegions.SelectMany(group => group.JeugdregioCodes).ToList();

        Assert.Equal(42, Geometry.Regions.Count);
        Assert.Equal(11, Geometry.SupervisionRegions.Count);
        Assert.Equal(Geometry.Regions.Select(region => region.Code).Order(), grouped.Order());
        Assert.Equal("TR10", Geometry.SupervisionRegionOf("JZ29"));
        Assert.Null(Geometry.SupervisionRegionOf("JZ99"));
    }

    [Fact]
    public void Paths_AreCompactAbsoluteSvgPathData_InsideTheViewBox()
    {
        foreach (var region in Geometry.Regions)
        {
            Assert.Matches(PathData(), region.PathData);
            var numbers = Numbers().Matches(region.PathData).Select(match => double.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var xs = numbers.Where((_, i) => i % 2 == 0).ToList();
            var ys = numbers.Where((_, i) => i % 2 == 1).ToList();
            Assert.All(xs, x => Assert.InRange(x, 0, Geometry.Width));
            Assert.All(ys, y => Assert.InRange(y, 0, Geometry.Height));
        }
    }

    [Fact]
    public void Map_IsTallerThanWide_AsTheNetherlandsIs()
    {
        Assert.InRange(Geometry.Height / Geometry.Width, 1.05, 1.35);
        Assert.Equal($"0 0 {Geometry.Width:0.#} {Geometry.Height:0.#}".Replace(',', '.'), Geometry.ViewBox);
    }

    [Fact]
    public void ToezichtregioOutline_LeavesOutTheBordersBetweenItsOwnJeugdregios()
    {
        var brabant = Geometry.SupervisionRegions.Single(group => group.Code == "TR08");
        var memberPoints = brabant.JeugdregioCodes.Sum(code => Numbers().Count(Geometry.Region(code).PathData)) / 2;
        var outlinePoints = Numbers().Count(brabant.OutlinePathData) / 2;

        Assert.InRange(outlinePoints, 10, memberPoints * 3 / 4);
    }

    [Fact]
    public void SupervisionMarker_LiesInsideItsToezichtregio()
    {
        foreach (var group in Geometry.SupervisionRegions)
        {
            var rings = group.JeugdregioCodes.SelectMany(code => Rings(Geometry.Region(code).PathData)).ToList();

            Assert.True(MarkerPlacement.IsInside(rings, group.MarkerPoint), $"{group.Name}: marker at {group.MarkerPoint}");
        }
    }

    [Fact]
    public void Geometry_IsComputedOncePerApplication()
    {
        using var app = new InstroomApp();

        Assert.Same(app.Services.GetRequiredService<NationalMapGeometry>(), app.Services.GetRequiredService<NationalMapGeometry>());
    }

    private static IEnumerable<IReadOnlyList<MapPoint>> Rings(string pathData) =>
        pathData.Split('Z', StringSplitOptions.RemoveEmptyEntries).Select(ring =>
        {
            var numbers = Numbers().Matches(ring).Select(match => double.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return (IReadOnlyList<MapPoint>)Enumerable.Range(0, numbers.Count / 2).Select(i => new MapPoint(numbers[2 * i], numbers[(2 * i) + 1])).ToList();
        });

    [GeneratedRegex(@"^(M\d+(\.\d)? \d+(\.\d)?L\d+(\.\d)? \d+(\.\d)?( \d+(\.\d)? \d+(\.\d)?)+Z)+$")]
    private static partial Regex PathData();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Numbers();
}
