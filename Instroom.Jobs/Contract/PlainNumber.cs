using System.Globalization;

namespace Instroom.Jobs.Contract;

/// <summary>
/// The contract's numbers: an optional minus, digits, and optionally a point with digits. No exponent, no plus,
/// no thousands separators, no decimal comma — so a value means the same to every tool that reads it.
/// </summary>
internal static class PlainNumber
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out decimal value)
    {
        value = 0;
        return IsPlain(utf8) && decimal.TryParse(utf8, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        return IsPlain(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A whole number within <see cref="long"/>, written as a plain number (a zero fraction is allowed).</summary>
    public static bool TryParseWhole(decimal value, out long whole)
    {
        whole = 0;
        if (decimal.Truncate(value) != value || value < long.MinValue || value > long.MaxValue)
        {
            return false;
        }

        whole = (long)value;
        return true;
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsPlain<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IEquatable<T>, IConvertible
    {
        var i = 0;
        if (text.Length > 0 && At(text, 0) == '-')
        {
            i++;
        }

        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(At(text, i)))
        {
            i++;
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (At(text, i) != '.')
        {
            return false;
        }

        i++;
        var fraction = 0;
        while (i < text.Length && char.IsAsciiDigit(At(text, i)))
        {
            i++;
            fraction++;
        }

        return fraction > 0 && i == text.Length;
    }

    private static char At<T>(ReadOnlySpan<T> text, int index)
        where T : unmanaged, IEquatable<T>, IConvertible => text[index].ToChar(CultureInfo.InvariantCulture);
}
