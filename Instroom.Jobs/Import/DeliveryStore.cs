using System.Data;
using System.Data.Common;
using Dapper;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Jobs.Import;

/// <summary>
/// Writes an accepted delivery inside the importer's transaction: supersedes the current delivery for the same
/// source and peildatum (a correction), inserts the new one and all its figures.
/// </summary>
internal static class DeliveryStore
{
    /// <summary>How often <paramref name="figuresWritten"/> hears of progress.</summary>
    internal const int ProgressEvery = 1_000;

    public static async Task<long> StoreAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, NewDelivery delivery,
        IReadOnlyList<FigureRow> figures, FigureWriting writing, CancellationToken cancellationToken)
    {
        // ux_delivery_current allows one current delivery per source and peildatum, so the earlier one is marked
        // superseded before the new one exists, and pointed at it afterwards — all in this transaction.
        var current = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(SelectCurrentDeliverySql,
            new { delivery.SourceId, delivery.ReferenceDate }, transaction, cancellationToken: cancellationToken));
        if (current is { } earlier)
        {
            await connection.ExecuteAsync(new CommandDefinition(SupersedeSql, new { DeliveryId = earlier, At = delivery.ReceivedAt },
                transaction, cancellationToken: cancellationToken));
        }

        var deliveryId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(InsertDeliverySql + dialect.SelectInsertedIdSql, new
        {
            delivery.SourceId,
            delivery.LeveringId,
            delivery.ReferenceDate,
            delivery.CreatedAt,
            delivery.ReceivedAt,
            delivery.Format,
            delivery.PayloadSha256,
            delivery.ImportRunId,
            FigureCount = figures.Count,
        }, transaction, cancellationToken: cancellationToken));

        if (current is { } superseded)
        {
            await connection.ExecuteAsync(new CommandDefinition(SetSupersededBySql, new { DeliveryId = superseded, SupersededBy = deliveryId },
                transaction, cancellationToken: cancellationToken));
        }

        await InsertFiguresAsync(connection, transaction, writing.RowsPerCommand ?? RowsPerCommand(dialect), dialect == SqlDialect.Sqlite,
            deliveryId, figures, writing.FiguresWritten, cancellationToken);
        return deliveryId;
    }

    public static Task<KnownDelivery?> FindAsync(DbConnection connection, DbTransaction? transaction, string leveringId,
        CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<KnownDelivery>(new CommandDefinition(SelectDeliveryByLeveringIdSql,
            new { LeveringId = leveringId }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// Prepared commands re-used with new parameter values: one inserting <paramref name="rowsPerCommand"/> rows at a
    /// time, and one for the single rows left over. A national night is tens of thousands of rows; a new command
    /// (or a round trip) per row would cost more than the inserts themselves.
    /// </summary>
    private static async Task InsertFiguresAsync(DbConnection connection, DbTransaction transaction, int rowsPerCommand, bool realValues,
        long deliveryId, IReadOnlyList<FigureRow> figures, Func<int, Task>? figuresWritten, CancellationToken cancellationToken)
    {
        var written = 0;
        if (rowsPerCommand > 1 && figures.Count >= rowsPerCommand)
        {
            await using var batch = FigureInsert.Prepare(connection, transaction, deliveryId, rowsPerCommand, realValues);
            await batch.Command.PrepareAsync(cancellationToken);
            for (; written + rowsPerCommand <= figures.Count; written += rowsPerCommand)
            {
                await batch.ExecuteAsync(figures, written, cancellationToken);
                await ReportAsync(figuresWritten, written, written + rowsPerCommand);
            }
        }

        if (written < figures.Count)
        {
            await using var single = FigureInsert.Prepare(connection, transaction, deliveryId, 1, realValues);
            await single.Command.PrepareAsync(cancellationToken);
            for (; written < figures.Count; written++)
            {
                await single.ExecuteAsync(figures, written, cancellationToken);
                await ReportAsync(figuresWritten, written, written + 1);
            }
        }
    }

    private static async Task ReportAsync(Func<int, Task>? figuresWritten, int before, int after)
    {
        if (figuresWritten is not null && after / ProgressEvery > before / ProgressEvery)
        {
            await figuresWritten(after);
        }
    }

    /// <summary>
    /// Rows per INSERT. SQL Server: 100 rows (501 parameters, far below its 2,100) save 99 of every 100 round trips.
    /// SQLite runs in-process, so there is no round trip to save, and it looks parameters up by name one by one:
    /// one row per command measured fastest there (about 40,000 rows in a quarter of a second).
    /// </summary>
    internal static int RowsPerCommand(SqlDialect dialect) => dialect == SqlDialect.Sqlite ? 1 : 100;

    /// <summary>An INSERT of a fixed number of figure rows, its parameters created once.</summary>
    private sealed class FigureInsert : IAsyncDisposable
    {
        private readonly DbParameter[] _parameters;
        private readonly bool _realValues;

        private FigureInsert(DbCommand command, DbParameter[] parameters, bool realValues)
        {
            Command = command;
            _parameters = parameters;
            _realValues = realValues;
        }

        public DbCommand Command { get; }

        /// <summary>
        /// <paramref name="realValues"/>: bind values as doubles (SQLite's REAL column). Bound as decimal, Microsoft.Data.Sqlite
        /// sends text that SQLite parses back into the same REAL for every row.
        /// </summary>
        public static FigureInsert Prepare(DbConnection connection, DbTransaction transaction, long deliveryId, int rows, bool realValues)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            var parameters = new DbParameter[rows * 5];
            Parameter(command, "@DeliveryId", DbType.Int64).Value = deliveryId;
            for (var row = 0; row < rows; row++)
            {
                parameters[(row * 5) + 0] = Parameter(command, $"@AreaId{row}", DbType.Int64);
                parameters[(row * 5) + 1] = Parameter(command, $"@Indicator{row}", DbType.AnsiString, size: 40);
                parameters[(row * 5) + 2] = Parameter(command, $"@Measure{row}", DbType.AnsiString, size: 8);
                parameters[(row * 5) + 3] = Parameter(command, $"@Class{row}", DbType.AnsiString, size: 8);
                var value = Parameter(command, $"@Value{row}", realValues ? DbType.Double : DbType.Decimal);
                if (!realValues)
                {
                    value.Precision = 12;
                    value.Scale = 1;
                }

                parameters[(row * 5) + 4] = value;
            }

            command.CommandText = InsertFiguresSql(rows);
            return new FigureInsert(command, parameters, realValues);
        }

        public Task<int> ExecuteAsync(IReadOnlyList<FigureRow> figures, int first, CancellationToken cancellationToken)
        {
            for (var row = 0; row < _parameters.Length / 5; row++)
            {
                var figure = figures[first + row];
                _parameters[(row * 5) + 0].Value = figure.AreaId;
                _parameters[(row * 5) + 1].Value = figure.Indicator;
                _parameters[(row * 5) + 2].Value = figure.Measure;
                _parameters[(row * 5) + 3].Value = figure.Class;
                _parameters[(row * 5) + 4].Value = _realValues ? (double)figure.Value : figure.Value;
            }

            return Command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => Command.DisposeAsync();

        private static DbParameter Parameter(DbCommand command, string name, DbType type, int size = 0)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            if (size > 0)
            {
                parameter.Size = size;
            }

            command.Parameters.Add(parameter);
            return parameter;
        }
    }

    internal const string SelectDeliveryByLeveringIdSql = """
        SELECT delivery_id AS DeliveryId, source_id AS SourceId, reference_date AS ReferenceDate, payload_sha256 AS PayloadSha256,
               figure_count AS FigureCount, received_at AS ReceivedAt
        FROM delivery
        WHERE levering_id = @LeveringId
        """;

    internal const string SelectCurrentDeliverySql = """
        SELECT delivery_id
        FROM delivery
        WHERE source_id = @SourceId AND reference_date = @ReferenceDate AND superseded_at IS NULL
        """;

    internal const string SupersedeSql = "UPDATE delivery SET superseded_at = @At WHERE delivery_id = @DeliveryId";

    internal const string SetSupersededBySql = "UPDATE delivery SET superseded_by = @SupersededBy WHERE delivery_id = @DeliveryId";

    internal const string InsertDeliverySql = """
        INSERT INTO delivery (source_id, levering_id, reference_date, created_at, received_at, format, payload_sha256, import_run_id,
                              figure_count)
        VALUES (@SourceId, @LeveringId, @ReferenceDate, @CreatedAt, @ReceivedAt, @Format, @PayloadSha256, @ImportRunId, @FigureCount);
        """;

    /// <summary>An INSERT of <paramref name="rows"/> figure rows; parsed as T-SQL by the ingestion tests.</summary>
    internal static string InsertFiguresSql(int rows) =>
        "INSERT INTO figure (delivery_id, area_id, indicator, measure, class, value)\nVALUES\n"
        + string.Join(",\n", Enumerable.Range(0, rows).Select(row => $"(@DeliveryId, @AreaId{row}, @Indicator{row}, @Measure{row}, @Class{row}, @Value{row})"));
}

/// <summary>The delivery row to insert; <see cref="CreatedAt"/> is the source's own <c>aangemaakt</c>, as delivered.</summary>
internal sealed record NewDelivery(
    long SourceId,
    string LeveringId,
    LocalDate ReferenceDate,
    string CreatedAt,
    Instant ReceivedAt,
    string Format,
    string PayloadSha256,
    long ImportRunId);

/// <summary>How figures are written: rows per command (null: the dialect's choice) and who hears of progress.</summary>
internal sealed record FigureWriting(int? RowsPerCommand, Func<int, Task>? FiguresWritten);

/// <summary>One figure row: <see cref="Measure"/> and <see cref="Class"/> are '' when the figure has none.</summary>
internal readonly record struct FigureRow(long AreaId, string Indicator, string Measure, string Class, decimal Value);
