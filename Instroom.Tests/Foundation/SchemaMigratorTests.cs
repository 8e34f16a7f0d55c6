using Dapper;
using Instroom.Data.Storage;
using Instroom.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Instroom.Tests.Foundation;

public sealed class SchemaMigratorTests
{
    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Migrate_AppliesEveryScriptOnce_AndIsANoOpTheSecondTime(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateEmptyAsync(provider);
        var migrator = Migrator(test.Database);

        var first = await migrator.MigrateAsync();
        var second = await migrator.MigrateAsync();

        Assert.Equal(SchemaScript.Load(test.Database.Dialect).Select(s => s.Name), first);
        Assert.Empty(second);
        Assert.Equal(first.Count, await test.ScalarAsync<int>("SELECT COUNT(*) FROM schema_journal"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Migrate_FromTwoProcessesAtOnce_AppliesEachScriptExactlyOnce(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateEmptyAsync(provider);
        var one = Migrator(test.OpenAnotherHandle());
        var two = Migrator(test.OpenAnotherHandle());

        var results = await Task.WhenAll(Task.Run(() => one.MigrateAsync()), Task.Run(() => two.MigrateAsync()));

        var scripts = SchemaScript.Load(test.Database.Dialect).Select(s => s.Name).ToList();
        Assert.Equal(scripts, results.SelectMany(applied => applied).Order(StringComparer.Ordinal));
        Assert.Equal(scripts.Count, await test.ScalarAsync<int>("SELECT COUNT(*) FROM schema_journal"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task AuditLog_RefusesUpdatesAndDeletes(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        await using var connection = await test.Database.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO audit_log (occurred_at, actor, action, object, result, origin)
            VALUES (@At, 'test', 'aanmelden', 'sessie', 'gelukt', '127.0.0.1')
            """, new { At = Instant.FromUtc(2026, 11, 23, 9, 0) });

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => connection.ExecuteAsync("UPDATE audit_log SET actor = 'x'"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => connection.ExecuteAsync("DELETE FROM audit_log"));
        Assert.Equal("test", await connection.ExecuteScalarAsync<string>("SELECT actor FROM audit_log"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Delivery_AllowsOnlyOneCurrentDeliveryPerSourceAndPeildatum(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var connection = await test.Database.OpenAsync();
        var runId = await connection.ExecuteScalarAsync<int>(
            """
            INSERT INTO import_run (source_id, reference_date, trigger_kind, attempt, started_at, outcome)
            SELECT source_id, @Date, 'test', 1, @At, 'bezig' FROM source WHERE code = 'RAAD';
            """ + test.Database.Dialect.SelectInsertedIdSql,
            new { Date = new LocalDate(2026, 11, 22), At = Instant.FromUtc(2026, 11, 23, 1, 0) });
        const string insert = """
            INSERT INTO delivery (source_id, levering_id, reference_date, created_at, received_at, format, payload_sha256,
                                  import_run_id, figure_count)
            SELECT source_id, @LeveringId, @Date, '2026-11-23T01:00:00+01:00', @At, 'json', @Hash, @RunId, 0
            FROM source WHERE code = 'RAAD'
            """;
        var parameters = new { Date = new LocalDate(2026, 11, 22), At = Instant.FromUtc(2026, 11, 23, 1, 0), Hash = new string('0', 64), RunId = runId };

        await connection.ExecuteAsync(insert, new { parameters.Date, parameters.At, parameters.Hash, parameters.RunId, LeveringId = Guid.NewGuid().ToString() });

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            connection.ExecuteAsync(insert, new { parameters.Date, parameters.At, parameters.Hash, parameters.RunId, LeveringId = Guid.NewGuid().ToString() }));
    }

    private static SchemaMigrator Migrator(InstroomDatabase database) =>
        new(database, SystemClock.Instance, NullLogger<SchemaMigrator>.Instance);
}
