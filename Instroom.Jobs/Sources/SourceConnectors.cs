namespace Instroom.Jobs.Sources;

/// <summary>The two transports of the contract.</summary>
public static class SourceConnectors
{
    public const string Http = "http";
    public const string Folder = "folder";
}
