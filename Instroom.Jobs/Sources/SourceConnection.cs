using Instroom.Data.Sources;
using NodaTime;

namespace Instroom.Jobs.Sources;

/// <summary>A registered source with the settings to pull it (table source + source_connection).</summary>
public sealed class SourceConnection
{
    public int SourceId { get; init; }

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public SourceKind Kind { get; init; }

    public LocalDate ValidFrom { get; init; }

    public LocalDate? ValidTo { get; init; }

    /// <summary><c>http</c> or <c>folder</c>; null when the source has no connection configured.</summary>
    public string? Connector { get; init; }

    public string? BaseUrl { get; init; }

    public string? FolderPath { get; init; }

    /// <summary>Configuration key that holds the bearer token; the token itself is never stored or logged.</summary>
    public string? TokenSecretName { get; init; }

    /// <summary>
    /// The token an administrator entered, encrypted by <see cref="SourceTokenProtection"/>; when empty,
    /// <see cref="TokenSecretName"/> is used. Never shown, never logged.
    /// </summary>
    public string? TokenProtected { get; init; }

    public bool HasToken => !string.IsNullOrWhiteSpace(TokenProtected) || !string.IsNullOrWhiteSpace(TokenSecretName);

    public string PullTimeLocal { get; init; } = "";

    public int TimeoutSeconds { get; init; }

    public int MaxBodyBytes { get; init; }

    public bool Enabled { get; init; }

    public bool IsActiveOn(LocalDate date) => ValidFrom <= date && (ValidTo is null || ValidTo > date);

    public bool CanBePulled => Enabled && Connector is not null;
}
