using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Import;
using Instroom.Jobs.Scheduling;
using Instroom.Tests.Ingestion.Support;
using Instroom.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Instroom.Tests.Transport;

/// <summary>
/// Every published example — valid JSON and CSV, malformed JSON, wrong schema, each consistency violation — served by a
/// real Kestrel source and pulled through the http connector: valid ones are imported, invalid ones quarantined with
/// their reason, and nothing of them is counted.
/// </summary>
public sealed class ContractExamplesOverHttpTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in ContractExamples.All)
        {
            data.Add(example.FileName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_PulledOverHttp_IsImportedOrQuarantinedForItsReason(string fileName)
    {
        var example = ContractExamples.Get(fileName);
        await using var harness = await JobsHarness.CreateAsync(DatabaseProvider.Sqlite, Instant.FromUtc(2026, 11, 23, 3, 30));
        var contentType = example.Format == DeliveryFormat.Csv ? "text/csv" : "application/json";
        await using var server = await TestSourceServer.StartAsync(app => app.MapGet("/bronnen/{code}/aanleveringen",
            () => Results.Bytes(example.ReadBytes(), contentType)));
        await PullTests.ConnectAsync(harness, example.SourceCode, server.BaseUrlOf(example.SourceCode));

        var result = Assert.Single(await harness.Get<SourcePuller>().PullAsync(await PullTests.SourceAsync(harness, example.SourceCode),
            new LocalDate(2026, 11, 22), PullTriggers.Manual, 1));

        if (example.IsValid)
        {
            Assert.Equal(ImportOutcome.Imported, result.Outcome);
            Assert.Equal(1, await PullTests.CountAsync(harness, "SELECT COUNT(*) FROM delivery"));
        }
        else
        {
            Assert.Equal(ImportOutcome.Rejected, result.Outcome);
            Assert.Contains(result.Reasons, reason => reason.StartsWith(example.Reason!, StringComparison.Ordinal));
            Assert.Equal(1, await PullTests.CountAsync(harness, "SELECT COUNT(*) FROM quarantine"));
            Assert.Equal(0, await PullTests.CountAsync(harness, "SELECT COUNT(*) FROM figure"));
        }
    }
}
