using System.Globalization;
using System.Text;

namespace Instroom.Jobs.Contract;

/// <summary>How reasons quote what a delivery contained: short, on one line, readable.</summary>
internal static class ReasonText
{
    private const int MaxQuoted = 60;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The text between single quotes, cut off and with control characters made visible.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxQuoted) + 3);
        builder.Append('\'');
        foreach (var c in text.Length > MaxQuoted ? text[..MaxQuoted] : text)
        {
            builder.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        if (text.Length > MaxQuoted)
        {
            builder.Append('…');
        }

        builder.Append('\'');
        return builder.ToString();
    }

    /// <summary>A count for people: "10.485.760".</summary>
    public static string Count(long value) => value.ToString("N0", Dutch);

    /// <summary>The place of a byte offset: "regel 3, byte 57".</summary>
    public static string Place(ReadOnlySpan<byte> payload, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < payload.Length; i++)
        {
            if (payload[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return $"regel {line}, positie {offset - lineStart + 1}";
    }
}
