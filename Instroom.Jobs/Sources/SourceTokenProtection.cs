using Microsoft.AspNetCore.DataProtection;

namespace Instroom.Jobs.Sources;

/// <summary>
/// Encrypts the bearer tokens administrators enter before they reach the database (column
/// <c>source_connection.token_protected</c>), with ASP.NET Core Data Protection and a purpose of their own, so a copy of
/// the database alone does not give away a source's token and no other protected payload can be read as a token.
/// </summary>
public sealed class SourceTokenProtection(IDataProtectionProvider provider)
{
    public const string Purpose = "Instroom.Bronnen.Token.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return _protector.Protect(token);
    }

    public string Unprotect(string protectedToken) => _protector.Unprotect(protectedToken);
}
