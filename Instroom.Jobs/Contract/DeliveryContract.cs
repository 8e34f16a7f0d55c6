namespace Instroom.Jobs.Contract;

/// <summary>Fixed texts and numbers of contract <c>instroom-aanlevering/1</c> (docs/contract/aanlevering-v1.md).</summary>
public static class DeliveryContract
{
    public const string SchemaName = "instroom-aanlevering/1";

    public const string CsvHeader = "leveringId;bron;peildatum;aangemaakt;gebied;indicator;maatregel;klasse;waarde";

    public const char CsvSeparator = ';';

    /// <summary>A peildatum older than this many days (before today, Europe/Amsterdam) is refused.</summary>
    public const int MaxReferenceDateAgeDays = 400;

    /// <summary>
    /// No count in youth protection comes near this; a larger number is a broken export. It also keeps every
    /// value and every class sum inside the database column (decimal(12,1)).
    /// </summary>
    public const long MaxValue = 1_000_000_000;
}
