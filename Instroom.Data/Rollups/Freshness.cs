using Instroom.Data.Sources;
using Instroom.Data.Text;
using NodaTime;

namespace Instroom.Data.Rollups;

/// <summary>The peildatum a source's figures in a week stand for, and whether that delivery was a correction.</summary>
public sealed record SourceFreshness(SourceRef Source, LocalDate ReferenceDate, bool Corrected);

/// <summary>The sources behind a figure with their peildata: "stand per 22-11-2026".</summary>
public sealed record Freshness(IReadOnlyList<SourceFreshness> Sources)
{
    public static readonly Freshness None = new([]);

    public LocalDate? Oldest => Sources.Count == 0 ? null : Sources.Min(s => s.ReferenceDate);

    public LocalDate? Newest => Sources.Count == 0 ? null : Sources.Max(s => s.ReferenceDate);

    /// <summary>A correction replaced an earlier delivery of one of these sources for the peildatum used.</summary>
    public bool Corrected => Sources.Any(s => s.Corrected);

    /// <summary>"stand per 22-11-2026", "stand per 20-11-2026 t/m 22-11-2026", or "" without sources.</summary>
    public string Label => (Oldest, Newest) switch
    {
        ({ } oldest, { } newest) when oldest == newest => "stand per " + DutchFormat.Date(newest),
        ({ } oldest, { } newest) => $"stand per {DutchFormat.Date(oldest)} t/m {DutchFormat.Date(newest)}",
        _ => "",
    };

    public Freshness For(SourceKind kind) =>
        Sources.All(s => s.Source.Kind == kind) ? this : new Freshness(Sources.Where(s => s.Source.Kind == kind).ToList());
}
