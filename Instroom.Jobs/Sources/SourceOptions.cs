using System.ComponentModel.DataAnnotations;

namespace Instroom.Jobs.Sources;

/// <summary>
/// Section <c>Instroom:Sources</c>: seeds source connections into the database at start (only where a source has
/// none yet — after that the database, edited by administrators, is the truth).
/// </summary>
public sealed class SourceOptions
{
    public const string SectionName = "Instroom:Sources";

    /// <summary>Defaults for seeded connections.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The contract's default response size limit: 10 MiB.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Per source code: how to reach it.</summary>
    public Dictionary<string, SourceConnectionSeed> Connections { get; set; } = new(StringComparer.Ordinal);
}

public sealed class SourceConnectionSeed
{
    [Required]
    public string Connector { get; set; } = SourceConnectors.Http;

    public string? BaseUrl { get; set; }

    public string? FolderPath { get; set; }

    /// <summary>Configuration key (user-secrets, environment variable) holding the bearer token.</summary>
    public string? TokenSecretName { get; set; }

    public bool Enabled { get; set; } = true;
}
