using Microsoft.Extensions.Configuration;

namespace Instroom.Jobs.Sources;

/// <summary>
/// Resolves a source's bearer token: the one an administrator stored (encrypted in the database) first, else the
/// configuration key (user-secrets, environment) named by the connection.
/// </summary>
public sealed class SourceTokens(IConfiguration configuration, SourceTokenProtection protection)
{
    public string? For(SourceConnection source)
    {
        if (!string.IsNullOrWhiteSpace(source.TokenProtected))
        {
            return protection.Unprotect(source.TokenProtected);
        }

        return string.IsNullOrWhiteSpace(source.TokenSecretName) ? null : configuration[source.TokenSecretName];
    }
}
