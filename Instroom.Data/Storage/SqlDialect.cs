using System.Data;
using System.Data.Common;
using Dapper;

namespace Instroom.Data.Storage;

/// <summary>
/// The small seam where SQLite and SQL Server really differ. Everything else is portable SQL kept next to
/// the code that runs it. Every member that returns SQL Server text is parsed by ScriptDom in the tests.
/// </summary>
public abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect SqlServer = new SqlServerDialect();

    public static SqlDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => Sqlite,
        DatabaseProvider.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Onbekende databaseprovider."),
    };

    /// <summary>Folder name under sql/ with this dialect's numbered scripts.</summary>
    public abstract string ScriptFolder { get; }

    /// <summary>Creates the journal of applied scripts when it does not exist.</summary>
    public abstract string CreateSchemaJournalSql { get; }

    /// <summary>Appended to an INSERT to return the new identity as one scalar.</summary>
    public abstract string SelectInsertedIdSql { get; }

    /// <summary>Serialises schema migration between processes, inside the given transaction.</summary>
    public abstract Task AcquireMigrationLockAsync(DbConnection connection, DbTransaction transaction);

    /// <summary>Serialises imports of one source between processes, inside the given transaction.</summary>
    public abstract Task AcquireSourceImportLockAsync(DbConnection connection, DbTransaction transaction, string sourceCode);

    /// <summary>Splits a schema script into the batches the server executes one by one.</summary>
    public abstract IReadOnlyList<string> SplitBatches(string script);

    /// <summary>
    /// The isolation level of a read-only transaction whose statements must see one state of the data (a delivery
    /// imported meanwhile seen by all of them or by none), without blocking the nightly import.
    /// </summary>
    public abstract IsolationLevel ConsistentReadIsolation { get; }

    private sealed class SqliteDialect : SqlDialect
    {
        public override string ScriptFolder => "sqlite";

        public override string CreateSchemaJournalSql => """
            CREATE TABLE IF NOT EXISTS schema_journal (
                script_name TEXT NOT NULL PRIMARY KEY,
                applied_at  TEXT NOT NULL
            )
            """;

        public override string SelectInsertedIdSql => "SELECT last_insert_rowid();";

        // A SQLite write transaction is already exclusive (BEGIN IMMEDIATE), so the transaction is the lock.
        public override Task AcquireMigrationLockAsync(DbConnection connection, DbTransaction transaction) => Task.CompletedTask;

        public override Task AcquireSourceImportLockAsync(DbConnection connection, DbTransaction transaction, string sourceCode) =>
            Task.CompletedTask;

        public override IReadOnlyList<string> SplitBatches(string script) => [script];

        // Microsoft.Data.Sqlite begins every other level with BEGIN IMMEDIATE, which takes the write lock: a page
        // would wait for the import's transaction and the import for the page. ReadUncommitted is its only deferred
        // BEGIN; without shared cache, read_uncommitted changes nothing, and in WAL mode a deferred transaction reads
        // one snapshot from its first statement on.
        public override IsolationLevel ConsistentReadIsolation => IsolationLevel.ReadUncommitted;
    }

    private sealed class SqlServerDialect : SqlDialect
    {
        public override string ScriptFolder => "sqlserver";

        public override string CreateSchemaJournalSql => """
            IF OBJECT_ID(N'dbo.schema_journal', N'U') IS NULL
                CREATE TABLE dbo.schema_journal (
                    script_name nvarchar(200) NOT NULL CONSTRAINT pk_schema_journal PRIMARY KEY,
                    applied_at  datetime2(3)  NOT NULL
                );
            """;

        public override string SelectInsertedIdSql => "SELECT CAST(SCOPE_IDENTITY() AS int);";

        internal const string MigrationLockSql = """
            DECLARE @result int;
            EXEC @result = sp_getapplock @Resource = N'instroom-schema', @LockMode = N'Exclusive',
                @LockOwner = N'Transaction', @LockTimeout = 120000;
            IF @result < 0 THROW 51001, N'Could not obtain the schema migration lock.', 1;
            """;

        internal const string SourceImportLockSql = """
            DECLARE @result int;
            EXEC @result = sp_getapplock @Resource = @Resource, @LockMode = N'Exclusive',
                @LockOwner = N'Transaction', @LockTimeout = 60000;
            IF @result < 0 THROW 51002, N'Another import of this source is running.', 1;
            """;

        public override Task AcquireMigrationLockAsync(DbConnection connection, DbTransaction transaction) =>
            connection.ExecuteAsync(MigrationLockSql, transaction: transaction);

        public override Task AcquireSourceImportLockAsync(DbConnection connection, DbTransaction transaction, string sourceCode) =>
            connection.ExecuteAsync(SourceImportLockSql, new { Resource = "instroom-import-" + sourceCode }, transaction);

        public override IReadOnlyList<string> SplitBatches(string script) =>
            System.Text.RegularExpressions.Regex.Split(script, @"^\s*GO\s*;?\s*$", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.IgnoreCase)
                .Where(batch => !string.IsNullOrWhiteSpace(batch))
                .ToList();

        // Snapshot would not block the import, but needs ALLOW_SNAPSHOT_ISOLATION on the database, which the scripts
        // do not set; Serializable holds range locks only on the rows read, so an import of another week goes on.
        public override IsolationLevel ConsistentReadIsolation => IsolationLevel.Serializable;
    }
}
