using Dapper;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Jobs.Sources;

/// <summary>Reads and seeds the sources and their connection settings.</summary>
public sealed class SourceConnections(InstroomDatabase database, IClock clock)
{
    public async Task<IReadOnlyList<SourceConnection>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<SourceConnection>(new CommandDefinition(SelectAllSql, cancellationToken: cancellationToken))).ToList();
    }

    public async Task<SourceConnection?> ByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SourceConnection>(
            new CommandDefinition(SelectByCodeSql, new { Code = code }, cancellationToken: cancellationToken));
    }

    public async Task<SourceConnection?> ByIdAsync(int sourceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SourceConnection>(
            new CommandDefinition(SelectByIdSql, new { SourceId = sourceId }, cancellationToken: cancellationToken));
    }

    /// <summary>Inserts a connection for a source that has none; returns whether one was added.</summary>
    public async Task<bool> SeedAsync(string sourceCode, SourceConnectionSeed seed, string pullTimeLocal, int timeoutSeconds, int maxBodyBytes,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var added = await connection.ExecuteAsync(new CommandDefinition(InsertConnectionSql, new
        {
            Code = sourceCode,
            seed.Connector,
            seed.BaseUrl,
            seed.FolderPath,
            seed.TokenSecretName,
            PullTimeLocal = pullTimeLocal,
            TimeoutSeconds = timeoutSeconds,
            MaxBodyBytes = maxBodyBytes,
            seed.Enabled,
            UpdatedAt = clock.GetCurrentInstant(),
        }, cancellationToken: cancellationToken));
        return added > 0;
    }

    /// <summary>
    /// Stores an administrator's settings for a source (updating its connection, or adding one when it had none).
    /// <paramref name="tokenProtected"/> is the encrypted token; with <paramref name="keepToken"/> the stored one stays.
    /// Returns false when there is no source with that code.
    /// </summary>
    public async Task<bool> SaveAsync(string sourceCode, SourceConnectionSettings settings, bool keepToken, string? tokenProtected,
        CancellationToken cancellationToken = default)
    {
        var parameters = new
        {
            Code = sourceCode,
            settings.Connector,
            BaseUrl = settings.Connector == SourceConnectors.Http ? settings.BaseUrl?.Trim() : null,
            FolderPath = settings.Connector == SourceConnectors.Folder ? settings.FolderPath?.Trim() : null,
            KeepToken = keepToken ? 1 : 0,
            TokenProtected = tokenProtected,
            settings.PullTimeLocal,
            settings.TimeoutSeconds,
            settings.MaxBodyBytes,
            Enabled = settings.Enabled ? 1 : 0,
            UpdatedAt = clock.GetCurrentInstant(),
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateConnectionSql, parameters, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            changed = await connection.ExecuteAsync(new CommandDefinition(InsertEditedConnectionSql, parameters, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return changed > 0;
    }

    /// <summary>Points every connection that uses <paramref name="tokenSecretName"/> at a new base address.</summary>
    public async Task<int> RebaseAsync(string tokenSecretName, Uri baseAddress, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sources = await connection.QueryAsync<string>(new CommandDefinition(SelectCodesByTokenSql, new { TokenSecretName = tokenSecretName },
            cancellationToken: cancellationToken));
        var changed = 0;
        foreach (var code in sources)
        {
            changed += await connection.ExecuteAsync(new CommandDefinition(UpdateBaseUrlSql, new
            {
                Code = code,
                BaseUrl = new Uri(baseAddress, Uri.EscapeDataString(code)).ToString(),
                TokenSecretName = tokenSecretName,
                UpdatedAt = clock.GetCurrentInstant(),
            }, cancellationToken: cancellationToken));
        }

        return changed;
    }

    internal const string SelectAllSql = """
        SELECT s.source_id AS SourceId, s.code AS Code, s.name AS Name, s.kind AS Kind, s.valid_from AS ValidFrom, s.valid_to AS ValidTo,
               c.connector AS Connector, c.base_url AS BaseUrl, c.folder_path AS FolderPath, c.token_secret_name AS TokenSecretName, c.token_protected AS TokenProtected,
               COALESCE(c.pull_time_local, '') AS PullTimeLocal, COALESCE(c.timeout_seconds, 0) AS TimeoutSeconds,
               COALESCE(c.max_body_bytes, 0) AS MaxBodyBytes, COALESCE(c.enabled, 0) AS Enabled
        FROM source s
        LEFT JOIN source_connection c ON c.source_id = s.source_id
        """;

    internal const string SelectByCodeSql = SelectAllSql + " WHERE s.code = @Code";

    internal const string SelectByIdSql = SelectAllSql + " WHERE s.source_id = @SourceId";

    internal const string InsertConnectionSql = """
        INSERT INTO source_connection (source_id, connector, base_url, folder_path, token_secret_name, pull_time_local,
                                       timeout_seconds, max_body_bytes, enabled, updated_at)
        SELECT s.source_id, @Connector, @BaseUrl, @FolderPath, @TokenSecretName, @PullTimeLocal, @TimeoutSeconds, @MaxBodyBytes, @Enabled, @UpdatedAt
        FROM source s
        WHERE s.code = @Code
          AND NOT EXISTS (SELECT 1 FROM source_connection c WHERE c.source_id = s.source_id)
        """;

    internal const string UpdateConnectionSql = """
        UPDATE source_connection
        SET connector = @Connector, base_url = @BaseUrl, folder_path = @FolderPath,
            token_protected = CASE WHEN @KeepToken = 1 THEN token_protected ELSE @TokenProtected END,
            pull_time_local = @PullTimeLocal, timeout_seconds = @TimeoutSeconds, max_body_bytes = @MaxBodyBytes,
            enabled = @Enabled, updated_at = @UpdatedAt
        WHERE source_id = (SELECT source_id FROM source WHERE code = @Code)
        """;

    internal const string InsertEditedConnectionSql = """
        INSERT INTO source_connection (source_id, connector, base_url, folder_path, token_secret_name, token_protected, pull_time_local,
                                       timeout_seconds, max_body_bytes, enabled, updated_at)
        SELECT s.source_id, @Connector, @BaseUrl, @FolderPath, NULL, @TokenProtected, @PullTimeLocal, @TimeoutSeconds, @MaxBodyBytes, @Enabled, @UpdatedAt
        FROM source s
        WHERE s.code = @Code
          AND NOT EXISTS (SELECT 1 FROM source_connection c WHERE c.source_id = s.source_id)
        """;

    internal const string SelectCodesByTokenSql = """
        SELECT s.code FROM source s JOIN source_connection c ON c.source_id = s.source_id WHERE c.token_secret_name = @TokenSecretName
        """;

    internal const string UpdateBaseUrlSql = """
        UPDATE source_connection
        SET base_url = @BaseUrl, updated_at = @UpdatedAt
        WHERE token_secret_name = @TokenSecretName
          AND source_id = (SELECT source_id FROM source WHERE code = @Code)
        """;
}
