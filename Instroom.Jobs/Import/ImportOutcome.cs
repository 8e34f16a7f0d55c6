namespace Instroom.Jobs.Import;

/// <summary>What one attempt to pull or import a delivery came to; stored in <c>import_run.outcome</c>.</summary>
public enum ImportOutcome
{
    /// <summary>A valid delivery was stored (new, or a correction that superseded the earlier one).</summary>
    Imported,

    /// <summary>The leveringId was already imported for this source and peildatum; nothing was written but the run.</summary>
    Unchanged,

    /// <summary>The delivery broke the contract; it is in quarantine with its reasons and nothing of it is counted.</summary>
    Rejected,

    /// <summary>The attempt failed before there was a delivery (server error, timeout, refused); retried later.</summary>
    Failed,

    /// <summary>The source answered that there is nothing for that peildatum yet (HTTP 404); not an error.</summary>
    NotYetAvailable,
}

public static class ImportOutcomes
{
    /// <summary>The value in the database (<c>import_run.outcome</c>).</summary>
    public static string Code(ImportOutcome o) => o switch
    {
        ImportOutcome.Imported => "geimporteerd",
        ImportOutcome.Unchanged => "ongewijzigd",
        ImportOutcome.Rejected => "afgekeurd",
        ImportOutcome.Failed => "mislukt",
        ImportOutcome.NotYetAvailable => "nog-niet-beschikbaar",
        _ => throw new ArgumentOutOfRangeException(nameof(o), o, null),
    };

    /// <summary>The Dutch word shown to users.</summary>
    public static string Label(ImportOutcome o) => o switch
    {
        ImportOutcome.Imported => "geïmporteerd",
        ImportOutcome.Unchanged => "ongewijzigd",
        ImportOutcome.Rejected => "afgekeurd",
        ImportOutcome.Failed => "mislukt",
        ImportOutcome.NotYetAvailable => "nog niet beschikbaar",
        _ => throw new ArgumentOutOfRangeException(nameof(o), o, null),
    };

    /// <summary>The outcome for a value read from <c>import_run.outcome</c>; null for <c>bezig</c> or anything unknown.</summary>
    public static ImportOutcome? FromCode(string code) =>
        Enum.GetValues<ImportOutcome>().Cast<ImportOutcome?>().FirstOrDefault(o => Code(o!.Value) == code);
}
