using Instroom.Data.Indicators;
using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Import;
using Instroom.Tests.Ingestion.Support;
using Instroom.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime.Testing;
using NodaTime.Text;

namespace Instroom.Tests.Ingestion;

/// <summary>
/// A process that dies in the middle of an import leaves nothing half-done: the import runs in a real child process
/// that is killed while its transaction is open and figures are being written.
/// </summary>
public sealed class ImportInterruptionTests
{
    internal const string ChildCommand = "import-and-wait-to-be-killed";

    private const string WritingFigures = "writing-figures";

    private const string CorrectionId = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Import_KilledWhileWritingFigures_LeavesThePreviousState_AndARerunCompletesIt(DatabaseProvider provider)
    {
        await using var context = await ImportTestContext.CreateAsync(provider);
        var previous = await context.ImportAsync("GI-JBBRA", ContractExamples.Get("geldig-gi.json").ReadBytes());
        var correction = NationalNight.Gi("GI-JBBRA", CorrectionId, [Measure.Ots, Measure.Jr]);
        Assert.True(NationalNight.RowCount(correction) > 2 * DeliveryStore.ProgressEvery, "the child must be stopped mid-way, not at the end");
        var payloadFile = Path.Combine(Path.GetTempPath(), $"instroom-correction-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(payloadFile, DeliveryPayload.Json(correction));

        try
        {
            await using var child = ChildProcess.Start(ChildCommand, provider.ToString(), context.ConnectionString, "GI-JBBRA", payloadFile,
                InstantPattern.General.Format(ImportTestContext.Now));
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await child.WaitForLineAsync(WritingFigures, patience.Token);

            if (provider == DatabaseProvider.Sqlite)
            {
                // The child holds its write transaction open right now. (On SQL Server a reader under READ COMMITTED
                // without row versioning would wait for it, so there only the state after the kill is read.)
                await AssertPreviousStateAsync(context, previous);
            }

            await child.KillAsync();
        }
        finally
        {
            File.Delete(payloadFile);
        }

        await AssertPreviousStateAsync(context, previous);
        Assert.Single(await context.RunsAsync());

        var rerun = await context.ImportAsync("GI-JBBRA", DeliveryPayload.Json(correction));

        Assert.Equal(ImportOutcome.Imported, rerun.Outcome);
        var current = Assert.Single(await context.DeliveriesAsync(), d => d.SupersededAt is null);
        Assert.Equal((CorrectionId, NationalNight.RowCount(correction)), (current.LeveringId, current.FigureCount));
        Assert.Equal(ImporterTests.ExampleRows + NationalNight.RowCount(correction), await context.CountAsync("figure"));
        Assert.Equal(0, await context.DeliveriesWithMissingFiguresAsync());
    }

    /// <summary>The child: imports the file and, once figures are being written, waits inside the transaction to be killed.</summary>
    internal static async Task<int> RunChildAsync(string[] args)
    {
        var (provider, connectionString, source, file, now) = (Enum.Parse<DatabaseProvider>(args[0]), args[1], args[2], args[3], args[4]);
        var clock = new FakeClock(InstantPattern.General.Parse(now).Value);
        var importer = new DeliveryImporter(new InstroomDatabase(provider, connectionString), new DeliveryValidator(clock), clock,
            NullLogger<DeliveryImporter>.Instance, DeliveryLimits.Default)
        {
            FiguresWritten = async _ =>
            {
                await Console.Out.WriteLineAsync(WritingFigures);
                await Console.Out.FlushAsync();

                // Standard input stays open and silent: this waits until the parent kills the process.
                await Console.In.ReadLineAsync();
                throw new InvalidOperationException("The parent test should have killed this process by now.");
            },
        };
        await importer.ImportAsync(new ImportRequest(source, await File.ReadAllBytesAsync(file), DeliveryFormat.Json, "cli"));
        return 1;
    }

    private static async Task AssertPreviousStateAsync(ImportTestContext context, ImportResult previous)
    {
        var current = Assert.Single(await context.DeliveriesAsync());
        Assert.Equal((previous.LeveringId, (NodaTime.Instant?)null), (current.LeveringId, current.SupersededAt));
        Assert.Equal(ImporterTests.ExampleRows, await context.CountAsync("figure"));
        Assert.Equal(0, await context.ScalarAsync<int>("SELECT COUNT(*) FROM delivery WHERE levering_id = @Id", new { Id = CorrectionId }));
    }
}
