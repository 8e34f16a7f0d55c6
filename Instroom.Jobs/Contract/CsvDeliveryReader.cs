using Instroom.Data.Text;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Jobs.Contract;

/// <summary>
/// The CSV form: one row per value, a histogram one row per class. Rows of one histogram (same gebied, indicator,
/// maatregel, with a klasse) become one <see cref="DeliveryFigure"/> at the line of its first row. Reasons name
/// the line (<c>regel 12</c>); every row is checked before giving up.
/// </summary>
internal sealed class CsvDeliveryReader
{
    private const int FieldCount = 9;

    private static readonly string[] HeaderFields = DeliveryContract.CsvHeader.Split(DeliveryContract.CsvSeparator);

    private readonly List<string> _reasons = [];

    public static DeliveryParseResult Read(string text, DeliveryLimits limits) => new CsvDeliveryReader().ReadDocument(text, limits);

    private DeliveryParseResult ReadDocument(string text, DeliveryLimits limits)
    {
        // Every figure may be a histogram of seven rows; the row limit only bounds memory, the figure limit is below.
        var maxRows = (int)Math.Min((long)limits.MaxFigures * 7 + 1, int.MaxValue);
        var csv = CsvReader.Parse(text, DeliveryContract.CsvSeparator, maxRows);
        if (!csv.Succeeded)
        {
            return DeliveryParseResult.Failure([$"regel {csv.ErrorLine}: {csv.Error}"]);
        }

        if (csv.Rows.Count == 0)
        {
            return DeliveryParseResult.Failure([$"het bestand is leeg; verwacht de kopregel {DeliveryContract.CsvHeader}"]);
        }

        var header = csv.Rows[0];
        if (!header.Fields.SequenceEqual(HeaderFields, StringComparer.Ordinal))
        {
            return DeliveryParseResult.Failure(
                [$"regel {header.Line}: de kopregel moet precies '{DeliveryContract.CsvHeader}' zijn, maar is {ReasonText.Quote(string.Join(DeliveryContract.CsvSeparator, header.Fields))}"]);
        }

        if (csv.Rows.Count == 1)
        {
            return DeliveryParseResult.Failure([$"regel {header.Line}: het bestand heeft alleen een kopregel en geen cijfers"]);
        }

        var first = csv.Rows[1];
        var figures = ReadRows(csv.Rows.Skip(1), first);
        var referenceDate = first.Fields.Length == FieldCount ? ParseReferenceDate(first) : null;
        if (figures.Count > limits.MaxFigures)
        {
            _reasons.Add($"meer dan {ReasonText.Count(limits.MaxFigures)} cijfers; dat is het maximum per aanlevering");
        }

        var leveringId = first.Fields.Length == FieldCount ? first.Fields[0] : null;
        if (_reasons.Count > 0 || referenceDate is null)
        {
            return DeliveryParseResult.Failure(_reasons, leveringId, referenceDate);
        }

        return DeliveryParseResult.Success(new DeliveryDocument(DeliveryContract.SchemaName, first.Fields[0], first.Fields[1],
            referenceDate.Value, first.Fields[3], figures));
    }

    private List<DeliveryFigure> ReadRows(IEnumerable<CsvRow> rows, CsvRow first)
    {
        var figures = new List<DeliveryFigure>();
        var histograms = new Dictionary<(string Area, string Indicator, string Measure), Histogram>();
        foreach (var row in rows)
        {
            if (row.Fields.Length != FieldCount)
            {
                _reasons.Add($"regel {row.Line}: {row.Fields.Length} velden, verwacht {FieldCount} (gescheiden door '{DeliveryContract.CsvSeparator}')");
                continue;
            }

            CompareHeaderFields(row, first);
            var (area, indicator, measure, @class, value) = (row.Fields[4], row.Fields[5], row.Fields[6], row.Fields[7], row.Fields[8]);
            if (area.Length == 0 || indicator.Length == 0)
            {
                _reasons.Add($"regel {row.Line}: {(area.Length == 0 ? "gebied" : "indicator")} is leeg");
                continue;
            }

            if (@class.Length == 0)
            {
                var number = Number(row, value, allowEmpty: true);
                figures.Add(new DeliveryFigure(row.Line, area, indicator, NullIfEmpty(measure), number, null));
                continue;
            }

            if (Number(row, value, allowEmpty: false) is not { } count)
            {
                continue;
            }

            if (!PlainNumber.TryParseWhole(count, out var whole))
            {
                _reasons.Add($"regel {row.Line}: waarde {PlainNumber.Format(count)} van klasse {ReasonText.Quote(@class)} is geen geheel getal");
                continue;
            }

            var key = (area, indicator, measure);
            if (!histograms.TryGetValue(key, out var histogram))
            {
                histogram = new Histogram(row.Line, new Dictionary<string, long>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));
                histograms.Add(key, histogram);
                figures.Add(new DeliveryFigure(row.Line, area, indicator, NullIfEmpty(measure), null, histogram.Classes));
            }

            if (histogram.Lines.TryGetValue(@class, out var earlier))
            {
                _reasons.Add($"regel {row.Line}: klasse {ReasonText.Quote(@class)} voor {area}/{indicator}{(measure.Length > 0 ? "/" + measure : "")} staat ook op regel {earlier}");
                continue;
            }

            histogram.Classes.Add(@class, whole);
            histogram.Lines.Add(@class, row.Line);
        }

        return figures;
    }

    private void CompareHeaderFields(CsvRow row, CsvRow first)
    {
        if (ReferenceEquals(row, first) || first.Fields.Length != FieldCount)
        {
            return;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!string.Equals(row.Fields[i], first.Fields[i], StringComparison.Ordinal))
            {
                _reasons.Add($"regel {row.Line}: {HeaderFields[i]} {ReasonText.Quote(row.Fields[i])} wijkt af van regel {first.Line} ({ReasonText.Quote(first.Fields[i])}); {HeaderFields[i]} is op alle regels gelijk");
            }
        }
    }

    private decimal? Number(CsvRow row, string text, bool allowEmpty)
    {
        if (text.Length == 0)
        {
            if (!allowEmpty)
            {
                _reasons.Add($"regel {row.Line}: waarde is leeg");
            }

            return null;
        }

        if (PlainNumber.TryParse(text, out var value))
        {
            return value;
        }

        var hint = text.Contains(',', StringComparison.Ordinal) ? " (gebruik een punt als decimaalteken)" : "";
        _reasons.Add($"regel {row.Line}: waarde {ReasonText.Quote(text)} is geen gewoon decimaal getal{hint}");
        return null;
    }

    private LocalDate? ParseReferenceDate(CsvRow first)
    {
        var parsed = LocalDatePattern.Iso.Parse(first.Fields[2]);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        _reasons.Add($"regel {first.Line}: peildatum {ReasonText.Quote(first.Fields[2])} is geen geldige datum (JJJJ-MM-DD)");
        return null;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private sealed record Histogram(int Line, Dictionary<string, long> Classes, Dictionary<string, int> Lines);
}
