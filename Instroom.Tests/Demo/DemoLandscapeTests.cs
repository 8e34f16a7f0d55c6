using Instroom.Data.Sources;
using NodaTime;

namespace Instroom.Tests.Demo;

public sealed class DemoLandscapeTests(DemoLandscapeFixture fixture) : IClassFixture<DemoLandscapeFixture>
{
    [Theory]
    [InlineData(2020, 6, 1)] // two GIs in Zeeland and Gooi en Vechtstreek while Briedis still worked
    [InlineData(2024, 6, 1)]
    public void GiCaseShares_AddUpToOnePerGemeente(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        var shares = fixture.Landscape.SourcesOn(date).Where(s => s.Kind == SourceKind.GI)
            .SelectMany(s => s.Gemeenten).GroupBy(g => g.Code).ToDictionary(g => g.Key, g => g.Sum(x => x.CaseShare));

        Assert.Equal(342, shares.Count);
        Assert.All(shares, share => Assert.Equal(1.0, share.Value, 9));
    }

    [Fact]
    public void Sources_FollowTheirValidity()
    {
        Assert.NotNull(fixture.Landscape.SourceOn("GI-BRIEDIS", new LocalDate(2021, 10, 11)));
        Assert.Null(fixture.Landscape.SourceOn("GI-BRIEDIS", new LocalDate(2021, 10, 12)));
        Assert.Null(fixture.Landscape.SourceOn("GI-JVV", new LocalDate(2016, 4, 30)));
        Assert.Equal(41, fixture.Landscape.SourcesOn(new LocalDate(2025, 1, 1)).Count);
    }

    [Fact]
    public void PopulationShares_AddUpToOne_WithTheLargeCitiesOnTop()
    {
        var gemeenten = fixture.Landscape.SourceOn("RAAD", new LocalDate(2025, 1, 1))!.Gemeenten;

        Assert.Equal(1.0, gemeenten.Sum(g => g.PopulationShare), 9);
        Assert.Equal(["GM0363", "GM0599", "GM0518", "GM0344"], gemeenten.OrderByDescending(g => g.PopulationShare).Take(4).Select(g => g.Code));
        Assert.All(gemeenten, g => Assert.Matches(@"^JZ\d\d$", g.Jeugdregio));
        Assert.All(gemeenten, g => Assert.Matches(@"^TR\d\d$", g.Toezichtregio));
    }
}
