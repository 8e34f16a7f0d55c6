using System.Security.Cryptography;
using Instroom.Data.Areas;
using Instroom.Data.Indicators;
using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Instroom.Jobs.Import;

/// <summary>
/// Imports one payload of one source: parse, validate, then write in one transaction — a new delivery, a
/// correction that supersedes the earlier one, or a recorded no-op for a leveringId already imported. A delivery
/// that breaks the contract goes to quarantine with every reason and nothing of it is counted. Every call records
/// exactly one import run. See docs/design/import.md.
/// </summary>
public sealed class DeliveryImporter(
    InstroomDatabase database,
    DeliveryValidator validator,
    IClock clock,
    ILogger<DeliveryImporter> logger,
    DeliveryLimits limits)
{
    /// <summary>Reasons beyond this are summarised in one line; a file with a broken column can have thousands.</summary>
    internal const int MaxStoredReasons = 500;

    /// <summary>
    /// Called inside the open transaction after every <see cref="DeliveryStore.ProgressEvery"/> figures. Only the
    /// interruption test uses it, to kill a process at a known point instead of guessing with timing.
    /// </summary>
    internal Func<int, Task>? FiguresWritten { get; set; }

    /// <summary>Rows per INSERT command; null lets the dialect choose. Tests set it to run SQL Server's batching on SQLite.</summary>
    internal int? FigureRowsPerCommand { get; set; }

    /// <summary>
    /// Imports the payload and says what became of it. Throws <see cref="UnknownSourceException"/> for a source
    /// that is not registered; database failures propagate, so the calling job fails and is retried.
    /// </summary>
    public async Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        var receivedAt = clock.GetCurrentInstant();
        var sources = new ImportSources(database);
        var source = await sources.GetAsync(request.SourceCode, cancellationToken);
        var attempt = new Attempt(request, source, receivedAt, Convert.ToHexStringLower(SHA256.HashData(request.Payload)));

        var parsed = DeliveryParser.Parse(request.Payload, request.Format, limits);
        if (!parsed.Succeeded)
        {
            return await RejectAsync(attempt, parsed.Reasons, parsed.LeveringId, parsed.ReferenceDate, cancellationToken);
        }

        var document = parsed.Document;
        var leveringId = Normalise(document.LeveringId);
        var known = await sources.FindDeliveryAsync(leveringId, cancellationToken);
        if (known is not null && known.SourceId == source.SourceId && known.ReferenceDate == document.ReferenceDate)
        {
            return await UnchangedAsync(attempt, leveringId, known, cancellationToken);
        }

        var areas = await sources.AreasAsync(document.ReferenceDate, cancellationToken);
        var context = new DeliveryValidationContext(source.Code, source.Kind,
            areas.Keys.Where(code => code != AreaKind.NationalCode).ToHashSet(StringComparer.Ordinal),
            request.ExpectedReferenceDate, source.ValidFrom, source.ValidTo, request.Trigger == ImportRequest.HistoricTrigger);
        var reasons = validator.Validate(document, request.Format, context).ToList();
        if (known is not null)
        {
            reasons.Add(LeveringIdTaken(leveringId));
        }

        if (reasons.Count > 0)
        {
            return await RejectAsync(attempt, reasons, document.LeveringId, document.ReferenceDate, cancellationToken);
        }

        return await StoreAsync(attempt, document, leveringId, FigureRows(document, areas), cancellationToken);
    }

    private async Task<ImportResult> StoreAsync(Attempt attempt, DeliveryDocument document, string leveringId, List<FigureRow> figures,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await database.Dialect.AcquireSourceImportLockAsync(connection, transaction, attempt.Source.Code);

        // Checked again under the lock: another process may have imported this leveringId since the first look.
        var known = await DeliveryStore.FindAsync(connection, transaction, leveringId, cancellationToken);
        if (known is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return known.SourceId == attempt.Source.SourceId && known.ReferenceDate == document.ReferenceDate
                ? await UnchangedAsync(attempt, leveringId, known, cancellationToken)
                : await RejectAsync(attempt, [LeveringIdTaken(leveringId)], document.LeveringId, document.ReferenceDate, cancellationToken);
        }

        var runId = await ImportRunLog.InsertAsync(connection, transaction, database.Dialect, attempt.Run(ImportOutcome.Imported,
            document.ReferenceDate, leveringId, figures.Count, null, clock.GetCurrentInstant()), cancellationToken);
        await DeliveryStore.StoreAsync(connection, transaction, database.Dialect, new NewDelivery(attempt.Source.SourceId, leveringId,
                document.ReferenceDate, document.CreatedAtText, attempt.ReceivedAt, DeliveryFormats.Code(attempt.Request.Format),
                attempt.PayloadSha256, runId),
            figures, new FigureWriting(FigureRowsPerCommand, FiguresWritten), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Import of {SourceCode} delivery {LeveringId}: {Outcome}, {FigureCount} figures",
            attempt.Source.Code, leveringId, ImportOutcomes.Code(ImportOutcome.Imported), figures.Count);
        return new ImportResult(ImportOutcome.Imported, runId, leveringId, document.ReferenceDate, figures.Count, []);
    }

    private async Task<ImportResult> UnchangedAsync(Attempt attempt, string leveringId, KnownDelivery known, CancellationToken cancellationToken)
    {
        var note = $"leveringId {leveringId} is al ontvangen op {DutchInstant(known.ReceivedAt)}; er is niets gewijzigd";
        if (known.PayloadSha256 != attempt.PayloadSha256)
        {
            note += ". De inhoud wijkt af van de eerdere levering: stuur een correctie met een nieuwe leveringId";
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var runId = await ImportRunLog.InsertAsync(connection, null, database.Dialect, attempt.Run(ImportOutcome.Unchanged,
            known.ReferenceDate, leveringId, known.FigureCount, note, clock.GetCurrentInstant()), cancellationToken);
        logger.LogInformation("Import of {SourceCode} delivery {LeveringId}: {Outcome}, {FigureCount} figures",
            attempt.Source.Code, leveringId, ImportOutcomes.Code(ImportOutcome.Unchanged), known.FigureCount);
        return new ImportResult(ImportOutcome.Unchanged, runId, leveringId, known.ReferenceDate, known.FigureCount, [note]);
    }

    private async Task<ImportResult> RejectAsync(Attempt attempt, IReadOnlyList<string> allReasons, string? leveringId, LocalDate? referenceDate,
        CancellationToken cancellationToken)
    {
        var reasons = allReasons.Count <= MaxStoredReasons
            ? allReasons
            : [.. allReasons.Take(MaxStoredReasons), $"en nog {allReasons.Count - MaxStoredReasons} redenen"];
        var uuid = leveringId is not null && Guid.TryParseExact(leveringId, "D", out _) ? Normalise(leveringId) : null;

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await database.Dialect.AcquireSourceImportLockAsync(connection, transaction, attempt.Source.Code);
        var runId = await ImportRunLog.InsertAsync(connection, transaction, database.Dialect, attempt.Run(ImportOutcome.Rejected,
            referenceDate, uuid, null, string.Join('\n', reasons), clock.GetCurrentInstant()), cancellationToken);
        var quarantined = await QuarantineStore.AddAsync(connection, transaction, new QuarantineEntry(attempt.Source.SourceId, runId,
            leveringId is { Length: <= MaxQuarantinedLeveringIdLength } ? leveringId : null, referenceDate, attempt.ReceivedAt,
            DeliveryFormats.Code(attempt.Request.Format), FileName(attempt.Request.FileName), attempt.Request.Payload,
            attempt.PayloadSha256, reasons), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogWarning("Import of {SourceCode} delivery {LeveringId}: {Outcome}, {ReasonCount} reasons, {Quarantine}",
            attempt.Source.Code, uuid, ImportOutcomes.Code(ImportOutcome.Rejected), allReasons.Count,
            quarantined ? "quarantined" : "already in quarantine");
        return new ImportResult(ImportOutcome.Rejected, runId, uuid, referenceDate, 0, reasons);
    }

    /// <summary>
    /// Figure rows as stored: a histogram becomes one row per non-zero class, in class order; an organisation-wide figure
    /// (<c>gebied</c> = ORG) is stored on the national area, and the delivery says whose organisation it is.
    /// </summary>
    internal static List<FigureRow> FigureRows(DeliveryDocument document, IReadOnlyDictionary<string, long> areas)
    {
        var rows = new List<FigureRow>(document.Figures.Count);
        foreach (var figure in document.Figures)
        {
            var areaId = areas[figure.Area == IndicatorCatalogue.OrganisationArea ? AreaKind.NationalCode : figure.Area];
            var measure = figure.Measure ?? Measure.None;
            if (figure.Distribution is { } classes)
            {
                // A histogram is stored as its non-zero classes: a class without a row is zero. More than half of a
                // national night's rows are empty classes of small gemeenten, and every reader sums classes (the
                // histogram's total is its stock figure, stored even when it is 0, so no data never looks like zero).
                rows.AddRange(WaitingTimeClass.All.Where(c => classes[c.Code] != 0)
                    .Select(c => new FigureRow(areaId, figure.Indicator, measure, c.Code, classes[c.Code])));
            }
            else
            {
                rows.Add(new FigureRow(areaId, figure.Indicator, measure, "", figure.Value!.Value));
            }
        }

        return rows;
    }

    /// <summary>A UUID is compared and stored in lower case, so 3F0D… and 3f0d… are the same delivery.</summary>
    internal static string Normalise(string leveringId) =>
        Guid.TryParseExact(leveringId, "D", out var uuid) ? uuid.ToString("D") : leveringId;

    private static string LeveringIdTaken(string leveringId) =>
        $"leveringId: {leveringId} is al gebruikt voor een andere bron of peildatum; elke aanlevering heeft een eigen leveringId";

    private static string? FileName(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var name = Path.GetFileName(path);
        return name.Length > MaxFileNameLength ? name[..MaxFileNameLength] : name;
    }

    private static string DutchInstant(Instant instant) =>
        instant.InZone(Data.Calendar.DutchTime.Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>quarantine.levering_id and quarantine.file_name sizes on SQL Server.</summary>
    private const int MaxQuarantinedLeveringIdLength = 100;

    private const int MaxFileNameLength = 400;

    /// <summary>What every run of this call shares.</summary>
    private sealed record Attempt(ImportRequest Request, SourceRow Source, Instant ReceivedAt, string PayloadSha256)
    {
        public ImportRunEntry Run(ImportOutcome outcome, LocalDate? referenceDate, string? leveringId, int? figureCount, string? message,
            Instant finishedAt) =>
            new(Source.SourceId, referenceDate, Request.Trigger, Request.Attempt, ReceivedAt, finishedAt, outcome, leveringId, figureCount, message);
    }
}
