using Dapper;
using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Import;
using Instroom.Data.Reference;
using Instroom.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace Instroom.Tests.Ingestion.Support;

/// <summary>
/// A real database with reference data, an importer on it, and the reads the import tests assert on. On SQLite each
/// context gets its own copy of one migrated, loaded database file (loading the reference data for every test would
/// cost a second each); SQL Server gets a fresh database from <see cref="TestDatabase"/>.
/// </summary>
internal sealed class ImportTestContext : IAsyncDisposable
{
    /// <summary>Monday 23 November 2026, 08:00 in Amsterdam: the night after peildatum 2026-11-22 of the examples.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 7, 0);

    public static readonly LocalDate Peildatum = new(2026, 11, 22);

    private static readonly Lazy<Task<string>> SqliteTemplate = new(CreateSqliteTemplateAsync);

    private readonly Func<ValueTask> _dispose;

    private ImportTestContext(InstroomDatabase database, string connectionString, Func<ValueTask> dispose)
    {
        Database = database;
        ConnectionString = connectionString;
        _dispose = dispose;
        Importer = CreateImporter(database);
    }

    public FakeClock Clock { get; } = new(Now);

    public DeliveryImporter Importer { get; }

    public InstroomDatabase Database { get; }

    public string ConnectionString { get; }

    public DatabaseProvider Provider => Database.Provider;

    public static async Task<ImportTestContext> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.SqlServer)
        {
            var test = await TestDatabase.CreateAsync(provider);
            return new ImportTestContext(test.Database, test.ConnectionString, test.DisposeAsync);
        }

        var folder = Directory.CreateTempSubdirectory("instroom-import-");
        var file = Path.Combine(folder.FullName, "instroom.db");
        File.Copy(await SqliteTemplate.Value, file);
        var connectionString = $"Data Source={file}";
        return new ImportTestContext(new InstroomDatabase(DatabaseProvider.Sqlite, connectionString), connectionString, () =>
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>A second handle on the same database, as a second process would open it.</summary>
    public InstroomDatabase OpenAnotherHandle() => new(Provider, ConnectionString);

    public DeliveryImporter CreateImporter(InstroomDatabase database) =>
        new(database, new DeliveryValidator(Clock), Clock, NullLogger<DeliveryImporter>.Instance, DeliveryLimits.Default);

    public Task<ImportResult> ImportAsync(string sourceCode, byte[] payload, DeliveryFormat format = DeliveryFormat.Json, string? fileName = null) =>
        Importer.ImportAsync(new ImportRequest(sourceCode, payload, format, "cli", FileName: fileName));

    public Task<int> CountAsync(string table) => ScalarAsync<int>($"SELECT COUNT(*) FROM {table}");

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async Task<IReadOnlyList<StoredFigure>> FiguresAsync(string leveringId)
    {
        await using var connection = await Database.OpenAsync();
        var rows = await connection.QueryAsync<FigureRead>(FiguresOfDeliverySql, new { LeveringId = leveringId });
        return rows.Select(r => new StoredFigure(r.Area, r.Indicator, r.Measure, r.Class, r.Value)).Order().ToList();
    }

    public async Task<IReadOnlyList<DeliveryRead>> DeliveriesAsync()
    {
        await using var connection = await Database.OpenAsync();
        return (await connection.QueryAsync<DeliveryRead>(DeliveriesSql)).ToList();
    }

    public async Task<IReadOnlyList<RunRead>> RunsAsync()
    {
        await using var connection = await Database.OpenAsync();
        return (await connection.QueryAsync<RunRead>(RunsSql)).ToList();
    }

    public async Task<IReadOnlyList<QuarantineRead>> QuarantineAsync()
    {
        await using var connection = await Database.OpenAsync();
        return (await connection.QueryAsync<QuarantineRead>(QuarantineSql)).ToList();
    }

    /// <summary>Every delivery whose figure rows do not number its figure_count: a partial import.</summary>
    public Task<int> DeliveriesWithMissingFiguresAsync() => ScalarAsync<int>("""
        SELECT COUNT(*) FROM delivery d
        WHERE d.figure_count <> (SELECT COUNT(*) FROM figure f WHERE f.delivery_id = d.delivery_id)
        """);

    public ValueTask DisposeAsync() => _dispose();

    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("instroom-import-template-");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Delete(recursive: true);
        var file = Path.Combine(folder.FullName, "instroom.db");
        var database = new InstroomDatabase(DatabaseProvider.Sqlite, $"Data Source={file}");
        await new SchemaMigrator(database, SystemClock.Instance, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        await new ReferenceDataLoader(database, NullLogger<ReferenceDataLoader>.Instance).LoadAsync();

        // Idle pooled connections would keep the file open; the copies are taken from a closed file.
        SqliteConnection.ClearAllPools();
        return file;
    }

    private const string FiguresOfDeliverySql = """
        SELECT a.code AS Area, f.indicator AS Indicator, f.measure AS Measure, f.class AS Class, f.value AS Value
        FROM figure f
        JOIN delivery d ON d.delivery_id = f.delivery_id
        JOIN area a ON a.area_id = f.area_id
        WHERE d.levering_id = @LeveringId
        """;

    private const string DeliveriesSql = """
        SELECT d.delivery_id AS DeliveryId, s.code AS Source, d.levering_id AS LeveringId, d.reference_date AS ReferenceDate,
               d.created_at AS CreatedAt, d.format AS Format, d.payload_sha256 AS PayloadSha256, d.figure_count AS FigureCount,
               d.superseded_at AS SupersededAt, d.superseded_by AS SupersededBy, d.import_run_id AS ImportRunId
        FROM delivery d JOIN source s ON s.source_id = d.source_id
        ORDER BY d.delivery_id
        """;

    private const string RunsSql = """
        SELECT r.import_run_id AS ImportRunId, s.code AS Source, r.reference_date AS ReferenceDate, r.trigger_kind AS TriggerKind,
               r.attempt AS Attempt, r.outcome AS Outcome, r.levering_id AS LeveringId, r.figure_count AS FigureCount, r.message AS Message,
               r.started_at AS StartedAt, r.finished_at AS FinishedAt
        FROM import_run r JOIN source s ON s.source_id = r.source_id
        ORDER BY r.import_run_id
        """;

    private const string QuarantineSql = """
        SELECT q.quarantine_id AS QuarantineId, s.code AS Source, q.import_run_id AS ImportRunId, q.levering_id AS LeveringId,
               q.reference_date AS ReferenceDate, q.format AS Format, q.file_name AS FileName, q.payload AS Payload,
               q.payload_sha256 AS PayloadSha256, q.reasons AS Reasons
        FROM quarantine q JOIN source s ON s.source_id = q.source_id
        ORDER BY q.quarantine_id
        """;

    private sealed class FigureRead
    {
        public string Area { get; init; } = "";

        public string Indicator { get; init; } = "";

        public string Measure { get; init; } = "";

        public string Class { get; init; } = "";

        public decimal Value { get; init; }
    }
}

