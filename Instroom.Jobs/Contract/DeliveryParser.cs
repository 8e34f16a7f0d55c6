using System.Text;
using System.Text.Unicode;

namespace Instroom.Jobs.Contract;

/// <summary>
/// Reads a delivery in either form into a <see cref="DeliveryDocument"/>, or says in Dutch, with the place, why it
/// cannot: too large, not UTF-8, not well-formed, unknown or duplicate fields, wrong types, numbers that are not
/// plain decimals. Whether the content obeys the contract's rules is the <see cref="DeliveryValidator"/>'s job.
/// Never throws for anything in the payload.
/// </summary>
public static class DeliveryParser
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static DeliveryParseResult Parse(ReadOnlySpan<byte> payload, DeliveryFormat format, DeliveryLimits limits)
    {
        if (payload.Length > limits.MaxBytes)
        {
            return DeliveryParseResult.Failure(
                [$"de aanlevering is {ReasonText.Count(payload.Length)} bytes, meer dan het maximum van {ReasonText.Count(limits.MaxBytes)} bytes"]);
        }

        if (!Utf8.IsValid(payload))
        {
            var offset = FirstInvalidUtf8(payload);
            return DeliveryParseResult.Failure(
                [$"{ReasonText.Place(payload, offset)}: geen geldige UTF-8 (byte 0x{payload[offset]:X2}); lever UTF-8 aan"]);
        }

        var body = payload.StartsWith(Utf8Bom) ? payload[Utf8Bom.Length..] : payload;
        return format switch
        {
            DeliveryFormat.Json => JsonDeliveryReader.Read(body, limits),
            DeliveryFormat.Csv => CsvDeliveryReader.Read(Encoding.UTF8.GetString(body), limits),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> payload)
    {
        var offset = 0;
        while (offset < payload.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(payload[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return payload.Length - 1;
    }
}
