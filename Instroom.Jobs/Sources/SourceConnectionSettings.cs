namespace Instroom.Jobs.Sources;

/// <summary>What an administrator sets for a source's connection. The token is not here: see <see cref="SourceTokenChange"/>.</summary>
public sealed record SourceConnectionSettings(
    string Connector,
    string? BaseUrl,
    string? FolderPath,
    string PullTimeLocal,
    int TimeoutSeconds,
    int MaxBodyBytes,
    bool Enabled)
{
    public static SourceConnectionSettings Of(SourceConnection source) => new(source.Connector ?? SourceConnectors.Http, source.BaseUrl,
        source.FolderPath, source.PullTimeLocal, source.TimeoutSeconds, source.MaxBodyBytes, source.Enabled);
}

/// <summary>"Leave empty to keep": a new token replaces the stored one, or the stored one is removed, or nothing changes.</summary>
public abstract record SourceTokenChange
{
    public static readonly SourceTokenChange Keep = new KeepToken();

    public static readonly SourceTokenChange Remove = new RemoveToken();

    public static SourceTokenChange Replace(string token) => new ReplaceToken(token);

    public sealed record KeepToken : SourceTokenChange;

    public sealed record RemoveToken : SourceTokenChange;

    public sealed record ReplaceToken(string Token) : SourceTokenChange
    {
        // A record prints its members; a token must never end up in a log or an exception message.
        public override string ToString() => "ReplaceToken { Token = *** }";
    }
}
