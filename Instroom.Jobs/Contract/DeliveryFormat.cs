namespace Instroom.Jobs.Contract;

/// <summary>The two forms of the contract; both carry the same content.</summary>
public enum DeliveryFormat
{
    Json,
    Csv,
}
