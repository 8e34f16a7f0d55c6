using Microsoft.Extensions.Configuration;

namespace Instroom.Jobs.Sources;

/// <summary>Resolves a source's bearer token from configuration (user-secrets, environment) by its secret name.</summary>
public sealed class SourceTokens(IConfiguration configuration)
{
    public string? For(SourceConnection source) =>
        string.IsNullOrWhiteSpace(source.TokenSecretName) ? null : configuration[source.TokenSecretName];
}
