using System.Net.Http.Headers;

namespace Instroom.Jobs.Contract;

/// <summary>Recognises the contract's form from a landing file's name or an HTTP response's media type.</summary>
public static class DeliveryFormats
{
    /// <summary><c>.json</c> or <c>.csv</c> (any case); anything else, including <c>*.tmp</c>/<c>*.part</c>, is not a delivery.</summary>
    public static DeliveryFormat? FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".json" => DeliveryFormat.Json,
            ".csv" => DeliveryFormat.Csv,
            _ => null,
        };

    /// <summary><c>application/json</c> or <c>text/csv</c>, parameters such as <c>charset</c> ignored.</summary>
    public static DeliveryFormat? FromContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return null;
        }

        return parsed.MediaType?.ToLowerInvariant() switch
        {
            "application/json" => DeliveryFormat.Json,
            "text/csv" => DeliveryFormat.Csv,
            _ => null,
        };
    }

    /// <summary>The value stored in <c>delivery.format</c> and <c>quarantine.format</c>.</summary>
    public static string Code(DeliveryFormat format) => format switch
    {
        DeliveryFormat.Json => "json",
        DeliveryFormat.Csv => "csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
