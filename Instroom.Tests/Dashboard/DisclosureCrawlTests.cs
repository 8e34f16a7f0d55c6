using System.Net;
using System.Text.RegularExpressions;
using Instroom.Data.Text;
using Instroom.Tests.Dashboard.Support;
using Instroom.Web.Features.Map;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Instroom.Tests.Dashboard;

/// <summary>The real app, its database full of small counts (<see cref="SmallCellsWorld"/>), written once for the crawl.</summary>
public sealed class SmallCellsApp : SeededApp
{
    protected override Task SeedAsync(IServiceProvider services) => SmallCellsWorld.SeedAsync(services);
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

    [Fact]
    public async Task NoXlsxDownload_HasACountFromOneToFour()
    {
        var values = new List<(string File, object? Value)>();
        foreach (var path in (await PagesAsync()).Where(path => path.StartsWith("/regios/", StringComparison.Ordinal)).Select(path => path + "/export.xlsx")
                     .Concat(["/export/overzicht.xlsx?niveau=jeugdregio", "/export/overzicht.xlsx?niveau=toezichtregio"]))
        {
            values.AddRange((await XlsxCountsAsync(path)).Select(value => (path, value)));
        }

        Assert.DoesNotContain(values, value => value.Value is double number && number is >= 1 and <= 4);
        Assert.True(values.Count(value => value.Value as string == "<5") > 500);
        Assert.Contains(values, value => value.Value is double number && number >= 5);
    }

    /// <summary>Trend pages, chart data and both downloads of the counts around the distinctive case, for the region, its toezichtregio and two of its gemeenten.</summary>
    [Theory]
    [InlineData(SmallCellsWorld.Region)]
    [InlineData("TR09")]
    [InlineData(SmallCellsWorld.SmallGemeente)]
    [InlineData("NL")]
    public async Task NoTrendPageChartOrDownload_HasACountFromOneToFour(string area)
    {
        var seen = new List<string>();
        foreach (var indicator in TrendCounts)
        {
            var query = $"?indicator={indicator}&gebied={area}&periode=13";
            var html = await GetAsync("/trends" + query);
            seen.AddRange(TrendCountCell().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value).Trim()));

            using var json = System.Text.Json.JsonDocument.Parse(await GetAsync("/trends/gegevens" + query));
            foreach (var point in json.RootElement.GetProperty("series").EnumerateArray().SelectMany(series => series.GetProperty("points").EnumerateArray()))
            {
                seen.Add(point.GetProperty("text").GetString()!);
                if (point.GetProperty("y").ValueKind == System.Text.Json.JsonValueKind.Number)
                {
                    Assert.True(point.GetProperty("y").GetDecimal() is 0 or >= 5, $"{area} {indicator} chart: {point}");
                }
            }

            var csv = CsvReader.Parse((await GetAsync("/trends/download.csv" + query)).TrimStart('\uFEFF'), ';');
            Assert.True(csv.Succeeded, csv.Error);
            var header = csv.Rows[0].Fields;
            var columns = header.Select((name, index) => (name, index)).Where(column => IsTrendCountColumn(column.name)).Select(column => column.index).ToList();
            Assert.NotEmpty(columns);
            seen.AddRange(csv.Rows.Skip(1).SelectMany(row => columns.Select(column => row.Fields[column])));

