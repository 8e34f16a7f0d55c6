using System.Text.Json;
using Instroom.Data.Indicators;
using Instroom.Jobs.Contract;
using Instroom.Tests.Ingestion.Support;

namespace Instroom.Tests.Ingestion;

/// <summary>The published contract and its JSON Schema say what the code does: same indicators, definitions, classes.</summary>
public sealed class ContractDocumentTests
{
    private static readonly string Document = File.ReadAllText(Path.Combine(RepositoryFolder.Root, "docs", "contract", "aanlevering-v1.md"));

    private static readonly JsonElement Schema =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "docs", "contract", "aanlevering-v1.schema.json"))).RootElement;

    [Fact]
    public void ContractDocument_GivesEveryIndicatorTheDefinitionOfTheCatalogue()
    {
        var rows = Document.Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)).ToList();

        Assert.All(IndicatorCatalogue.All, indicator =>
        {
            var row = Assert.Single(rows, r => r.StartsWith($"| `{indicator.Code}` |", StringComparison.Ordinal));
            Assert.Contains($"| {indicator.Definition} |", row, StringComparison.Ordinal);
            Assert.Contains($"| {indicator.Label} |", row, StringComparison.Ordinal);
        });
        Assert.Equal(IndicatorCatalogue.All.Count, rows.Count(r => IndicatorCatalogue.TryGet(r.Split('`')[1], out _)));
    }

    [Fact]
    public void ContractDocument_StatesTheSchemaNameCsvHeaderAndClasses()
    {
        Assert.Contains($"`{DeliveryContract.SchemaName}`", Document, StringComparison.Ordinal);
        Assert.Contains(DeliveryContract.CsvHeader, Document, StringComparison.Ordinal);
        Assert.All(WaitingTimeClass.All, c => Assert.Contains($"`{c.Code}`", Document, StringComparison.Ordinal));
        Assert.All(Measure.All, m => Assert.Contains($"`{m}`", Document, StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_IsDraft202012_AndStrict()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
        Assert.Equal(DeliveryContract.SchemaName, Schema.GetProperty("properties").GetProperty("schema").GetProperty("const").GetString());
        var objects = Descendants(Schema).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "object").ToList();
        Assert.NotEmpty(objects);
        Assert.All(objects, o => Assert.Equal(JsonValueKind.False, o.GetProperty("additionalProperties").ValueKind));
    }

    [Fact]
    public void Schema_KnowsTheIndicatorsMeasuresAndClassesOfTheCatalogue()
    {
        var definitions = Schema.GetProperty("$defs");

        Assert.Equal(IndicatorCatalogue.All.Select(i => i.Code), Strings(definitions.GetProperty("indicator").GetProperty("enum")));
        Assert.Equal(Measure.All, Strings(definitions.GetProperty("maatregel").GetProperty("enum")));
        Assert.Equal(WaitingTimeClass.All.Select(c => c.Code), Strings(definitions.GetProperty("klasse").GetProperty("enum")));
        Assert.Equal(WaitingTimeClass.All.Select(c => c.Code), Strings(definitions.GetProperty("verdeling").GetProperty("required")));
        Assert.Equal(DeliveryContract.MaxValue, definitions.GetProperty("aantal").GetProperty("maximum").GetInt64());
    }

    [Fact]
    public void Schema_SplitsTheIndicatorsAsTheCatalogueDoes()
    {
        var rules = Schema.GetProperty("$defs").GetProperty("cijfer").GetProperty("allOf").EnumerateArray()
            .Select(rule => Strings(rule.GetProperty("if").GetProperty("properties").GetProperty("indicator").GetProperty("enum")))
            .ToList();

        Assert.Equal(
        [
            IndicatorCatalogue.All.Where(i => i.Kind == IndicatorKind.Histogram).Select(i => i.Code).ToList(),
            IndicatorCatalogue.All.Where(i => i.HasMeasure).Select(i => i.Code).ToList(),
            IndicatorCatalogue.All.Where(i => i.OrganisationWide).Select(i => i.Code).ToList(),
            IndicatorCatalogue.All.Where(i => i.Unit == IndicatorUnit.Percentage).Select(i => i.Code).ToList(),
        ], rules);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants))
        {
            yield return descendant;
        }
    }
}
