using System.Net;
using System.Text.RegularExpressions;
using Instroom.Data.Text;
using Instroom.Tests.Dashboard.Support;
using Instroom.Tests.Support;
using Instroom.Web.Features.Map;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Instroom.Tests.Dashboard;

/// <summary>The real app, its database full of small counts (<see cref="SmallCellsWorld"/>), written once for the crawl.</summary>
public sealed class SmallCellsApp : IAsyncLifetime
{
    public InstroomApp App { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = App.CreateClient();
        await SmallCellsWorld.SeedAsync(App.Services);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>
/// Part of the disclosure proof: every dashboard page and download, crawled over HTTP from the real app with a country
/// of counts from 1 to 4, shows no count from 1 to 4 — and the one large count whose hiding protects a small one in
/// its region appears nowhere.
/// </summary>
public sealed partial class DisclosureCrawlTests(SmallCellsApp world) : IClassFixture<SmallCellsApp>
{
    private static readonly string[] SmallCounts = ["1", "2", "3", "4"];

    [Fact]
    public async Task NoPage_ShowsACountFromOneToFour()
    {
        var counts = new List<(string Page, string Text)>();
        foreach (var path in await PagesAsync())
        {
            var html = await GetAsync(path);
            counts.AddRange(CountCell().Matches(html).Select(match => (path, WebUtility.HtmlDecode(match.Groups["text"].Value).Trim())));
        }

        Assert.DoesNotContain(counts, count => SmallCounts.Contains(count.Text));
        Assert.True(counts.Count > 2000, $"The crawl read {counts.Count} counts.");
        Assert.True(counts.Count(count => count.Text == "<5") > 500, "Small counts are there to hide: the crawl must meet many.");
        Assert.Contains(counts, count => count.Text == "0");
    }

    [Fact]
    public async Task NoCsvDownload_HasACountFromOneToFour()
    {
        var cells = new List<(string File, string Column, string Value)>();
        foreach (var path in (await PagesAsync()).Where(path => path.StartsWith("/regios/", StringComparison.Ordinal)).Select(path => path + "/export.csv")
                     .Concat(["/export/overzicht.csv?niveau=jeugdregio", "/export/overzicht.csv?niveau=toezichtregio"]))
        {
            var parsed = CsvReader.Parse((await GetAsync(path)).TrimStart('\uFEFF'), ';');
            Assert.True(parsed.Succeeded, $"{path}: {parsed.Error}");
            var header = parsed.Rows[0].Fields;
            foreach (var row in parsed.Rows.Skip(1))
            {
                cells.AddRange(CountColumns(header).Select(column => (path, header[column], row.Fields[column])));
            }
        }

        Assert.DoesNotContain(cells, cell => SmallCounts.Contains(cell.Value));
        Assert.True(cells.Count(cell => cell.Value == "<5") > 500);
    }

    [Theory]
    [InlineData("/export/overzicht.xlsx?niveau=jeugdregio")]
    [InlineData("/export/overzicht.xlsx?niveau=toezichtregio")]
    [InlineData("/regios/" + SmallCellsWorld.Region + "/export.xlsx")]
    [InlineData("/regios/TR09/export.xlsx")]
    public async Task XlsxDownload_HasNoCountFromOneToFour(string path)
    {
        using var stream = new MemoryStream(await world.Client.GetByteArrayAsync(path));

        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var values = rows.SelectMany(row => CountColumns(row.Keys.ToList()).Select(column => row.Values.ElementAt(column))).ToList();

        Assert.NotEmpty(values);
        Assert.DoesNotContain(values, value => value is double number && number is >= 1 and <= 4);
        Assert.Contains(values, value => value as string == "<5");
    }

    [Theory]
    [InlineData("/regios/" + SmallCellsWorld.Region)]
    [InlineData("/regios/" + SmallCellsWorld.Region + "/export.csv")]
    [InlineData("/regios/TR09")]
    [InlineData("/regios/TR09/export.csv")]
    [InlineData("/")]
    [InlineData("/export/overzicht.csv")]
    public async Task TheComplementOfASmallCount_AppearsNowhere_WhileTheRegionTotalDoes(string path)
    {
        var text = await GetAsync(path);

        Assert.DoesNotContain(SmallCellsWorld.Distinctive.ToString("N0", DutchFormat.Culture), text, StringComparison.Ordinal);
        Assert.DoesNotContain(SmallCellsWorld.Distinctive.ToString(DutchFormat.Culture), text, StringComparison.Ordinal);
        if (path == "/regios/" + SmallCellsWorld.Region)
        {
            Assert.Contains(SmallCellsWorld.RegionTotal.ToString("N0", DutchFormat.Culture), text, StringComparison.Ordinal);
        }
    }

    /// <summary>The overview at both levels, the inspectie page and the weekbeeld of every region.</summary>
    private Task<List<string>> PagesAsync()
    {
        var geometry = world.App.Services.GetRequiredService<NationalMapGeometry>();
        var pages = new List<string> { "/", "/?niveau=toezichtregio", "/inspectie" };
        pages.AddRange(geometry.Regions.Select(region => "/regios/" + region.Code));
        pages.AddRange(geometry.SupervisionRegions.Select(region => "/regios/" + region.Code));
        return Task.FromResult(pages);
    }

    private async Task<string> GetAsync(string path)
    {
        using var response = await world.Client.GetAsync(path);
        Assert.Equal((path, HttpStatusCode.OK), (path, response.StatusCode));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Columns of children or cases: the weekbeeld's "Aantal", the overview's counts (not its numbers of sources).</summary>
    private static IEnumerable<int> CountColumns(IReadOnlyList<string> header) =>
        header.Select((name, index) => (name, index))
            .Where(column => column.name is "Aantal" or "Zonder vaste jeugdbeschermer" or "Wacht op passende hulp")
            .Select(column => column.index);

    [GeneratedRegex("""<(?:td|th|span)\b[^>]*\binstroom-figure--count\b[^>]*>(?<text>[^<]*)<""")]
    private static partial Regex CountCell();
}