internal sealed class DeliveryRead
{
    public long DeliveryId { get; init; }

    public string Source { get; init; } = "";

    public string LeveringId { get; init; } = "";

    public LocalDate ReferenceDate { get; init; }

    public string CreatedAt { get; init; } = "";

    public string Format { get; init; } = "";

    public string PayloadSha256 { get; init; } = "";

    public int FigureCount { get; init; }

    public Instant? SupersededAt { get; init; }

    public long? SupersededBy { get; init; }

    public long ImportRunId { get; init; }
}

internal sealed class RunRead
{
    public long ImportRunId { get; init; }

    public string Source { get; init; } = "";

    public LocalDate? ReferenceDate { get; init; }

    public string TriggerKind { get; init; } = "";

    public int Attempt { get; init; }

    public string Outcome { get; init; } = "";

    public string? LeveringId { get; init; }

    public int? FigureCount { get; init; }

    public string? Message { get; init; }

    public Instant StartedAt { get; init; }

    public Instant? FinishedAt { get; init; }
}

internal sealed class QuarantineRead
{
    public long QuarantineId { get; init; }

    public string Source { get; init; } = "";

    public long ImportRunId { get; init; }

    public string? LeveringId { get; init; }

    public LocalDate? ReferenceDate { get; init; }

    public string Format { get; init; } = "";

    public string? FileName { get; init; }

    public byte[] Payload { get; init; } = [];

    public string PayloadSha256 { get; init; } = "";

    public string Reasons { get; init; } = "";
}
