using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Dapper;
using NodaTime;

namespace Instroom.Jobs.Import;

/// <summary>
/// Keeps a rejected delivery's raw bytes and reasons, once per source and payload: the same broken file pulled every
/// night adds an import run each time but a single quarantine row.
/// </summary>
internal static class QuarantineStore
{
    // Readable Dutch in the database (ë, ï), still escaping what could break out of HTML or a script.
    private static readonly JsonSerializerOptions ReasonsJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Adds the row unless this payload of this source is already in quarantine; true when added.</summary>
    public static async Task<bool> AddAsync(DbConnection connection, DbTransaction transaction, QuarantineEntry entry, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(InsertQuarantineSql, new
        {
            entry.SourceId,
            entry.ImportRunId,
            entry.LeveringId,
            entry.ReferenceDate,
            entry.ReceivedAt,
            entry.Format,
            entry.FileName,
            entry.Payload,
            entry.PayloadSha256,
            Reasons = JsonSerializer.Serialize(entry.Reasons, ReasonsJson),
        }, transaction, cancellationToken: cancellationToken)) == 1;

    internal const string InsertQuarantineSql = """
        INSERT INTO quarantine (source_id, import_run_id, levering_id, reference_date, received_at, format, file_name, payload,
                                payload_sha256, reasons)
        SELECT @SourceId, @ImportRunId, @LeveringId, @ReferenceDate, @ReceivedAt, @Format, @FileName, @Payload, @PayloadSha256, @Reasons
        WHERE NOT EXISTS (SELECT 1 FROM quarantine WHERE source_id = @SourceId AND payload_sha256 = @PayloadSha256)
        """;
}

/// <summary>
/// One quarantine row. <see cref="LeveringId"/> and <see cref="ReferenceDate"/> as far as they could be read;
/// <see cref="Reasons"/> are stored as a JSON array of strings.
/// </summary>
internal sealed record QuarantineEntry(
    long SourceId,
    long ImportRunId,
    string? LeveringId,
    LocalDate? ReferenceDate,
    Instant ReceivedAt,
    string Format,
    string? FileName,
    byte[] Payload,
    string PayloadSha256,
    IReadOnlyList<string> Reasons);
