namespace Instroom.Data.Sources;

/// <summary>
/// A source as a query returns it (code, name, kind): the base of the row classes Dapper fills. A class with init
/// setters, not a positional record, so Dapper converts SQLite's text columns.
/// </summary>
internal class SourceRow
{
    public string SourceCode { get; init; } = "";

    public string SourceName { get; init; } = "";

    public string SourceKind { get; init; } = "";

    public Rollups.SourceRef Source => new(SourceCode, SourceName, Enum.Parse<SourceKind>(SourceKind));
}
