using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Storage;
using Instroom.Data.Trends;
using Instroom.Tests.Browser;
using Instroom.Tests.Status.Support;
using Instroom.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Instroom.Tests.Dashboard;

/// <summary>
/// Rijnmond's thirteen gemeenten with nothing but small counts (1 to 4) in every figure of every source for 60 weeks:
/// whatever the trends, deliveries, beheer and indicator pages, chart data and downloads show, no count of children
/// from 1 to 4 may appear. Sums over the region are larger and may be shown.
/// </summary>
public sealed class SmallCountsApp : IAsyncLifetime
{
    public const int Weeks = 60;

    public InstroomApp App { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        Client = App.CreateClient();
        var fixture = new FigureFixture(App.Services.GetRequiredService<InstroomDatabase>());
        var yesterday = App.Services.GetRequiredService<IClock>().Today().PlusDays(-1);
        var latest = IsoWeek.Of(yesterday);
        for (var back = Weeks - 1; back >= 0; back--)
        {
            var week = latest.Plus(-back);
            var peildatum = week.Sunday < yesterday ? week.Sunday : yesterday;
            foreach (var (source, kind) in new[] { (DashboardSeed.Gi, Data.Sources.SourceKind.GI), (DashboardSeed.Raad, Data.Sources.SourceKind.RAAD), (DashboardSeed.Vt, Data.Sources.SourceKind.VT) })
            {
                var delivery = fixture.Delivery(source, peildatum);
                for (var g = 0; g < DashboardSeed.Gemeenten.Count; g++)
                {
                    AddSmallFigures(delivery, DashboardSeed.Gemeenten[g], kind, back * 31 + g * 7);
                }

                await delivery.SaveAsync();
            }
        }
    }

    /// <summary>Every indicator of the source's kind with a value from 1 to 4; a histogram puts its whole list in one class.</summary>
    private static void AddSmallFigures(DeliveryBuilder delivery, string gemeente, Data.Sources.SourceKind kind, int seed)
    {
        var index = 0;
        foreach (var indicator in IndicatorCatalogue.For(kind).Where(i => !i.OrganisationWide && i.Kind != IndicatorKind.Histogram))
        {
            var measure = indicator.HasMeasure ? Measure.Ots : Measure.None;
            var value = 1 + ((seed + index++) % 4);
            if (indicator.TotalCode is not null)
            {
                value = 1;
            }

            delivery.Figure(gemeente, indicator.Code, value, measure);
            if (IndicatorCatalogue.All.FirstOrDefault(h => h.StockCode == indicator.Code) is { } histogram)
            {
                var counts = new long[WaitingTimeClass.All.Count];
                counts[(seed + index) % counts.Length] = value;
                delivery.Histogram(gemeente, histogram.Code, measure, counts);
            }
        }
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}

public sealed partial class SmallCountsCrawlTests(SmallCountsApp small) : IClassFixture<SmallCountsApp>
{
    private static readonly string[] Areas = ["GM0489", "GM0599", DashboardSeed.Region, AreaKind.NationalCode];

    public static TheoryData<string> Indicators()
    {
        var data = new TheoryData<string>();
        foreach (var indicator in TrendIndicators.All)
        {
            data.Add(indicator.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public async Task TrendPageChartDataAndCsv_NeverShowACountFrom1To4(string indicatorCode)
    {
        Assert.True(TrendIndicators.TryGet(indicatorCode, out var indicator));
        var hidden = 0;
        foreach (var area in Areas)
        {
            var query = $"?indicator={indicatorCode}&gebied={area}&periode=104";

            var html = await GetTextAsync("/trends" + query);
            var cells = CountCell().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value.Trim())).ToList();
            Assert.Equal(104 * (indicator.Kind == TrendValueKind.Count ? 2 : indicator.BaseCode is null ? 1 : 2), cells.Count);
            Assert.All(cells, cell => AssertNotSmall(cell, $"{area} page"));
            hidden += cells.Count(cell => cell == "<5");

            using var json = JsonDocument.Parse(await GetTextAsync("/trends/gegevens" + query));
            foreach (var series in json.RootElement.GetProperty("series").EnumerateArray())
            {
                foreach (var point in series.GetProperty("points").EnumerateArray())
                {
                    var text = point.GetProperty("text").GetString()!;
                    Assert.DoesNotMatch("^[1-4]$", text);
                    if (indicator.Kind == TrendValueKind.Count && point.GetProperty("y").ValueKind == JsonValueKind.Number)
                    {
                        Assert.True(point.GetProperty("y").GetDecimal() is 0 or >= 5, $"{area} chart: {point}");
                    }
                }
            }

            var csv = (await GetTextAsync("/trends/download.csv" + query)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var header = csv[0].TrimStart('\uFEFF').Split(';');
            var countColumns = header.Select((name, i) => (name, i))
                .Where(c => c.name is "Aantal (teller)" or "Basis (noemer)" or "Aantal wachtend"
                    || (indicator.Kind == TrendValueKind.Count && (c.name == indicator.Label || c.name == "Een jaar eerder")))
                .Select(c => c.i)
                .ToList();
            Assert.NotEmpty(countColumns);
            foreach (var line in csv.Skip(1))
            {
                var fields = line.Split(';');
                Assert.All(countColumns, column => AssertNotSmall(fields[column], $"{area} csv"));
            }
        }

        Assert.True(hidden > 0, "The crawl must have met hidden counts, or it proves nothing.");
    }

    [Theory]
    [InlineData("/aanleveringen")]
    [InlineData("/aanleveringen/GI-JBRR")]
    [InlineData("/aanleveringen/download.csv")]
    [InlineData("/beheer")]
    [InlineData("/indicatoren")]
    public async Task OtherPages_ShowNoCountsOfChildrenAtAll(string path)
    {
        var text = await GetTextAsync(path);

        // These pages show counts of figures and attempts, never of children: nothing there is marked as a count.
        Assert.DoesNotContain("data-count", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<5", text, StringComparison.Ordinal);
    }

    private async Task<string> GetTextAsync(string path)
    {
        using var response = await small.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static void AssertNotSmall(string text, string where)
    {
        if (text is "<5" or "geen gegevens" or "afgeschermd")
        {
            return;
        }

        var number = int.Parse(text, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("nl-NL"));
        Assert.True(number is 0 or >= 5, $"{where}: a count of {number} is shown");
    }

    [GeneratedRegex("<td[^>]*\\bdata-count\\b[^>]*>([^<]*)</td>")]
    private static partial Regex CountCell();
}
