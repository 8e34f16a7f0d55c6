using Instroom.Jobs.Contract;

namespace Instroom.Jobs.Sources;

/// <summary>What one attempt to fetch a delivery from a source gave.</summary>
public abstract record FetchResult
{
    /// <summary>A payload arrived (HTTP 200, or a complete file in the landing folder).</summary>
    public sealed record Delivered(byte[] Payload, DeliveryFormat Format, string? FileName) : FetchResult;

    /// <summary>HTTP 404: nothing for that peildatum yet. Not an error; the delivery may become late.</summary>
    public sealed record NotYetAvailable : FetchResult;

    /// <summary>Any other status, a timeout, a refused connection or a body over the limit: retried with backoff.</summary>
    public sealed record TransportFailed(string Reason) : FetchResult;
}
