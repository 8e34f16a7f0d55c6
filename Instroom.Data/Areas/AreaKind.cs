namespace Instroom.Data.Areas;

/// <summary>The kinds of area Instroom knows; stored as the Dutch word in <c>area.kind</c>.</summary>
public static class AreaKind
{
    public const string Gemeente = "gemeente";
    public const string Jeugdregio = "jeugdregio";
    public const string Toezichtregio = "toezichtregio";
    public const string VeiligThuisRegio = "veiligthuisregio";
    public const string Veiligheidsregio = "veiligheidsregio";
    public const string Provincie = "provincie";
    public const string Land = "land";

    /// <summary>Code of the one national area every gemeente belongs to.</summary>
    public const string NationalCode = "NL";
}
