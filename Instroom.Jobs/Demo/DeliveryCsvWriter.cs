using System.Text;
using Instroom.Data.Indicators;

namespace Instroom.Jobs.Demo;

/// <summary>
/// Writes a delivery in the contract's CSV form: UTF-8 without BOM, ';' separated, one row per value (a histogram
/// one row per class), CRLF line ends as RFC 4180 has them. No field can hold a separator or a quote, so nothing
/// is quoted.
/// </summary>
public static class DeliveryCsvWriter
{
    public const string Header = "leveringId;bron;peildatum;aangemaakt;gebied;indicator;maatregel;klasse;waarde";

    public static byte[] Write(SimulatedDelivery delivery)
    {
        var prefix = string.Join(';', ContractText.Id(delivery.LeveringId), delivery.Bron, ContractText.Date(delivery.Peildatum),
            ContractText.Instant(delivery.Aangemaakt)) + ";";
        var text = new StringBuilder(Header.Length + (delivery.ValueCount * (prefix.Length + 40)));
        text.Append(Header).Append("\r\n");
        foreach (var figure in delivery.Cijfers)
        {
            if (figure.Verdeling is { } verdeling)
            {
                for (var i = 0; i < verdeling.Count; i++)
                {
                    Row(text, prefix, figure, WaitingTimeClass.All[i].Code, ContractText.Value(verdeling[i]));
                }
            }
            else
            {
                Row(text, prefix, figure, "", ContractText.Value(figure.Waarde ?? 0));
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Row(StringBuilder text, string prefix, SimulatedFigure figure, string klasse, string waarde) =>
        text.Append(prefix).Append(figure.Gebied).Append(';').Append(figure.Indicator).Append(';')
            .Append(figure.Maatregel).Append(';').Append(klasse).Append(';').Append(waarde).Append("\r\n");
}
