using System.Globalization;
using System.Text;
using System.Text.Json;
using Instroom.Data.Indicators;
using Instroom.Jobs.Contract;
using NodaTime.Text;

namespace Instroom.Tests.Ingestion.Support;

/// <summary>Writes a document in the contract's JSON or CSV form, the way a source would, for tests to import.</summary>
internal static class DeliveryPayload
{
    public static byte[] Write(DeliveryDocument document, DeliveryFormat format) =>
        format == DeliveryFormat.Json ? Json(document) : Csv(document);

    public static byte[] Json(DeliveryDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", document.Schema);
            writer.WriteString("leveringId", document.LeveringId);
            writer.WriteString("bron", document.Source);
            writer.WriteString("peildatum", LocalDatePattern.Iso.Format(document.ReferenceDate));
            writer.WriteString("aangemaakt", document.CreatedAtText);
            writer.WriteStartArray("cijfers");
            foreach (var figure in document.Figures)
            {
                writer.WriteStartObject();
                writer.WriteString("gebied", figure.Area);
                writer.WriteString("indicator", figure.Indicator);
                if (figure.Measure is not null)
                {
                    writer.WriteString("maatregel", figure.Measure);
                }

                if (figure.Value is { } value)
                {
                    writer.WriteNumber("waarde", value);
                }

                if (figure.Distribution is { } classes)
                {
                    writer.WriteStartObject("verdeling");
                    foreach (var (code, count) in classes)
                    {
                        writer.WriteNumber(code, count);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static byte[] Csv(DeliveryDocument document)
    {
        var text = new StringBuilder(DeliveryContract.CsvHeader).Append("\r\n");
        var header = string.Join(';', document.LeveringId, document.Source, LocalDatePattern.Iso.Format(document.ReferenceDate), document.CreatedAtText);
        foreach (var figure in document.Figures)
        {
            if (figure.Distribution is { } classes)
            {
                foreach (var (code, count) in classes)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{header};{figure.Area};{figure.Indicator};{figure.Measure};{code};{count}\r\n");
                }
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"{header};{figure.Area};{figure.Indicator};{figure.Measure};;{figure.Value}\r\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The rows a document becomes in the figure table: (area code, indicator, measure, class, value).</summary>
    public static IReadOnlyList<StoredFigure> ExpectedRows(DeliveryDocument document) =>
        document.Figures
            .SelectMany(figure => figure.Distribution is { } classes
                ? classes.Where(c => c.Value != 0).Select(c => new StoredFigure(AreaOf(figure), figure.Indicator, figure.Measure ?? "", c.Key, c.Value))
                : [new StoredFigure(AreaOf(figure), figure.Indicator, figure.Measure ?? "", "", figure.Value!.Value)])
            .Order()
            .ToList();

    private static string AreaOf(DeliveryFigure figure) => figure.Area == IndicatorCatalogue.OrganisationArea ? "NL" : figure.Area;
}

/// <summary>One stored figure row, comparable and sortable.</summary>
internal sealed record StoredFigure(string Area, string Indicator, string Measure, string Class, decimal Value) : IComparable<StoredFigure>
{
    public int CompareTo(StoredFigure? other) =>
        other is null ? 1 : string.CompareOrdinal(ToString(), other.ToString());

    public override string ToString() => $"{Area}|{Indicator}|{Measure}|{Class}|{Value.ToString("0.0", CultureInfo.InvariantCulture)}";
}
