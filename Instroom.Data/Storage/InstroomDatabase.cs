using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Instroom.Data.Storage;

/// <summary>
/// The one place that knows which database is in use: it opens connections and hands out the dialect.
/// Every query class takes this and opens a connection per method.
/// </summary>
public sealed class InstroomDatabase
{
    private readonly string _connectionString;

    static InstroomDatabase() => NodaTimeTypeHandlers.Register();

    public InstroomDatabase(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        Dialect = SqlDialect.For(provider);
        _connectionString = provider == DatabaseProvider.Sqlite ? PrepareSqlite(connectionString) : connectionString;
    }

    public DatabaseProvider Provider { get; }

    public SqlDialect Dialect { get; }

    /// <summary>Wraps every opened connection; the round-trip tests count commands with it. Null: the connection as opened.</summary>
    public Func<DbConnection, DbConnection>? ConnectionWrapper { get; init; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(_connectionString)
            : new SqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection sqlite)
            {
                await PrepareSqliteConnectionAsync(sqlite, cancellationToken);
            }

            return ConnectionWrapper is { } wrap ? wrap(connection) : connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A synchronous open, only for framework interfaces that are synchronous (ASP.NET Core Data Protection's key
    /// repository); everything else uses <see cref="OpenAsync"/>.
    /// </summary>
    public DbConnection Open()
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(_connectionString)
            : new SqlConnection(_connectionString);
        try
        {
            connection.Open();
            if (connection is SqliteConnection sqlite)
            {
                using var command = sqlite.CreateCommand();
                command.CommandText = SqlitePragmas;
                command.ExecuteNonQuery();
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Write-ahead logging, so the dashboard keeps reading while a night's import writes (readers see the last
    /// committed state), and NORMAL synchronisation, which in WAL mode is still safe against a process crash and only
    /// risks the last commits on a power cut — which the next pull repeats. Both are cheap pragmas on an open connection.
    /// </summary>
    private static async Task PrepareSqliteConnectionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SqlitePragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string SqlitePragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

    /// <summary>
    /// Foreign keys on, a generous busy timeout so a reader waits for the nightly import instead of failing,
    /// and the data folder created on first start.
    /// </summary>
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = 60,
            Pooling = true,
        };
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }
}
