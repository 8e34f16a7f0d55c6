using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Instroom.Web.Security;

/// <summary>The outcome of checking a password against a stored hash.</summary>
public enum PasswordCheck
{
    Failed,
    Succeeded,

    /// <summary>Right password, but hashed with older settings: store a new hash.</summary>
    SucceededRehashNeeded,
}

/// <summary>
/// Hashes and checks passwords of local accounts with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2 with
/// HMAC-SHA512, a random salt and the iteration count of the framework's current version), and makes one-time passwords.
/// </summary>
public sealed class PasswordHashing
{
    // Letters and digits that cannot be mistaken for one another when read from a console or a phone call: no 0/O, 1/l/I.
    private const string ReadableAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static readonly object User = new();
    private readonly PasswordHasher<object> _hasher = new();

    public string Hash(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        return _hasher.HashPassword(User, password);
    }

    public PasswordCheck Verify(string hash, string password)
    {
        if (string.IsNullOrEmpty(hash) || string.IsNullOrEmpty(password))
        {
            return PasswordCheck.Failed;
        }

        try
        {
            return _hasher.VerifyHashedPassword(User, hash, password) switch
            {
                PasswordVerificationResult.Success => PasswordCheck.Succeeded,
                PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SucceededRehashNeeded,
                _ => PasswordCheck.Failed,
            };
        }
        catch (FormatException)
        {
            // A damaged hash in the database is a failed check, not a crash of the sign-in page.
            return PasswordCheck.Failed;
        }
    }

    /// <summary>A random password of 20 readable characters in groups of five (about 116 bits), e.g. for a first start or a reset.</summary>
    public string NewOneTimePassword()
    {
        var characters = new char[23];
        var position = 0;
        for (var i = 0; i < 20; i++)
        {
            if (i > 0 && i % 5 == 0)
            {
                characters[position++] = '-';
            }

            characters[position++] = ReadableAlphabet[RandomNumberGenerator.GetInt32(ReadableAlphabet.Length)];
        }

        return new string(characters);
    }
}
