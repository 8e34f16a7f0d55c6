using Instroom.Web.Features.Map;

namespace Instroom.Tests.Web.Map;

public sealed class MapRegionTests
{
    [Theory]
    [InlineData(MapStatus.Rood, true, null, "Rijnmond: rood, onder verscherpt toezicht")]
    [InlineData(MapStatus.Groen, false, null, "Rijnmond: groen")]
    [InlineData(MapStatus.Geen, false, null, "Rijnmond: geen status")]
    [InlineData(MapStatus.Onvolledig, false, "1 bron ontbreekt", "Rijnmond: onvolledig. 1 bron ontbreekt")]
    public void AccessibleName_SaysRegionStatusAndSupervision_InDutch(MapStatus status, bool supervised, string? detail, string expected) =>
        Assert.Equal(expected, new MapRegion("JZ29", "Rijnmond", status, "/regios/JZ29", supervised, detail).AccessibleName);

    [Fact]
    public void Model_DrawsAMissingRegion_WithoutStatusOrLink()
    {
        var model = new NationalMapModel("Kaart", "Uitleg", [new MapRegion("JZ29", "Rijnmond", MapStatus.Rood, "/x", true)]);

        var missing = model.RegionFor(new RegionShape("JZ01", "Groningen", "M0 0L1 1 0 1Z"));

        Assert.Equal(new MapRegion("JZ01", "Groningen", MapStatus.Geen, null), missing);
    }

    [Fact]
    public void Toezichtregio_IsUnderVerscherptToezicht_WhenOneOfItsJeugdregiosIs()
    {
        var group = new SupervisionRegionShape("TR11", "Zuid West", ["JZ18", "JZ24"], "", new MapPoint(0, 0));
        var model = new NationalMapModel("Kaart", "Uitleg", [new MapRegion("JZ24", "Haaglanden", MapStatus.Rood, null, UnderIntensifiedSupervision: true)]);

        Assert.True(model.IsUnderIntensifiedSupervision(group));
        Assert.False(model.IsUnderIntensifiedSupervision(group with { JeugdregioCodes = ["JZ18"] }));
    }
}
