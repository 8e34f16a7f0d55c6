using System.Globalization;
using Instroom.Data.Calendar;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Jobs.Demo;

/// <summary>
/// The operator command <c>genereer (--jaren N | --vanaf JJJJ-MM-DD) (--map pad | --importeer) [--dagelijks]
/// [--tot JJJJ-MM-DD] [--seed N] [--formaat json|csv|bron] [--alleen-geldig]</c>: simulated deliveries of every
/// registered source for years of peildata (up to yesterday unless --tot), as files, or with <c>--importeer</c>
/// imported into the configured database (<see cref="GeneratedHistoryImport"/>), for benchmarks. Needs the services of
/// AddInstroomData, AddDeliveryImport and AddDemoSources.
/// </summary>
public static class GenerateCommand
{
    public const string Name = "genereer";

    public const string Usage =
        "Gebruik: genereer (--jaren N | --vanaf JJJJ-MM-DD) (--map PAD | --importeer) [--dagelijks] [--tot JJJJ-MM-DD] [--seed N] [--formaat json|csv|bron] [--alleen-geldig]";

    /// <summary>Runs the command; <paramref name="args"/> may start with the command name. Returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        if (!TryParse(args, services.GetRequiredService<IClock>().Today(), out var parsed, out var error))
        {
            await output.WriteLineAsync(error);
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var (request, seed) = parsed;
        var simulator = seed is { } chosen ? new DeliverySimulator(chosen) : services.GetRequiredService<DeliverySimulator>();
        var landscape = await services.GetRequiredService<DemoLandscapeQueries>().LoadAsync(ct);
        var nights = request.Peildata().Count();
        await output.WriteLineAsync(string.Create(Dutch,
            $"Genereren: {nights} peildata van {Format(request.First)} tot en met {Format(request.Last)} ({(request.Daily ? "dagelijks" : "wekelijks")}), seed {simulator.Seed}, naar {(request.Folder.Length == 0 ? "de database" : Path.GetFullPath(request.Folder))}"));

        var reportEvery = Math.Max(1, nights / 10);
        if (request.Folder.Length == 0)
        {
            return await ImportAsync(services, simulator, request, reportEvery, output, ct);
        }

        var progress = new SynchronousProgress(p =>
        {
            if (p.Nights % reportEvery == 0 || p.Nights == nights)
            {
                output.WriteLine(string.Create(Dutch,
                    $"  {Format(p.Peildatum)}: {p.Nights}/{nights} peildata, {p.Files:N0} bestanden, {p.Values:N0} waarden, {p.Bytes / 1048576.0:N1} MiB"));
            }
        });
        var summary = await new DeliveryGenerator(simulator).GenerateAsync(landscape, request, progress, ct);

        await output.WriteLineAsync(string.Create(Dutch,
            $"Klaar: {summary.Files:N0} bestanden, {summary.Figures:N0} cijfers ({summary.Values:N0} waarden), {summary.Bytes / 1048576.0:N1} MiB, {summary.Invalid:N0} ongeldig (met correctie), in {summary.Elapsed.TotalSeconds:N1} seconden."));
        return 0;
    }

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static async Task<int> ImportAsync(IServiceProvider services, DeliverySimulator simulator, GenerationRequest request, int reportEvery,
        TextWriter output, CancellationToken ct)
    {
        var summary = await services.GetRequiredService<GeneratedHistoryImport>().RunAsync(simulator, request, (done, total) =>
        {
            if (done % reportEvery == 0 || done == total)
            {
                output.WriteLine(string.Create(Dutch, $"  {done}/{total} peildata gegenereerd"));
            }
        }, ct);
        var import = summary.Import;
        await output.WriteLineAsync(string.Create(Dutch,
            $"Klaar: {import.Imported:N0} leveringen geïmporteerd, {import.Results.Count(r => r.Outcome == Import.ImportOutcome.Rejected):N0} afgekeurd, {import.Figures:N0} cijfers in {summary.ImportTime.TotalSeconds:N1} seconden; statussen van {summary.Weeks} weken tijdens de import berekend, de laatste {summary.StatusTime.TotalSeconds:N1} seconden erna klaar."));
        return import.Results.All(r => r.Outcome is Import.ImportOutcome.Imported or Import.ImportOutcome.Rejected) ? 0 : 1;
    }

    internal static bool TryParse(string[] args, LocalDate today, out (GenerationRequest Request, int? Seed) parsed, out string error)
    {
        parsed = default;
        int? years = null;
        int? seed = null;
        string? folder = null;
        var daily = false;
        var includeInvalid = true;
        var import = false;
        var format = GenerationFormat.Json;
        LocalDate? first = null;
        var last = today.PlusDays(-1);
        var rest = args.Length > 0 && args[0] == Name ? args[1..] : args;
        for (var i = 0; i < rest.Length; i++)
        {
            var option = rest[i];
            string? Value() => i + 1 < rest.Length ? rest[++i] : null;
            switch (option)
            {
                case "--jaren" when int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 50:
                    years = n;
                    break;
                case "--map" when Value() is { Length: > 0 } path:
                    folder = path;
                    break;
                case "--dagelijks":
                    daily = true;
                    break;
                case "--importeer":
                    import = true;
                    break;
                case "--alleen-geldig":
                    includeInvalid = false;
                    break;
                case "--tot" when LocalDatePattern.Iso.Parse(Value() ?? "") is { Success: true } date:
                    last = date.Value;
                    break;
                case "--vanaf" when LocalDatePattern.Iso.Parse(Value() ?? "") is { Success: true } date:
                    first = date.Value;
                    break;
                case "--seed" when int.TryParse(Value(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    break;
                case "--formaat" when Value() is { } text && TryFormat(text, out var f):
                    format = f;
                    break;
                default:
                    error = $"Onbekende of onvolledige optie '{option}'.";
                    return false;
            }
        }

        if ((years is null) == (first is null) || (folder is null) == !import)
        {
            error = "Geef --map of --importeer, en één van --jaren (1 tot 50) of --vanaf.";
            return false;
        }

        first ??= last.PlusYears(-years!.Value).PlusDays(1);
        if (first > last)
        {
            error = "--vanaf ligt na --tot.";
            return false;
        }

        parsed = (new GenerationRequest(folder ?? "", first.Value, last, daily, format, includeInvalid), seed);
        error = "";
        return true;
    }

    private static bool TryFormat(string text, out GenerationFormat format)
    {
        format = text switch
        {
            "json" => GenerationFormat.Json,
            "csv" => GenerationFormat.Csv,
            "bron" => GenerationFormat.AsSource,
            _ => (GenerationFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    // Progress<T> posts to the thread pool; the command wants its lines in order, on the generator's thread.
    private sealed class SynchronousProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
