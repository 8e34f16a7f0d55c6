namespace Instroom.Jobs.Contract;

/// <summary>
/// Bounds on what the parser will read, so a broken or hostile delivery costs a reason, not the process.
/// <see cref="MaxFigures"/> counts entries of <c>cijfers</c> (a histogram is one entry; in CSV its class rows
/// together are one entry). <see cref="MaxDepth"/> counts nested JSON objects and arrays, the root included.
/// </summary>
public sealed record DeliveryLimits(int MaxBytes = 10 * 1024 * 1024, int MaxFigures = 200_000, int MaxDepth = 16)
{
    public static readonly DeliveryLimits Default = new();
}
