using Instroom.Jobs.Contract;
using System.Diagnostics;
using NodaTime;

namespace Instroom.Jobs.Demo;

/// <summary>
/// Writes simulated deliveries of every source for a series of peildata into a folder, one subfolder per source
/// (<c>{map}/{bron}/{bron}_{peildatum}.json</c>), shaped as a folder connector picks them up: each file is written
/// as <c>.tmp</c> and renamed when complete. For benchmarks and for filling a demo database with history.
/// </summary>
public sealed class DeliveryGenerator(DeliverySimulator simulator)
{
    public async Task<GenerationSummary> GenerateAsync(DemoLandscape landscape, GenerationRequest request,
        IProgress<GenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var totals = new GenerationProgress(request.Last, 0, 0, 0, 0, 0);
        foreach (var peildatum in request.Peildata())
        {
            foreach (var source in landscape.SourcesOn(peildatum))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var invalid = simulator.BehaviourOf(source.Code, peildatum).Kind == DemoBehaviourKind.Invalid;
                if (!invalid || request.IncludeInvalid)
                {
                    totals = totals.Add(await WriteAsync(request, simulator.Simulate(source, peildatum), "", cancellationToken))
                        with { Invalid = totals.Invalid + (invalid ? 1 : 0) };
                }

                if (invalid)
                {
                    // The source's correction, as it would send it the next night.
                    totals = totals.Add(await WriteAsync(request, simulator.Simulate(source, peildatum, 2), "_v2", cancellationToken));
                }
            }

            totals = totals with { Peildatum = peildatum, Nights = totals.Nights + 1 };
            progress?.Report(totals);
        }

        return new GenerationSummary(totals.Nights, totals.Files, totals.Figures, totals.Values, totals.Bytes, totals.Invalid, stopwatch.Elapsed);
    }

    private static async Task<GenerationProgress> WriteAsync(GenerationRequest request, SimulatedDelivery delivery, string suffix,
        CancellationToken cancellationToken)
    {
        var csv = request.Format == GenerationFormat.Csv
            || (request.Format == GenerationFormat.AsSource && DeliverySimulator.FormatOf(delivery.Bron) == DeliveryFormat.Csv);
        var bytes = csv ? delivery.ToCsv() : delivery.ToJson();
        var folder = Path.Combine(request.Folder, delivery.Bron);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{delivery.Bron}_{ContractText.Date(delivery.Peildatum)}{suffix}.{(csv ? "csv" : "json")}");
        await File.WriteAllBytesAsync(path + ".tmp", bytes, cancellationToken);
        File.Move(path + ".tmp", path, overwrite: true);
        return new GenerationProgress(delivery.Peildatum, 0, 1, delivery.Cijfers.Count, delivery.ValueCount, bytes.Length);
    }
}

/// <summary>What to generate: peildata from <see cref="First"/> to <see cref="Last"/>, daily or weekly (on the
/// weekday of <see cref="Last"/>).</summary>
public sealed record GenerationRequest(
    string Folder,
    LocalDate First,
    LocalDate Last,
    bool Daily,
    GenerationFormat Format = GenerationFormat.Json,
    bool IncludeInvalid = true)
{
    public IEnumerable<LocalDate> Peildata()
    {
        var step = Daily ? 1 : 7;
        var dates = new List<LocalDate>();
        for (var date = Last; date >= First; date = date.PlusDays(-step))
        {
            dates.Add(date);
        }

        dates.Reverse();
        return dates;
    }
}

/// <summary>Which form the generator writes.</summary>
public enum GenerationFormat
{
    /// <summary>Every delivery as JSON.</summary>
    Json,

    /// <summary>Every delivery as CSV.</summary>
    Csv,

    /// <summary>Each source in the form the demo server serves it (<see cref="DeliverySimulator.FormatOf"/>).</summary>
    AsSource,
}

/// <summary>Running totals after a peildatum. <see cref="Figures"/> counts entries of <c>cijfers</c>,
/// <see cref="Values"/> the values Instroom stores (a histogram once per class).</summary>
public sealed record GenerationProgress(LocalDate Peildatum, int Nights, int Files, long Figures, long Values, long Bytes, int Invalid = 0)
{
    public GenerationProgress Add(GenerationProgress file) => this with
    {
        Files = Files + file.Files,
        Figures = Figures + file.Figures,
        Values = Values + file.Values,
        Bytes = Bytes + file.Bytes,
    };
}

public sealed record GenerationSummary(int Nights, int Files, long Figures, long Values, long Bytes, int Invalid, TimeSpan Elapsed);
