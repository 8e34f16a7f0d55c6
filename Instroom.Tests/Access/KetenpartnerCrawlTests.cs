using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Storage;
using Instroom.Tests.Access.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Instroom.Tests.Access;

/// <summary>
/// The done-when of issue 6: a Ketenpartner of Rijnmond (JZ29) follows every link reachable from their pages, every
/// area the trend pickers offer and every download, and finds no code or name of another region or its gemeenten;
/// the same addresses with another region's codes in them answer 404.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed partial class KetenpartnerCrawlTests(AccessWorld world)
{
    private const int MaxRequests = 400;

    /// <summary>Static text that names places as examples, never figures: the accessibility statement.</summary>
    private static readonly string[] WithoutFigures = ["/toegankelijkheid"];

    private static readonly string[] Starts = ["/", "/regios", "/trends", "/indicatoren", "/regios/JZ29", "/regios/TR10", "/export/overzicht.csv"];

    [Fact]
    public async Task Ketenpartner_FindsNoOtherRegion_OnAnyPageLinkOrDownload_AndForeignCodesAnswer404()
    {
        var areas = await AreasAsync();
        // Independent of the code under test: Rijnmond, its toezichtregio (it is the only jeugdregio in it), its gemeenten, Nederland.
        var own = areas.Areas.Where(area => area.Code is "NL" or Principal.RegionA or Principal.ToezichtregioA
                || (area.Kind == AreaKind.Gemeente && area.RegionCodes.Contains(Principal.RegionA)))
            .ToList();
        var foreign = areas.Areas.Except(own).Where(area => area.Kind is AreaKind.Gemeente or AreaKind.Jeugdregio or AreaKind.Toezichtregio).ToList();
        var sources = await SourceNamesAsync();
        var ownNames = own.Select(area => area.Name).ToHashSet(StringComparer.Ordinal);
        var leaks = foreign.SelectMany(area => ownNames.Contains(area.Name) ? [area.Code] : new[] { area.Code, area.Name })
            .Select(token => new Regex($@"(?<![\p{{L}}\p{{N}}-]){Regex.Escape(token)}(?![\p{{L}}\p{{N}}-])", RegexOptions.CultureInvariant))
            .ToList();

        var client = world.Client(Principal.Ketenpartner);
        var queue = new Queue<string>(Starts);
        var seen = new HashSet<string>(Starts, StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = new List<string>();
        while (queue.Count > 0 && visited.Count < MaxRequests)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            visited.Add(path);
            var status = (int)response.StatusCode;
            if (status == 403)
            {
                // A page of another role (aanleveringen, inspectie): refused before anything is read.
                continue;
            }

            if (status != 200)
            {
                problems.Add($"{path}: {status}");
                continue;
            }

            // Organisations are named for what they deliver ("Jeugdbescherming Brabant", "Veilig Thuis Zeeland"); a
            // source's name says nothing about a region's figures, so it is taken out before looking for regions.
            var text = sources.Aggregate(await TextOfAsync(response), (current, source) => current.Replace(source, "[bron]", StringComparison.Ordinal));
            foreach (var leak in WithoutFigures.Contains(path) ? [] : leaks)
            {
                if (leak.Match(text) is { Success: true } match)
                {
                    problems.Add($"{path}: shows '{match.Value}' …{Around(text, match.Index)}…");
                }
            }

            if (Outcomes.IsHtml(response))
            {
                foreach (var link in LinksIn(text))
                {
                    if (seen.Add(link))
                    {
                        queue.Enqueue(link);
                    }
                }
            }
        }

        Assert.True(visited.Count > 50, $"The crawl must reach the pages: only {visited.Count} requests.");
        Assert.Contains(visited, path => path.StartsWith("/trends/download.xlsx", StringComparison.Ordinal));
        Assert.Contains(visited, path => path.StartsWith("/regios/JZ29/export.xlsx", StringComparison.Ordinal));
        Assert.Contains(visited, path => path.StartsWith("/trends/gegevens", StringComparison.Ordinal));

        foreach (var path in visited.Where(path => own.Any(area => area.Code != "NL" && path.Contains(area.Code, StringComparison.Ordinal))).Distinct())
        {
            var substituted = ForeignVersion(path, own);
            using var response = await client.GetAsync(new Uri(substituted, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                problems.Add($"{substituted}: {(int)response.StatusCode}, not 404");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct().Take(60)));
    }

    /// <summary>The address with every own code replaced by one of region B: its jeugdregio, toezichtregio or gemeente.</summary>
    private static string ForeignVersion(string path, IReadOnlyList<AreaEntry> own)
    {
        foreach (var area in own.Where(area => area.Code != "NL"))
        {
            var replacement = area.Kind switch
            {
                AreaKind.Jeugdregio => Principal.RegionB,
                AreaKind.Toezichtregio => Principal.ToezichtregioB,
                _ => Principal.GemeenteInB,
            };
            path = path.Replace(area.Code, replacement, StringComparison.Ordinal);
        }

        return path;
    }

    private async Task<IReadOnlyList<string>> SourceNamesAsync()
    {
        await using var connection = await world.App.Services.GetRequiredService<InstroomDatabase>().OpenAsync();
        return (await connection.QueryAsync<string>("SELECT name FROM source")).OrderByDescending(name => name.Length).ToList();
    }

    private async Task<AreaDirectory> AreasAsync()
    {
        var services = world.App.Services;
        return await services.GetRequiredService<AreaDirectoryQueries>().LoadAsync(services.GetRequiredService<IClock>().Today());
    }

    /// <summary>Page text, CSV and JSON as they are; a workbook's shared strings and sheets unzipped.</summary>
    private static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes.Length > 2 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            var text = new StringBuilder();
            foreach (var entry in zip.Entries.Where(entry => entry.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                text.Append(WebUtility.HtmlDecode(await reader.ReadToEndAsync())).Append('\n');
            }

            return text.ToString();
        }

        return WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes));
    }

    /// <summary>Same-site links, the chart's data address and every area a picker offers, without fragments or static files.</summary>
    private static IEnumerable<string> LinksIn(string html)
    {
        foreach (Match match in Link().Matches(html))
        {
            var link = WebUtility.HtmlDecode(match.Groups[1].Value);
            var hash = link.IndexOf('#', StringComparison.Ordinal);
            link = hash >= 0 ? link[..hash] : link;
            if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !StaticFile().IsMatch(link) && link.Length > 0)
            {
                yield return link;
            }
        }

        foreach (Match option in AreaOption().Matches(html))
        {
            var code = option.Groups[1].Value;
            yield return $"/trends?gebied={code}";
            yield return $"/trends/gegevens?gebied={code}";
            yield return $"/trends/download.csv?gebied={code}";
            yield return $"/trends/download.xlsx?gebied={code}";
        }
    }

    private static string Around(string text, int index) =>
        text.Substring(Math.Max(0, index - 60), Math.Min(120, text.Length - Math.Max(0, index - 60))).ReplaceLineEndings(" ");

    [GeneratedRegex("(?:href|data-trend-chart)=\"([^\"]*)\"")]
    private static partial Regex Link();

    [GeneratedRegex("^/(css|js|lib|img)/|\\.(css|js|svg|png|ico|woff2?)(\\?|$)")]
    private static partial Regex StaticFile();

    [GeneratedRegex("<option value=\"((?:GM|JZ|TR)[0-9]+|NL)\"")]
    private static partial Regex AreaOption();
}
