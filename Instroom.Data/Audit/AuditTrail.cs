using System.Text;
using Dapper;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Data.Audit;

/// <summary>
/// The append-only audit trail (table <c>audit_log</c>; database triggers refuse updates and deletes). Every text is
/// stored with control characters replaced, so input with line breaks cannot forge an extra entry in an export or a
/// log reader, and clipped to the column sizes of the SQL Server schema so an entry is never lost to a truncation error.
/// </summary>
public sealed class AuditTrail(InstroomDatabase database)
{
    internal const string InsertSql = """
        INSERT INTO audit_log (occurred_at, actor, action, object, result, origin, correlation_id, details)
        VALUES (@OccurredAt, @Actor, @Action, @Subject, @Result, @Origin, @CorrelationId, @Details)
        """;

    internal const string RecentSql = """
        SELECT audit_id AS AuditId, occurred_at AS OccurredAt, actor AS Actor, action AS Action, object AS Subject,
               result AS Result, origin AS Origin, correlation_id AS CorrelationId, details AS Details
        FROM audit_log
        WHERE (@Action IS NULL OR action = @Action)
          AND (@Actor IS NULL OR actor = @Actor)
          AND (@Before IS NULL OR audit_id < @Before)
        ORDER BY audit_id DESC
        """;

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            OccurredAt = Instant.FromUnixTimeMilliseconds(entry.OccurredAt.ToUnixTimeMilliseconds()),
            Actor = Clean(entry.Actor, 200),
            Action = Clean(entry.Action, 60),
            Subject = Clean(entry.Subject, 400),
            Result = Clean(entry.Result, 40),
            Origin = Clean(entry.Origin, 100),
            CorrelationId = entry.CorrelationId is null ? null : Clean(entry.CorrelationId, 100),
            Details = entry.Details is null ? null : Clean(entry.Details, 2000),
        }, cancellationToken: cancellationToken));
    }

    /// <summary>The newest entries first, optionally filtered; page further with <paramref name="before"/> (an audit id).</summary>
    public async Task<IReadOnlyList<StoredAuditEntry>> RecentAsync(int count, string? action = null, string? actor = null, long? before = null,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Read unbuffered and stop after `count`: no dialect-specific TOP/LIMIT needed for a newest-first page.
        var page = new List<StoredAuditEntry>(count);
        await foreach (var row in connection.QueryUnbufferedAsync<StoredAuditEntry>(RecentSql,
            new { Action = action, Actor = actor, Before = before }).WithCancellation(cancellationToken))
        {
            page.Add(row);
            if (page.Count == count)
            {
                break;
            }
        }

        return page;
    }

    /// <summary>Replaces control characters (CR, LF, tab, …) by a visible mark and clips to <paramref name="maxLength"/>.</summary>
    public static string Clean(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var rune in text.EnumerateRunes())
        {
            if (builder.Length >= maxLength)
            {
                break;
            }

            if (Rune.IsControl(rune))
            {
                builder.Append('⏎');
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.Length > maxLength ? builder.ToString(0, maxLength) : builder.ToString();
    }
}

/// <summary>An audit entry as read back, with its id for paging.</summary>
public sealed class StoredAuditEntry
{
    public long AuditId { get; init; }
    public Instant OccurredAt { get; init; }
    public string Actor { get; init; } = "";
    public string Action { get; init; } = "";
    public string Subject { get; init; } = "";
    public string Result { get; init; } = "";
    public string Origin { get; init; } = "";
    public string? CorrelationId { get; init; }
    public string? Details { get; init; }
}
