namespace Instroom.Data.Rollups;

/// <summary>Codes of the figures a rollup derives from the contract's indicators.</summary>
public static class RollupIndicator
{
    /// <summary>
    /// Children without a vaste jeugdbeschermer: instroomlijst + doorstroomlijst (the figure the inspecties and the
    /// ministry follow), with its share of lopende maatregelen and the waiting times of both lists together.
    /// </summary>
    public const string ZonderVasteJeugdbeschermer = "zonder-vaste-jeugdbeschermer";

    public const string ZonderVasteJeugdbeschermerLabel = "Zonder vaste jeugdbeschermer (instroomlijst + doorstroomlijst)";
}
