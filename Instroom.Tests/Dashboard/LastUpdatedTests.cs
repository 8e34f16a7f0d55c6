using Instroom.Tests.Dashboard.Support;

namespace Instroom.Tests.Dashboard;

/// <summary>The real app on the seeded country (<see cref="DashboardWorld"/>), where GI-JBRR was late and VT-23 missing last night.</summary>
public sealed class CountryApp : SeededApp
{
    protected override Task SeedAsync(IServiceProvider services) => DashboardWorld.SeedAsync(services);
}

public sealed class LastUpdatedTests(CountryApp country) : IClassFixture<CountryApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/regios")]
    [InlineData("/regios/JZ29")]
    [InlineData("/trends")]
    [InlineData("/inspectie")]
    [InlineData("/aanleveringen")]
    [InlineData("/indicatoren")]
    [InlineData("/toegankelijkheid")]
    public async Task EveryPage_SaysWhenItWasLastUpdated_AndWhichSourcesAreLateOrMissing(string path)
    {
        var html = await country.Client.GetStringAsync(new Uri(path, UriKind.Relative));

        var line = System.Text.RegularExpressions.Regex.Match(html, "<p class=\"instroom-last-updated[^\"]*\"[^>]*>(.*?)</p>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(line.Success, $"{path} has no 'laatst bijgewerkt' line");
        Assert.Contains("Laatst bijgewerkt: ", line.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("nog geen import", line.Value, StringComparison.Ordinal);
        Assert.Contains(DashboardWorld.RijnmondGi + " (te laat)", line.Value, StringComparison.Ordinal);
        Assert.Contains(DashboardWorld.ZeelandVeiligThuis + " (ontbrekend)", line.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("RAAD", line.Value, StringComparison.Ordinal);
    }
}
