using System.Text.RegularExpressions;
using Instroom.Jobs.Contract;

namespace Instroom.Tests.Ingestion.Support;

/// <summary>
/// The example deliveries in docs/contract/voorbeelden, as listed in that folder's README table: file, source and
/// the reason a person reads there. The tests hold the documentation to its word.
/// </summary>
internal static partial class ContractExamples
{
    public static IReadOnlyList<ContractExample> All { get; } = Read();

    public static ContractExample Get(string fileName) => All.Single(e => e.FileName == fileName);

    private static List<ContractExample> Read()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryFolder.ContractExamples, "README.md"));
        return readme
            .Select(line => Row().Match(line))
            .Where(match => match.Success)
            .Select(match => new ContractExample(match.Groups["file"].Value, match.Groups["source"].Value,
                match.Groups["reason"].Success ? match.Groups["reason"].Value : null))
            .ToList();
    }

    [GeneratedRegex(@"^\| `(?<file>[^`]+)` \| (?<source>[A-Z0-9-]+) \| [^|]+ \| (`(?<reason>.+)`)? *\|$")]
    private static partial Regex Row();
}

internal sealed record ContractExample(string FileName, string SourceCode, string? Reason)
{
    public bool IsValid => Reason is null;

    public DeliveryFormat Format => DeliveryFormats.FromFileName(FileName)!.Value;

    public byte[] ReadBytes() => File.ReadAllBytes(Path.Combine(RepositoryFolder.ContractExamples, FileName));

    public override string ToString() => FileName;
}
