using Instroom.Data.Trends;
using Instroom.Tests.Performance.Support;

namespace Instroom.Tests.Performance;

/// <summary>
/// The number of database commands (round trips) a page costs is fixed: it does not grow with the number of regions,
/// gemeenten, sources or weeks (no N+1). Counted on the real SQLite connection of the running app with a national night
/// imported, without the output cache. If a page needs one more query on purpose, change its number here.
/// </summary>
public sealed class PageRoundTripTests(UncachedRoundTripApp app) : IClassFixture<UncachedRoundTripApp>
{
    public static TheoryData<string, int> Pages => new()
    {
        { "/", 0 },
        { "/regios/JZ29", 0 },
        { "/regios/JZ02", 0 },
        { $"/trends/gegevens?indicator={TrendIndicators.Default.Code}&gebied=JZ29&periode=52", 0 },
        { $"/trends/gegevens?indicator={TrendIndicators.Default.Code}&gebied=NL&periode=104", 0 },
        { "/export/overzicht.csv", 0 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_RunsAFixedNumberOfCommands(string url, int commands)
    {
        using var client = app.CreateClient();

        var (response, ran) = await app.GetCountedAsync(client, url);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(commands == ran.Count, $"{url}: {ran.Count} commands:\n{string.Join("\n---\n", ran)}");
    }
}
