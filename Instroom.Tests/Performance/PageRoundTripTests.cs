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
    // Overview and its CSV: latest week 1, two weeks' rollup input 2 × 4, statuses, rules, open supervision, last import.
    // Region page: latest week 1, three weeks' rollup input 3 × 4, the region's gemeenten, 8 weeks of statuses, rules,
    // supervision, the week's deliveries per source 2. Trend data: areas, data version, the area's trend (one command),
    // the national line (not for NL), rules, supervision (not for NL), stored statuses, and the totals the weeks'
    // disclosure hid (the weeks' keys, the stored keys, the hidden totals) — whatever the number of weeks.
    public static TheoryData<string, int> Pages => new()
    {
        { "/", 15 },
        { "/regios/JZ29", 21 },
        { "/regios/JZ02", 21 },
        { $"/trends/gegevens?indicator={TrendIndicators.Default.Code}&gebied=JZ29&periode=52", 10 },
        { $"/trends/gegevens?indicator={TrendIndicators.Default.Code}&gebied=NL&periode=104", 8 },
        { "/export/overzicht.csv", 14 },
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
