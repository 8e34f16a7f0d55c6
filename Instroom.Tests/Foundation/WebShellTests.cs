using System.Net;
using Instroom.Tests.Support;

namespace Instroom.Tests.Foundation;

public sealed class WebShellTests(InstroomApp app) : IClassFixture<InstroomApp>
{
    [Fact]
    public async Task Health_AnswersHealthy_WhenTheDatabaseIsMigrated()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RegionsPage_ListsAllJeugdregiosWithTheirGemeenten()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync(new Uri("/regios", UriKind.Relative));

        Assert.Equal(42, System.Text.RegularExpressions.Regex.Count(html, "data-region=\"JZ\\d\\d\""));
        Assert.Contains("Rotterdam", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"nl\"", html, StringComparison.Ordinal);
    }
}