            using var stream = new MemoryStream(await world.Client.GetByteArrayAsync("/trends/download.xlsx" + query));
            var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            var xlsx = rows.SelectMany(row => row.Where(cell => IsTrendCountColumn(cell.Key)).Select(cell => cell.Value)).ToList();
            Assert.DoesNotContain(xlsx, value => value is double number && number is >= 1 and <= 4);
        }

        Assert.DoesNotContain(seen, SmallCounts.Contains);
        // A gemeente of small counts meets hidden cells; a region's sums are large and must be there to read.
        Assert.Contains(seen, text => area == SmallCellsWorld.SmallGemeente ? text == "<5" : text.Any(char.IsDigit) && text != "0");
    }

    [Theory]
    [InlineData("/regios/" + SmallCellsWorld.Region)]
    [InlineData("/regios/" + SmallCellsWorld.Region + "/export.csv")]
    [InlineData("/regios/TR09")]
    [InlineData("/regios/TR09/export.csv")]
    [InlineData("/")]
    [InlineData("/export/overzicht.csv")]
    [InlineData("/export/overzicht.xlsx")]
    [InlineData("/regios/" + SmallCellsWorld.Region + "/export.xlsx")]
    [InlineData("/trends?indicator=instroomlijst&gebied=" + SmallCellsWorld.Region + "&periode=13")]
    [InlineData("/trends/download.csv?indicator=instroomlijst&gebied=" + SmallCellsWorld.Region + "&periode=13")]
    [InlineData("/trends/gegevens?indicator=instroomlijst&gebied=TR09&periode=13")]
    public async Task TheComplementOfASmallCount_AppearsNowhere_WhileTheRegionTotalDoes(string path)
    {
        var text = path.EndsWith(".xlsx", StringComparison.Ordinal)
            ? string.Join("\n", (await XlsxCountsAsync(path, everyColumn: true)).Select(value => Convert.ToString(value, DutchFormat.Culture)))
            : await GetAsync(path);

        Assert.DoesNotContain(SmallCellsWorld.Distinctive.ToString("N0", DutchFormat.Culture), text, StringComparison.Ordinal);
        Assert.DoesNotContain(SmallCellsWorld.Distinctive.ToString(DutchFormat.Culture), text, StringComparison.Ordinal);
        if (path == "/regios/" + SmallCellsWorld.Region)
        {
            Assert.Contains(SmallCellsWorld.RegionTotal.ToString("N0", DutchFormat.Culture), text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The trend of one gemeente is a table of its own: a gemeente that the weekbeeld hides as the complement of a
    /// small neighbour (Schagen beside Den Helder) must be hidden on its own trend too, or the region total minus it
    /// gives the small count away. The trend takes the weeks' hidden totals from <c>WeekHiddenTotals</c>.
    /// </summary>
    [Fact]
    public async Task TheComplement_IsNotShownOnTheGemeentesOwnTrend()
    {
        var text = await GetAsync("/trends?indicator=instroomlijst&gebied=" + SmallCellsWorld.LargeGemeente + "&periode=13");

        Assert.DoesNotContain(SmallCellsWorld.Distinctive.ToString("N0", DutchFormat.Culture), text, StringComparison.Ordinal);
    }

    private static readonly string[] TrendCounts =
        ["instroomlijst", "doorstroomlijst", "zonder-vaste-jeugdbeschermer", "wacht-op-hulp", "raad-wachtlijst", "vt-wachtlijst", "instroomlijst-wachtduur"];

    private static bool IsTrendCountColumn(string name) =>
        name is "Aantal (teller)" or "Basis (noemer)" or "Aantal wachtend" or "Een jaar eerder" or "Nederland"
        || TrendCounts.Any(code => Instroom.Data.Trends.TrendIndicators.TryGet(code, out var indicator) && indicator.Label == name);

    /// <summary>The count columns (or every column) of an xlsx download, as MiniExcel reads them: numbers are doubles, hidden counts text.</summary>
    private async Task<List<object?>> XlsxCountsAsync(string path, bool everyColumn = false)
    {
        using var stream = new MemoryStream(await world.Client.GetByteArrayAsync(path));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        return rows.SelectMany(row => everyColumn ? row.Values : CountColumns(row.Keys.ToList()).Select(column => row.Values.ElementAt(column))).ToList();
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
            .Where(column => column.name is "Aantal" or "Instroomlijst" or "Doorstroomlijst" or "Zonder vaste jeugdbeschermer" or "Wacht op passende hulp")
            .Select(column => column.index);

    [GeneratedRegex("""<(?:td|th|span)\b[^>]*\binstroom-figure--count\b[^>]*>(?<text>[^<]*)<""")]
    private static partial Regex CountCell();

    [GeneratedRegex("<td[^>]*\\bdata-count\\b[^>]*>([^<]*)</td>")]
    private static partial Regex TrendCountCell();
}
