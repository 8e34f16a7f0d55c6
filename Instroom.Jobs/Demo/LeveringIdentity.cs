using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Jobs.Demo;

/// <summary>
/// The demo's leveringId: a name-based UUID version 5 (RFC 9562) of seed, source, peildatum and version, so the same
/// delivery always has the same id (a re-pull is a no-op) and a correction (a higher version) gets a new one.
/// </summary>
public static class LeveringIdentity
{
    /// <summary>The namespace of Instroom's demo deliveries (a fixed random UUID).</summary>
    private static readonly Guid Namespace = new("8a1f4c36-2d5e-4b7a-9c0e-61f2d3b4a597");

    public static Guid For(int seed, string bron, LocalDate peildatum, int version)
    {
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{seed}|{bron}|{LocalDatePattern.Iso.Format(peildatum)}|{version}");
        return NameBased(Namespace, name);
    }

    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "UUID version 5 is defined on SHA-1; the id is an identifier, not a security measure.")]
    internal static Guid NameBased(Guid namespaceId, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);

        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        var uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50); // version 5
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(uuid, bigEndian: true);
    }
}
