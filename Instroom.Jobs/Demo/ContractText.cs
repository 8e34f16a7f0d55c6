using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Jobs.Demo;

/// <summary>How the contract writes dates, instants, ids and values as text (shared by the JSON and CSV forms).</summary>
internal static class ContractText
{
    private static readonly OffsetDateTimePattern InstantWithOffset =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Instant(OffsetDateTime instant) => InstantWithOffset.Format(instant);

    public static string Id(Guid id) => id.ToString("D");

    public static string Value(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Value(int value) => value.ToString(CultureInfo.InvariantCulture);
}
