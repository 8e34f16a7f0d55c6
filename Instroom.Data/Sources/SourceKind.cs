namespace Instroom.Data.Sources;

/// <summary>What kind of organisation a source is; decides which indicators it may deliver.</summary>
public enum SourceKind
{
    /// <summary>Gecertificeerde instelling.</summary>
    GI,

    /// <summary>Raad voor de Kinderbescherming.</summary>
    RAAD,

    /// <summary>Veilig Thuis organisation.</summary>
    VT,
}
