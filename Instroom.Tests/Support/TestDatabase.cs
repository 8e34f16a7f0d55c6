using Dapper;
using Instroom.Data.Reference;
using Instroom.Data.Storage;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Instroom.Tests.Support;

/// <summary>
/// A real, empty database per test: a SQLite file in a temporary folder, or — when INSTROOM_TEST_SQLSERVER holds
/// a connection string — a fresh SQL Server database that is dropped afterwards. Without that variable, SQL Server
/// cases report themselves as skipped.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string SqlServerVariable = "INSTROOM_TEST_SQLSERVER";

    private readonly Func<Task> _cleanup;

    private TestDatabase(InstroomDatabase database, string connectionString, Func<Task> cleanup)
    {
        Database = database;
        ConnectionString = connectionString;
        _cleanup = cleanup;
    }

    public InstroomDatabase Database { get; }

    public string ConnectionString { get; }

    public DatabaseProvider Provider => Database.Provider;

    /// <summary>Creates the database and applies the schema; loads the reference data unless told not to.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool referenceData = true, IClock? clock = null)
    {
        var database = provider == DatabaseProvider.Sqlite ? CreateSqlite() : await CreateSqlServerAsync();
        await new SchemaMigrator(database.Database, clock ?? SystemClock.Instance, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        if (referenceData)
        {
            await new ReferenceDataLoader(database.Database, NullLogger<ReferenceDataLoader>.Instance).LoadAsync();
        }

        return database;
    }

    /// <summary>An empty database without schema, for migration tests.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? CreateSqlite() : await CreateSqlServerAsync();

    /// <summary>A second handle on the same database, as a second process would open it.</summary>
    public InstroomDatabase OpenAnotherHandle() => new(Provider, ConnectionString);

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async ValueTask DisposeAsync() => await _cleanup();

    private static TestDatabase CreateSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("instroom-test-");
        var connectionString = $"Data Source={Path.Combine(folder.FullName, "instroom.db")}";
        return new TestDatabase(new InstroomDatabase(DatabaseProvider.Sqlite, connectionString), connectionString, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreateSqlServerAsync()
    {
        var serverConnectionString = Environment.GetEnvironmentVariable(SqlServerVariable);
        Skip.If(string.IsNullOrWhiteSpace(serverConnectionString),
            $"SQL Server not tested: set {SqlServerVariable} to a connection string to run this case against SQL Server.");

        var name = "instroom_test_" + Guid.NewGuid().ToString("N")[..12];
        var master = new SqlConnectionStringBuilder(serverConnectionString) { InitialCatalog = "master" };
        await using (var connection = new SqlConnection(master.ConnectionString))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync($"CREATE DATABASE [{name}]");
        }

        var builder = new SqlConnectionStringBuilder(serverConnectionString) { InitialCatalog = name };
        return new TestDatabase(new InstroomDatabase(DatabaseProvider.SqlServer, builder.ConnectionString), builder.ConnectionString, async () =>
        {
            SqlConnection.ClearAllPools();
            await using var connection = new SqlConnection(master.ConnectionString);
            await connection.OpenAsync();
            await connection.ExecuteAsync($"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]");
        });
    }
}
