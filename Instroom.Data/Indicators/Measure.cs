namespace Instroom.Data.Indicators;

/// <summary>The court-ordered measures of the contract's <c>maatregel</c> field.</summary>
public static class Measure
{
    public const string Ots = "OTS";
    public const string Vots = "VOTS";
    public const string Voogdij = "VOOGDIJ";
    public const string Jr = "JR";

    /// <summary>Stored for figures without a measure dimension (the key column cannot be NULL).</summary>
    public const string None = "";

    public static readonly IReadOnlyList<string> All = [Ots, Vots, Voogdij, Jr];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);

    public static string Label(string code) => code switch
    {
        Ots => "Ondertoezichtstelling (OTS)",
        Vots => "Voorlopige OTS",
        Voogdij => "Voogdij",
        Jr => "Jeugdreclassering",
        None => "Alle maatregelen",
        _ => code,
    };
}
