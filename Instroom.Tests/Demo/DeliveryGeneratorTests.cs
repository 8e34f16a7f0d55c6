using System.Text.Json;
using Instroom.Data.Storage;
using Instroom.Jobs.Demo;
using Instroom.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Instroom.Tests.Demo;

public sealed class DeliveryGeneratorTests(DemoLandscapeFixture fixture) : IClassFixture<DemoLandscapeFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("instroom-genereer-");

    [Fact]
    public async Task Generate_WritesEverySourceForEveryPeildatum_AsCompleteFiles()
    {
        var simulator = new DeliverySimulator(5);
        var request = new GenerationRequest(_folder.FullName, new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 15), Daily: false);

        var summary = await new DeliveryGenerator(simulator).GenerateAsync(fixture.Landscape, request);

        Assert.Equal([new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 8), new LocalDate(2024, 3, 15)], request.Peildata());
        var files = _folder.GetFiles("*", SearchOption.AllDirectories);
        Assert.Equal(summary.Files, files.Length);
        Assert.Equal(3 * 41, files.Count(f => !f.Name.Contains("_v2", StringComparison.Ordinal)));
        Assert.DoesNotContain(files, f => f.Extension == ".tmp");
        Assert.Equal(files.Sum(f => f.Length), summary.Bytes);
        var brabant = Path.Combine(_folder.FullName, "GI-JBBRA", "GI-JBBRA_2024-03-08.json");
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(brabant));
        Assert.Equal("2024-03-08", json.RootElement.GetProperty("peildatum").GetString());
    }

    [Fact]
    public async Task Generate_WritesTheCorrectionBesideAnInvalidDelivery_OrOnlyTheCorrectionWhenAskedForValidOnes()
    {
        var simulator = new DeliverySimulator(5);
        var (source, peildatum, _) = KnownCases.First(fixture.Landscape, simulator, DemoBehaviourKind.Invalid, new LocalDate(2024, 1, 1));
        var all = new GenerationRequest(Path.Combine(_folder.FullName, "alle"), peildatum, peildatum, Daily: true);
        var valid = all with { Folder = Path.Combine(_folder.FullName, "geldig"), IncludeInvalid = false };

        var withInvalid = await new DeliveryGenerator(simulator).GenerateAsync(fixture.Landscape, all);
        var onlyValid = await new DeliveryGenerator(simulator).GenerateAsync(fixture.Landscape, valid);

        var name = $"{source.Code}_{ContractInvariants.Iso(peildatum)}";
        Assert.True(File.Exists(Path.Combine(all.Folder, source.Code, name + ".json")));
        Assert.True(File.Exists(Path.Combine(all.Folder, source.Code, name + "_v2.json")));
        Assert.False(File.Exists(Path.Combine(valid.Folder, source.Code, name + ".json")));
        Assert.True(File.Exists(Path.Combine(valid.Folder, source.Code, name + "_v2.json")));
        Assert.Equal(withInvalid.Files - withInvalid.Invalid, onlyValid.Files);
    }

    [Fact]
    public async Task Command_GeneratesTheRequestedPeildata_AndPrintsASummary()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = Services(database, new FakeClock(Instant.FromUtc(2024, 6, 1, 10, 0)));
        using var output = new StringWriter();

        var exitCode = await GenerateCommand.RunAsync(
            ["genereer", "--vanaf", "2024-05-30", "--map", _folder.FullName, "--dagelijks", "--formaat", "csv"], services, output, default);

        Assert.Equal(0, exitCode);
        Assert.Contains("Klaar:", output.ToString(), StringComparison.Ordinal);
        // 30 and 31 May: up to yesterday, daily.
        Assert.Equal(2, _folder.GetDirectories("GI-JBRR")[0].GetFiles("*.csv").Length);
    }

    [Theory]
    [InlineData("genereer", "--map", "x")]
    [InlineData("genereer", "--jaren", "5")]
    [InlineData("genereer", "--jaren", "nul", "--map", "x")]
    [InlineData("genereer", "--jaren", "1", "--vanaf", "2024-01-01", "--map", "x")]
    [InlineData("genereer", "--jaren", "1", "--map", "x", "--formaat", "xml")]
    public async Task Command_ExplainsItsUsage_WhenArgumentsAreWrong(params string[] args)
    {
        // No database: the command must stop at its arguments.
        await using var services = Services(null, new FakeClock(Instant.FromUtc(2024, 6, 1, 10, 0)));
        using var output = new StringWriter();

        var exitCode = await GenerateCommand.RunAsync(args, services, output, default);

        Assert.Equal(2, exitCode);
        Assert.Contains(GenerateCommand.Usage, output.ToString(), StringComparison.Ordinal);
        Assert.Empty(_folder.GetFileSystemInfos());
    }

    [Fact]
    public void Command_CountsYearsBackFromYesterday_Weekly()
    {
        Assert.True(GenerateCommand.TryParse(["--jaren", "5", "--map", "uit"], new LocalDate(2026, 11, 23), out var parsed, out _));

        var peildata = parsed.Request.Peildata().ToList();

        Assert.Equal(new LocalDate(2026, 11, 22), peildata[^1]);
        Assert.True(peildata[0] >= new LocalDate(2021, 11, 23));
        Assert.Equal(261, peildata.Count);
        Assert.All(peildata, d => Assert.Equal(IsoDayOfWeek.Sunday, d.DayOfWeek));
    }

    public void Dispose()
    {
        _folder.Delete(recursive: true);
    }

    private static ServiceProvider Services(TestDatabase? database, IClock clock)
    {
        var services = new ServiceCollection();
        if (database is not null)
        {
            services.AddSingleton(database.Database);
        }

        services.AddSingleton(clock);
        services.AddDemoSources(new ConfigurationBuilder().Build());
        return services.BuildServiceProvider();
    }
}
