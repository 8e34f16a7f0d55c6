using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Instroom.Data.Indicators;

namespace Instroom.Jobs.Demo;

/// <summary>Writes a delivery in the contract's JSON form, field names and order exactly as the contract shows.</summary>
public static class DeliveryJsonWriter
{
    // The relaxed encoder leaves '+' alone ("183+", "+01:00"); the output is never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonEncodedText[] ClassNames =
        WaitingTimeClass.All.Select(c => JsonEncodedText.Encode(c.Code, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)).ToArray();

    public static byte[] Write(SimulatedDelivery delivery)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (delivery.Cijfers.Count * 96));
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", SimulatedDelivery.Schema);
            json.WriteString("leveringId", ContractText.Id(delivery.LeveringId));
            json.WriteString("bron", delivery.Bron);
            json.WriteString("peildatum", ContractText.Date(delivery.Peildatum));
            json.WriteString("aangemaakt", ContractText.Instant(delivery.Aangemaakt));
            json.WriteStartArray("cijfers");
            foreach (var figure in delivery.Cijfers)
            {
                WriteFigure(json, figure);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteFigure(Utf8JsonWriter json, SimulatedFigure figure)
    {
        json.WriteStartObject();
        json.WriteString("gebied", figure.Gebied);
        json.WriteString("indicator", figure.Indicator);
        if (figure.Maatregel is { } maatregel)
        {
            json.WriteString("maatregel", maatregel);
        }

        if (figure.Verdeling is { } verdeling)
        {
            json.WriteStartObject("verdeling");
            for (var i = 0; i < verdeling.Count; i++)
            {
                json.WriteNumber(ClassNames[i], verdeling[i]);
            }

            json.WriteEndObject();
        }
        else
        {
            json.WriteNumber("waarde", figure.Waarde ?? 0);
        }

        json.WriteEndObject();
    }
}
