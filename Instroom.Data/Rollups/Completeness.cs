using Instroom.Data.Sources;

namespace Instroom.Data.Rollups;

/// <summary>
/// Which expected sources did not deliver in the week. A region's figures with a missing source are incomplete and
/// are shown as such: they are never silently lower.
/// </summary>
public sealed record Completeness(IReadOnlyList<MissingSource> Missing)
{
    public static readonly Completeness Complete = new([]);

    public bool IsComplete => Missing.Count == 0;

    /// <summary>"Onvolledig: geen aanlevering van VT-05 Veilig Thuis Gelderland-Midden (12 gemeenten)", or "" when complete.</summary>
    public string Label => IsComplete ? "" : "Onvolledig: geen aanlevering van " + string.Join(", ", Missing.Select(m => m.Label));

    public Completeness For(SourceKind kind) =>
        Missing.All(m => m.Source.Kind == kind) ? this : new Completeness(Missing.Where(m => m.Source.Kind == kind).ToList());
}

/// <summary>An expected source without a delivery in the week, and for how many of the region's gemeenten it was expected.</summary>
public sealed record MissingSource(SourceRef Source, int GemeenteCount)
{
    public string Label => $"{Source.Code} {Source.Name} ({GemeenteCount} {(GemeenteCount == 1 ? "gemeente" : "gemeenten")})";
}
