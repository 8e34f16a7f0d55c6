using Instroom.Jobs.Import;
using Instroom.Jobs.Sources;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Instroom.Jobs.Scheduling;

/// <summary>
/// Pulls one source for one peildatum: checks what is already there, fetches over the source's transport, imports,
/// and records every attempt. Used by the Hangfire job, the catch-up, the demo backfill and the operator command.
/// </summary>
public sealed class SourcePuller(
    SourceConnections sources,
    PullHistory history,
    HttpSourceConnector http,
    FolderSourceConnector folder,
    DeliveryImporter importer,
    ImportRunLog runLog,
    ILogger<SourcePuller> logger)
{
    /// <summary>
    /// Scheduled and catch-up pulls skip a peildatum that already has a current delivery; manual and command-line pulls
    /// always fetch, so a source's correction can be picked up on request.
    /// </summary>
    public static bool SkipsWhenDelivered(string trigger) => trigger is PullTriggers.Schedule or PullTriggers.CatchUp or PullTriggers.Backfill;

    public async Task<IReadOnlyList<PullResult>> PullAsync(int sourceId, LocalDate referenceDate, string trigger, int attempt,
        CancellationToken cancellationToken = default)
    {
        var source = await sources.ByIdAsync(sourceId, cancellationToken)
            ?? throw new InvalidOperationException($"Source {sourceId} does not exist.");
        return await PullAsync(source, referenceDate, trigger, attempt, cancellationToken);
    }

    public async Task<IReadOnlyList<PullResult>> PullAsync(SourceConnection source, LocalDate referenceDate, string trigger, int attempt,
        CancellationToken cancellationToken = default)
    {
        if (!source.CanBePulled)
        {
            return [PullResult.NotConfigured(source.Code)];
        }

        if (source.Connector == SourceConnectors.Folder)
        {
            return await PullFolderAsync(source, trigger, attempt, cancellationToken);
        }

        if (SkipsWhenDelivered(trigger) && await history.HasCurrentDeliveryAsync(source.SourceId, referenceDate, cancellationToken))
        {
            return [PullResult.AlreadyDelivered(source.Code, referenceDate)];
        }

        var fetched = await http.FetchAsync(source, referenceDate, cancellationToken);
        return [await HandleAsync(source, referenceDate, trigger, attempt, fetched, cancellationToken)];
    }

    private async Task<PullResult> HandleAsync(SourceConnection source, LocalDate? referenceDate, string trigger, int attempt,
        FetchResult fetched, CancellationToken cancellationToken)
    {
        switch (fetched)
        {
            case FetchResult.Delivered delivered:
                var result = await importer.ImportAsync(new ImportRequest(source.Code, delivered.Payload, delivered.Format, trigger, attempt,
                    referenceDate, delivered.FileName), cancellationToken);
                return new PullResult(source.Code, referenceDate ?? result.ReferenceDate, result.Outcome, result.LeveringId, result.Reasons,
                    result.FigureCount);
            case FetchResult.NotYetAvailable:
                await runLog.RecordAsync(source.Code, referenceDate, trigger, attempt, ImportOutcome.NotYetAvailable, null, cancellationToken);
                return new PullResult(source.Code, referenceDate, ImportOutcome.NotYetAvailable, null, [], 0);
            case FetchResult.TransportFailed failed:
                await runLog.RecordAsync(source.Code, referenceDate, trigger, attempt, ImportOutcome.Failed, failed.Reason, cancellationToken);
                logger.LogWarning("Source {Source}, peildatum {ReferenceDate}, attempt {Attempt}: {Reason}", source.Code, referenceDate, attempt,
                    failed.Reason);
                return new PullResult(source.Code, referenceDate, ImportOutcome.Failed, null, [failed.Reason], 0);
            default:
                throw new InvalidOperationException($"Unknown fetch result {fetched.GetType().Name}.");
        }
    }

    private async Task<IReadOnlyList<PullResult>> PullFolderAsync(SourceConnection source, string trigger, int attempt,
        CancellationToken cancellationToken)
    {
        var results = new List<PullResult>();
        foreach (var path in FolderSourceConnector.PendingFiles(source))
        {
            var fetched = await folder.ReadAsync(path, source.MaxBodyBytes > 0 ? source.MaxBodyBytes : 10 * 1024 * 1024, cancellationToken);
            if (fetched is FetchResult.NotYetAvailable)
            {
                continue;
            }

            var result = await HandleAsync(source, null, trigger, attempt, fetched, cancellationToken);
            if (result.Outcome is ImportOutcome.Imported or ImportOutcome.Unchanged)
            {
                FolderSourceConnector.MoveToProcessed(path);
            }
            else if (result.Outcome == ImportOutcome.Rejected)
            {
                FolderSourceConnector.MoveToQuarantine(path);
            }

            // Any other outcome leaves the file where it is, for the next run.
            results.Add(result);
        }

        return results;
    }
}

/// <summary>What one pull gave, for logs, the operator command and tests.</summary>
public sealed record PullResult(string SourceCode, LocalDate? ReferenceDate, ImportOutcome? Outcome, string? LeveringId,
    IReadOnlyList<string> Reasons, int FigureCount)
{
    public static PullResult NotConfigured(string sourceCode) =>
        new(sourceCode, null, null, null, ["Voor deze bron is geen (actieve) verbinding ingesteld."], 0);

    public static PullResult AlreadyDelivered(string sourceCode, LocalDate referenceDate) =>
        new(sourceCode, referenceDate, ImportOutcome.Unchanged, null, ["Er is al een levering voor deze peildatum."], 0);

    public bool IsTransportFailure => Outcome == ImportOutcome.Failed;
}

/// <summary>Why a pull ran; stored in <c>import_run.trigger_kind</c>.</summary>
public static class PullTriggers
{
    public const string Schedule = "schema";
    public const string CatchUp = "inhaal";
    public const string Manual = "handmatig";
    public const string CommandLine = "cli";
    public const string Backfill = ImportRequest.HistoricTrigger;
}
