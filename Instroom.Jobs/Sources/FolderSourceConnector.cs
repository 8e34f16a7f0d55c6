using Instroom.Jobs.Contract;
using Microsoft.Extensions.Logging;

namespace Instroom.Jobs.Sources;

/// <summary>
/// The contract's folder transport: complete <c>*.json</c> and <c>*.csv</c> files in a landing folder (for example an
/// SFTP drop). Files still being written (<c>*.tmp</c>, <c>*.part</c>, or held open by the writer) are left for the
/// next run. After import a file is moved to <c>verwerkt/</c> or <c>quarantaine/</c>, never deleted.
/// </summary>
public sealed class FolderSourceConnector(ILogger<FolderSourceConnector> logger)
{
    public const string ProcessedFolder = "verwerkt";
    public const string QuarantineFolder = "quarantaine";

    public static IReadOnlyList<string> PendingFiles(SourceConnection source)
    {
        if (string.IsNullOrWhiteSpace(source.FolderPath) || !Directory.Exists(source.FolderPath))
        {
            return [];
        }

        return Directory.EnumerateFiles(source.FolderPath, "*", SearchOption.TopDirectoryOnly)
            .Where(path => DeliveryFormats.FromFileName(path) is not null)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads a landed file, or reports it as not yet complete when its writer still holds it.</summary>
    public async Task<FetchResult> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            // FileShare.Read: if an uploader still has the file open for writing, this fails and the file waits.
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            if (stream.Length > maxBytes)
            {
                return new FetchResult.TransportFailed($"Bestand groter dan de limiet van {maxBytes} bytes.");
            }

            var payload = new byte[stream.Length];
            await stream.ReadExactlyAsync(payload, cancellationToken);
            return new FetchResult.Delivered(payload, DeliveryFormats.FromFileName(path)!.Value, Path.GetFileName(path));
        }
        catch (IOException exception)
        {
            logger.LogInformation("Landed file {File} is not complete yet: {Error}", Path.GetFileName(path), exception.Message);
            return new FetchResult.NotYetAvailable();
        }
    }

    public static string MoveToProcessed(string path) => Move(path, ProcessedFolder);

    public static string MoveToQuarantine(string path) => Move(path, QuarantineFolder);

    private static string Move(string path, string folderName)
    {
        var folder = Path.Combine(Path.GetDirectoryName(path)!, folderName);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(path));
        if (File.Exists(target))
        {
            // Never overwrite an earlier file of the same name: keep both.
            target = Path.Combine(folder,
                $"{Path.GetFileNameWithoutExtension(path)}.{DateTime.UtcNow:yyyyMMddHHmmssfff}{Path.GetExtension(path)}");
        }

        File.Move(path, target);
        return target;
    }
}
