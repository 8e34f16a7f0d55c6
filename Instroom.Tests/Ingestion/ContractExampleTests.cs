using System.Text.Json;
using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Import;
using Instroom.Tests.Ingestion.Support;
using Instroom.Tests.Support;

namespace Instroom.Tests.Ingestion;

/// <summary>The published examples do what their README says: valid ones import, each invalid one is refused for its reason.</summary>
public sealed class ContractExampleTests
{
    public static TheoryData<string, DatabaseProvider> ValidExamples() => Cases(valid: true);

    public static TheoryData<string, DatabaseProvider> InvalidExamples() => Cases(valid: false);

    [SkippableTheory]
    [MemberData(nameof(ValidExamples))]
    public async Task ValidExample_IsImported(string fileName, DatabaseProvider provider)
    {
        var example = ContractExamples.Get(fileName);
        await using var context = await ImportTestContext.CreateAsync(provider);

        var result = await context.ImportAsync(example.SourceCode, example.ReadBytes(), example.Format, fileName);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Empty(result.Reasons);
        Assert.Equal(1, await context.CountAsync("delivery"));
        Assert.Equal(0, await context.CountAsync("quarantine"));
    }

    [SkippableTheory]
    [MemberData(nameof(InvalidExamples))]
    public async Task InvalidExample_IsRejected_WithTheReasonItsReadmeGives(string fileName, DatabaseProvider provider)
    {
        var example = ContractExamples.Get(fileName);
        await using var context = await ImportTestContext.CreateAsync(provider);

        var result = await context.ImportAsync(example.SourceCode, example.ReadBytes(), example.Format, fileName);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Reasons, reason => reason.StartsWith(example.Reason!, StringComparison.Ordinal));
        var quarantined = Assert.Single(await context.QuarantineAsync());
        Assert.Equal(fileName, quarantined.FileName);
        Assert.Contains(JsonSerializer.Deserialize<string[]>(quarantined.Reasons)!, reason => reason.StartsWith(example.Reason!, StringComparison.Ordinal));
        Assert.Equal(0, await context.CountAsync("delivery"));
        Assert.Equal(0, await context.CountAsync("figure"));
    }

    [Fact]
    public void InvalidExamples_BreakOneRuleEach()
    {
        // One rule family per file keeps the examples readable; two files still carry a second, dependent reason.
        var clock = new NodaTime.Testing.FakeClock(ImportTestContext.Now);
        foreach (var example in ContractExamples.All.Where(e => !e.IsValid))
        {
            var parsed = DeliveryParser.Parse(example.ReadBytes(), example.Format, DeliveryLimits.Default);
            var reasons = parsed.Succeeded
                ? new DeliveryValidator(clock).Validate(parsed.Document, example.Format, ValidatorTests.Context(example.SourceCode))
                : parsed.Reasons;
            var expected = example.FileName == "ongeldig-verdeling-klasse-onbekend.json" ? 2 : 1;
            Assert.True(reasons.Count == expected, $"{example.FileName}: {string.Join(" | ", reasons)}");
        }
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task InvalidUtf8_IsRejected_WithThePlaceOfTheFirstBadByte(DatabaseProvider provider)
    {
        var valid = ContractExamples.Get("geldig-gi.json").ReadBytes();
        var offset = Array.IndexOf(valid, (byte)'\n') + 3;
        var payload = valid.Take(offset).Concat(new byte[] { 0xFF }).Concat(valid.Skip(offset)).ToArray();
        await using var context = await ImportTestContext.CreateAsync(provider);

        var result = await context.ImportAsync("GI-JBBRA", payload);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Equal("regel 2, positie 3: geen geldige UTF-8 (byte 0xFF); lever UTF-8 aan", Assert.Single(result.Reasons));
        Assert.Equal(payload, Assert.Single(await context.QuarantineAsync()).Payload);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task GiExample_StoresTheSameFigures_AsJsonAndAsCsv(DatabaseProvider provider)
    {
        await using var json = await ImportTestContext.CreateAsync(provider);
        await using var csv = await ImportTestContext.CreateAsync(provider);
        var jsonResult = await json.ImportAsync("GI-JBBRA", ContractExamples.Get("geldig-gi.json").ReadBytes());
        var csvResult = await csv.ImportAsync("GI-JBBRA", ContractExamples.Get("geldig-gi.csv").ReadBytes(), DeliveryFormat.Csv);

        var fromJson = await json.FiguresAsync(jsonResult.LeveringId!);
        var fromCsv = await csv.FiguresAsync(csvResult.LeveringId!);

        Assert.NotEmpty(fromJson);
        Assert.Equal(fromJson, fromCsv);
    }

    [Fact]
    public void ExampleFolder_AndItsReadme_ListTheSameFiles()
    {
        var files = Directory.GetFiles(RepositoryFolder.ContractExamples)
            .Select(Path.GetFileName)
            .Where(name => name != "README.md")
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, ContractExamples.All.Select(e => e.FileName).Order(StringComparer.Ordinal));
        Assert.Contains(ContractExamples.All, e => e.IsValid);
        Assert.Contains(ContractExamples.All, e => !e.IsValid);
    }

    private static TheoryData<string, DatabaseProvider> Cases(bool valid)
    {
        var data = new TheoryData<string, DatabaseProvider>();
        foreach (var example in ContractExamples.All.Where(e => e.IsValid == valid))
        {
            foreach (var provider in Enum.GetValues<DatabaseProvider>())
            {
                data.Add(example.FileName, provider);
            }
        }

        return data;
    }
}
