using System.Globalization;
using Instroom.Data.Calendar;
using Instroom.Data.Status;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Demo;
using Instroom.Jobs.Import;
using Instroom.Jobs.Scheduling;
using Instroom.Jobs.Sources;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Web.Operator;

/// <summary>
/// Runs an operator command synchronously against the configured database, prints the outcome in Dutch, and returns
/// the exit code: 0 for geïmporteerd or ongewijzigd, 1 for any other outcome, 2 for a usage error.
/// </summary>
public sealed class OperatorCommands(
    SourceConnections sources,
    SourcePuller puller,
    DeliveryImporter importer,
    RegionStatusRecomputer statuses,
    IClock clock,
    IServiceProvider services)
{
    public const int Success = 0;
    public const int Unsuccessful = 1;
    public const int UsageError = 2;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<int> RunAsync(OperatorCommand command, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            return command.Name switch
            {
                "bronnen" => await ListSourcesAsync(output, cancellationToken),
                "ophalen" => await PullAsync(command, output, cancellationToken),
                "importeer" => await ImportAsync(command, output, cancellationToken),
                "genereer" => await GenerateAsync(command, output, cancellationToken),
                _ => Usage(output),
            };
        }
        catch (UsageException exception)
        {
            await output.WriteLineAsync("fout: " + exception.Message);
            return UsageError;
        }
    }

    private async Task<int> ListSourcesAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        await output.WriteLineAsync(string.Create(Dutch, $"{"code",-12} {"soort",-5} {"verbinding",-10} {"status",-16} naam"));
        foreach (var source in (await sources.AllAsync(cancellationToken)).OrderBy(s => s.Kind).ThenBy(s => s.Code, StringComparer.Ordinal))
        {
            var status = source.IsActiveOn(today) ? "actief" : $"beëindigd {source.ValidTo?.ToString("d-M-yyyy", Dutch)}";
            var kind = source.Kind switch { Data.Sources.SourceKind.RAAD => "Raad", var other => other.ToString() };
            await output.WriteLineAsync(string.Create(Dutch,
                $"{source.Code,-12} {kind,-5} {source.Connector ?? "geen",-10} {status,-16} {source.Name}"));
        }

        return Success;
    }

    private async Task<int> PullAsync(OperatorCommand command, TextWriter output, CancellationToken cancellationToken)
    {
        var source = await RequireSourceAsync(command, cancellationToken);
        var referenceDate = command.Option("peildatum") is { } text ? ParseDate(text) : clock.Today().PlusDays(-1);
        var started = clock.GetCurrentInstant();
        var results = await puller.PullAsync(source, referenceDate, PullTriggers.CommandLine, 1, cancellationToken);
        if (results.Count == 0)
        {
            await output.WriteLineAsync($"{source.Code}: geen bestanden in de aanlevermap.");
            return Success;
        }

        foreach (var result in results)
        {
            await WriteAsync(output, result.SourceCode, result.Outcome, result.LeveringId, result.ReferenceDate, result.FigureCount, result.Reasons);
        }

        await RecomputeIfImportedAsync(results.Select(r => r.Outcome), started, output, cancellationToken);
        return results.All(r => r.Outcome is ImportOutcome.Imported or ImportOutcome.Unchanged) ? Success : Unsuccessful;
    }

    private async Task<int> ImportAsync(OperatorCommand command, TextWriter output, CancellationToken cancellationToken)
    {
        var source = await RequireSourceAsync(command, cancellationToken);
        var path = command.Arguments.Count == 1 ? command.Arguments[0] : throw new UsageException("geef precies één bestand: importeer PAD --bron CODE");
        if (!File.Exists(path))
        {
            throw new UsageException($"bestand '{path}' bestaat niet");
        }

        var format = DeliveryFormats.FromFileName(path) ?? throw new UsageException("het bestand moet eindigen op .json of .csv");
        var started = clock.GetCurrentInstant();
        var result = await importer.ImportAsync(new ImportRequest(source.Code, await File.ReadAllBytesAsync(path, cancellationToken), format,
            PullTriggers.CommandLine, 1, null, Path.GetFileName(path)), cancellationToken);
        await WriteAsync(output, source.Code, result.Outcome, result.LeveringId, result.ReferenceDate, result.FigureCount, result.Reasons);
        await RecomputeIfImportedAsync([result.Outcome], started, output, cancellationToken);
        return result.Outcome is ImportOutcome.Imported or ImportOutcome.Unchanged ? Success : Unsuccessful;
    }

    private Task<int> GenerateAsync(OperatorCommand command, TextWriter output, CancellationToken cancellationToken) =>
        GenerateCommand.RunAsync([.. command.RawArguments], services, output, cancellationToken);

    /// <summary>An operator re-running a night expects the statuses to follow at once, as the nightly job would.</summary>
    private async Task RecomputeIfImportedAsync(IEnumerable<ImportOutcome?> outcomes, Instant started, TextWriter output,
        CancellationToken cancellationToken)
    {
        if (outcomes.Contains(ImportOutcome.Imported))
        {
            var weeks = await statuses.RecomputeReceivedSinceAsync(started, cancellationToken);
            await output.WriteLineAsync($"Status herberekend voor {weeks.Count} week/weken.");
        }
    }

    private async Task<SourceConnection> RequireSourceAsync(OperatorCommand command, CancellationToken cancellationToken)
    {
        var code = command.Option("bron") ?? throw new UsageException("geef de bron: --bron CODE (zie 'bronnen')");
        return await sources.ByCodeAsync(code, cancellationToken) ?? throw new UsageException($"onbekende bron '{code}' (zie 'bronnen')");
    }

    private static LocalDate ParseDate(string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : throw new UsageException($"peildatum '{text}' is geen datum JJJJ-MM-DD");

    private static async Task WriteAsync(TextWriter output, string sourceCode, ImportOutcome? outcome, string? leveringId, LocalDate? referenceDate,
        int figureCount, IReadOnlyList<string> reasons)
    {
        var label = outcome is { } known ? ImportOutcomes.Label(known) : "niet opgehaald";
        var date = referenceDate?.ToString("d-M-yyyy", Dutch) ?? "onbekend";
        await output.WriteLineAsync(string.Create(Dutch,
            $"{sourceCode}: {label} — leveringId {leveringId ?? "onbekend"}, peildatum {date}, {figureCount:N0} cijfers"));
        foreach (var reason in reasons)
        {
            await output.WriteLineAsync("  - " + reason);
        }
    }

    private static int Usage(TextWriter output)
    {
        output.WriteLine("""
            Gebruik: dotnet run --project Instroom.Web -- OPDRACHT
              bronnen                                   de geregistreerde bronnen (code, soort, verbinding)
              ophalen --bron CODE [--peildatum JJJJ-MM-DD]  haalt één bron nu op (standaard: gisteren)
              importeer PAD --bron CODE                 importeert een aanleverbestand (.json of .csv) alsof die bron het leverde
              genereer --jaren N (--map PAD | --importeer) [--dagelijks]  gesimuleerde aanleveringen als bestanden of in de database (voor benchmarks)
            Uitkomst: 0 bij geïmporteerd of ongewijzigd, 1 bij afgekeurd of mislukt, 2 bij een fout in de opdracht.
            """);
        return UsageError;
    }

    private sealed class UsageException(string message) : Exception(message);
}
