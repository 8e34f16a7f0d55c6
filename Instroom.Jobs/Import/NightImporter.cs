using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using Instroom.Data.Areas;
using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Instroom.Jobs.Import;

/// <summary>
/// Imports whole nights — every source's delivery for a peildatum — for a backfill or a benchmark: parsing and
/// validation run in parallel on every core while one writer stores the previous night in one transaction on one
/// connection (SQLite has one writer anyway; more would only wait for its lock). A delivery that is not simply new
/// and valid (rejected, already seen, a leveringId taken) goes through <see cref="DeliveryImporter"/> one by one, so
/// every outcome is recorded exactly as a single import records it. See docs/performance.md.
/// </summary>
public sealed class NightImporter(
    InstroomDatabase database,
    DeliveryImporter importer,
    DeliveryValidator validator,
    DeliveryLimits limits,
    IClock clock,
    ILogger<NightImporter> logger)
{
    /// <summary>Nights parsed ahead of the writer: enough to keep both busy, few enough to bound memory.</summary>
    private const int NightsAhead = 2;

    public Task<NightImportSummary> ImportNightsAsync(IEnumerable<IReadOnlyList<ImportRequest>> nights, Func<int, ValueTask>? nightWritten = null,
        CancellationToken cancellationToken = default) =>
        ImportNightsAsync(nights.ToAsyncEnumerable(), nightWritten, cancellationToken);

    /// <summary>
    /// Imports the nights in order; the next nights are fetched, parsed and validated while one is written.
    /// <paramref name="nightWritten"/> hears the number (from 0) of each night once it is committed, so a caller can
    /// compute what depends on it while the next nights are written.
    /// </summary>
    public async Task<NightImportSummary> ImportNightsAsync(IAsyncEnumerable<IReadOnlyList<ImportRequest>> nights,
        Func<int, ValueTask>? nightWritten = null, CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<PreparedNight>(new BoundedChannelOptions(NightsAhead) { SingleReader = true, SingleWriter = true });
        var sources = new ImportSources(database);
        var sourceRows = new ConcurrentDictionary<string, Task<SourceRow>>(StringComparer.Ordinal);
        var areasByDate = new ConcurrentDictionary<LocalDate, Task<IReadOnlyDictionary<string, long>>>();
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var night in nights.WithCancellation(cancellationToken))
                {
                    var prepared = new PreparedDelivery[night.Count];
                    await Parallel.ForAsync(0, night.Count, new ParallelOptions { CancellationToken = cancellationToken }, async (index, token) =>
                    {
                        var request = night[index];
                        var source = await sourceRows.GetOrAdd(request.SourceCode, code => sources.GetAsync(code, token));
                        prepared[index] = await PrepareAsync(request, source,
                            date => areasByDate.GetOrAdd(date, d => sources.AreasAsync(d, token)));
                    });
                    await channel.Writer.WriteAsync(new PreparedNight(prepared), cancellationToken);
                }

                channel.Writer.Complete();
            }
            catch (Exception exception)
            {
                channel.Writer.Complete(exception);
            }
        }, cancellationToken);

        var results = new List<ImportResult>();
        var written = 0;
        await foreach (var night in channel.Reader.ReadAllAsync(cancellationToken))
        {
            results.AddRange(await WriteNightAsync(night, cancellationToken));
            if (nightWritten is not null)
            {
                await nightWritten(written);
            }

            written++;
        }

        await producer;
        return new NightImportSummary(results);
    }

    private async Task<PreparedDelivery> PrepareAsync(ImportRequest request, SourceRow source,
        Func<LocalDate, Task<IReadOnlyDictionary<string, long>>> areasOn)
    {
        var parsed = DeliveryParser.Parse(request.Payload, request.Format, limits);
        if (!parsed.Succeeded)
        {
            return PreparedDelivery.Single(request);
        }

        var document = parsed.Document;
        var areas = await areasOn(document.ReferenceDate);
        var context = new DeliveryValidationContext(source.Code, source.Kind,
            areas.Keys.Where(code => code != AreaKind.NationalCode).ToHashSet(StringComparer.Ordinal),
            request.ExpectedReferenceDate, source.ValidFrom, source.ValidTo, request.Trigger == ImportRequest.HistoricTrigger);
        if (validator.Validate(document, request.Format, context).Count > 0)
        {
            return PreparedDelivery.Single(request);
        }

        return new PreparedDelivery(request, source, document, DeliveryImporter.Normalise(document.LeveringId),
            DeliveryImporter.FigureRows(document, areas), Convert.ToHexStringLower(SHA256.HashData(request.Payload)));
    }

    /// <summary>
    /// The night's new, valid deliveries in one transaction, in request order; the others after it through the
    /// single importer. A leveringId already stored (checked under the transaction) also goes the single way.
    /// </summary>
    private async Task<IReadOnlyList<ImportResult>> WriteNightAsync(PreparedNight night, CancellationToken cancellationToken)
    {
        var results = new ImportResult?[night.Deliveries.Count];
        var writing = new FigureWriting(null, null);
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            for (var index = 0; index < night.Deliveries.Count; index++)
            {
                var delivery = night.Deliveries[index];
                if (delivery.Document is not { } document)
                {
                    continue;
                }

                await database.Dialect.AcquireSourceImportLockAsync(connection, transaction, delivery.Source!.Code);
                if (await DeliveryStore.FindAsync(connection, transaction, delivery.LeveringId!, cancellationToken) is not null)
                {
                    continue;
                }

                var receivedAt = clock.GetCurrentInstant();
                var request = delivery.Request;
                var runId = await ImportRunLog.InsertAsync(connection, transaction, database.Dialect, new ImportRunEntry(delivery.Source.SourceId,
                    document.ReferenceDate, request.Trigger, request.Attempt, receivedAt, clock.GetCurrentInstant(), ImportOutcome.Imported,
                    delivery.LeveringId, delivery.Figures!.Count, null), cancellationToken);
                await DeliveryStore.StoreAsync(connection, transaction, database.Dialect, new NewDelivery(delivery.Source.SourceId,
                        delivery.LeveringId!, document.ReferenceDate, document.CreatedAtText, receivedAt, DeliveryFormats.Code(request.Format),
                        delivery.PayloadSha256!, runId),
                    delivery.Figures, writing, cancellationToken);
                results[index] = new ImportResult(ImportOutcome.Imported, runId, delivery.LeveringId, document.ReferenceDate, delivery.Figures.Count, []);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        for (var index = 0; index < results.Length; index++)
        {
            results[index] ??= await importer.ImportAsync(night.Deliveries[index].Request, cancellationToken);
        }

        logger.LogDebug("Night imported: {Imported} of {Deliveries} deliveries in one transaction", results.Count(r => r!.Outcome == ImportOutcome.Imported),
            results.Length);
        return results!;
    }

    private sealed record PreparedNight(IReadOnlyList<PreparedDelivery> Deliveries);

    /// <summary>A parsed and valid delivery ready to write, or (<see cref="Document"/> null) one for the single importer.</summary>
    private sealed record PreparedDelivery(ImportRequest Request, SourceRow? Source, DeliveryDocument? Document, string? LeveringId,
        List<FigureRow>? Figures, string? PayloadSha256)
    {
        public static PreparedDelivery Single(ImportRequest request) => new(request, null, null, null, null, null);
    }
}

/// <summary>What became of the deliveries of one or more nights, in request order.</summary>
public sealed record NightImportSummary(IReadOnlyList<ImportResult> Results)
{
    public int Imported => Results.Count(r => r.Outcome == ImportOutcome.Imported);

    public long Figures => Results.Where(r => r.Outcome == ImportOutcome.Imported).Sum(r => (long)r.FigureCount);
}
