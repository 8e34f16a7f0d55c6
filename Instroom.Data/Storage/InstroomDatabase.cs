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

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(_connectionString)
            : new SqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

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
