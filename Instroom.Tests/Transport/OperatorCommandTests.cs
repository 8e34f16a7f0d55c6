using Dapper;
using Instroom.Data.Storage;
using Instroom.Tests.Support;
using Instroom.Web.Operator;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Instroom.Tests.Transport;

/// <summary>The operator commands against the real composition and a temporary SQLite database.</summary>
public sealed class OperatorCommandTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 9, 0);

    [Fact]
    public void Parse_RecognisesCommandsAndOptions_AndLeavesOtherArgumentsToTheWebApp()
    {
        var command = OperatorCommand.Parse(["importeer", "levering.json", "--bron", "GI-JBBRA"]);

        Assert.NotNull(command);
        Assert.Equal("importeer", command.Name);
        Assert.Equal(["levering.json"], command.Arguments);
        Assert.Equal("GI-JBBRA", command.Option("bron"));
        Assert.Null(OperatorCommand.Parse(["--urls", "http://127.0.0.1:5000"]));
    }

    [Fact]
    public async Task Bronnen_ListsEveryRegisteredSourceWithItsKind()
    {
        await using var harness = await JobsHarness.CreateAsync(DatabaseProvider.Sqlite, Now);
        var output = new StringWriter();

        var exit = await Commands(harness).RunAsync(OperatorCommand.Parse(["bronnen"])!, output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exit);
        Assert.Equal(1 + 42, lines.Length);
        Assert.Contains(lines, line => line.StartsWith("RAAD", StringComparison.Ordinal) && line.Contains("Raad", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("GI-BRIEDIS", StringComparison.Ordinal) && line.Contains("beëindigd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Importeer_ImportsAValidFile_AndExitsZero_ThenUnchangedTheSecondTime()
    {
        await using var harness = await JobsHarness.CreateAsync(DatabaseProvider.Sqlite, Now);
        var file = Path.Combine(Directory.CreateTempSubdirectory("instroom-cli-").FullName, "levering.json");
        await File.WriteAllBytesAsync(file, await harness.SimulatedJsonAsync("GI-JBBRA", new LocalDate(2026, 11, 22)));
        var first = new StringWriter();
        var second = new StringWriter();

        var exitFirst = await Commands(harness).RunAsync(OperatorCommand.Parse(["importeer", file, "--bron", "GI-JBBRA"])!, first, CancellationToken.None);
        var exitSecond = await Commands(harness).RunAsync(OperatorCommand.Parse(["importeer", file, "--bron", "GI-JBBRA"])!, second, CancellationToken.None);

        Assert.Equal(0, exitFirst);
        Assert.Contains("geïmporteerd", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("leveringId", first.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, exitSecond);
        Assert.Contains("ongewijzigd", second.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importeer_RejectsAnInvalidFile_WithEveryReason_AndExitsNonZero()
    {
        await using var harness = await JobsHarness.CreateAsync(DatabaseProvider.Sqlite, Now);
        var file = Path.Combine(Directory.CreateTempSubdirectory("instroom-cli-").FullName, "levering.json");
        await File.WriteAllTextAsync(file, """{"schema":"instroom-aanlevering/2","leveringId":"x","bron":"GI-JBBRA"}""");
        var output = new StringWriter();

        var exit = await Commands(harness).RunAsync(OperatorCommand.Parse(["importeer", file, "--bron", "GI-JBBRA"])!, output, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("afgekeurd", output.ToString(), StringComparison.Ordinal);
        Assert.True(output.ToString().Split('\n').Count(line => line.StartsWith("  - ", StringComparison.Ordinal)) >= 2);
        await using var connection = await harness.Test.Database.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM quarantine"));
    }

    [Fact]
    public async Task UnknownSource_IsAUsageError()
    {
        await using var harness = await JobsHarness.CreateAsync(DatabaseProvider.Sqlite, Now);
        var output = new StringWriter();

        var exit = await Commands(harness).RunAsync(OperatorCommand.Parse(["ophalen", "--bron", "GI-BESTAATNIET"])!, output, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("onbekende bron", output.ToString(), StringComparison.Ordinal);
    }

    private static OperatorCommands Commands(JobsHarness harness) => ActivatorUtilities.CreateInstance<OperatorCommands>(harness.Services);
}
