using Instroom.Data.Sources;
using Instroom.Jobs.Sources;
using Microsoft.Extensions.Logging.Abstractions;

namespace Instroom.Tests.Transport;

public sealed class FolderSourceConnectorTests : IDisposable
{
    private readonly DirectoryInfo _landing = Directory.CreateTempSubdirectory("instroom-landing-");

    [Fact]
    public void PendingFiles_IgnoresPartialAndOtherFiles()
    {
        foreach (var name in new[] { "a.json", "b.csv", "c.json.part", "d.csv.tmp", "e.tmp", "f.txt", "g.JSON" })
        {
            File.WriteAllText(Path.Combine(_landing.FullName, name), "{}");
        }

        var pending = FolderSourceConnector.PendingFiles(Source()).Select(Path.GetFileName);

        Assert.Equal(["a.json", "b.csv", "g.JSON"], pending);
    }

    [Fact]
    public async Task Read_LeavesAFileThatIsStillBeingWritten()
    {
        var path = Path.Combine(_landing.FullName, "levering.json");
        await using var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await writer.WriteAsync("{\"schema\":"u8.ToArray());

        var result = await Connector().ReadAsync(path, 1024, CancellationToken.None);

        Assert.IsType<FetchResult.NotYetAvailable>(result);
    }

    [Fact]
    public async Task Read_GivesTheBytesAndFormat_OfACompleteFile()
    {
        var path = Path.Combine(_landing.FullName, "levering.csv");
        await File.WriteAllTextAsync(path, "leveringId;bron");

        var delivered = Assert.IsType<FetchResult.Delivered>(await Connector().ReadAsync(path, 1024, CancellationToken.None));

        Assert.Equal("leveringId;bron"u8.ToArray(), delivered.Payload);
        Assert.Equal(Instroom.Jobs.Contract.DeliveryFormat.Csv, delivered.Format);
        Assert.Equal("levering.csv", delivered.FileName);
    }

    [Fact]
    public async Task Read_RefusesAFileOverTheLimit()
    {
        var path = Path.Combine(_landing.FullName, "groot.json");
        await File.WriteAllBytesAsync(path, new byte[2048]);

        Assert.IsType<FetchResult.TransportFailed>(await Connector().ReadAsync(path, 1024, CancellationToken.None));
    }

    [Fact]
    public void Move_KeepsBothFiles_WhenTheTargetNameExists()
    {
        var first = Path.Combine(_landing.FullName, "levering.json");
        File.WriteAllText(first, "1");
        FolderSourceConnector.MoveToProcessed(first);
        File.WriteAllText(first, "2");

        var second = FolderSourceConnector.MoveToProcessed(first);

        var processed = Directory.GetFiles(Path.Combine(_landing.FullName, FolderSourceConnector.ProcessedFolder));
        Assert.Equal(2, processed.Length);
        Assert.Equal("2", File.ReadAllText(second));
        Assert.False(File.Exists(first));
    }

    public void Dispose() => _landing.Delete(recursive: true);

    private static FolderSourceConnector Connector() => new(NullLogger<FolderSourceConnector>.Instance);

    private SourceConnection Source() => new()
    {
        SourceId = 1,
        Code = "GI-JBN",
        Kind = SourceKind.GI,
        Connector = SourceConnectors.Folder,
        FolderPath = _landing.FullName,
        Enabled = true,
    };
}
