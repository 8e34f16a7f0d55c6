using System.Text.Json;
using Instroom.Data.Indicators;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Jobs.Contract;

/// <summary>
/// The JSON form, read token by token with <see cref="Utf8JsonReader"/>: no document tree is built, so size and
/// depth are bounded by <see cref="DeliveryLimits"/>. Reasons name the JSON path (<c>$.cijfers[3].verdeling</c>).
/// Structural problems are collected (every unknown field, every wrong type); a syntax error ends the reading.
/// </summary>
internal sealed class JsonDeliveryReader
{
    private readonly DeliveryLimits _limits;
    private readonly List<string> _reasons = [];

    private JsonDeliveryReader(DeliveryLimits limits) => _limits = limits;

    public static DeliveryParseResult Read(ReadOnlySpan<byte> json, DeliveryLimits limits) => new JsonDeliveryReader(limits).ReadDocument(json);

    private DeliveryParseResult ReadDocument(ReadOnlySpan<byte> json)
    {
        // The reader's own depth limit is a backstop one level above ours, so our reason (with its path) comes first.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = _limits.MaxDepth + 1,
        });
        var header = new Header();
        if (json.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return DeliveryParseResult.Failure(["het bestand is leeg; verwacht één JSON-object"]);
        }

        try
        {
            reader.Read();

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return DeliveryParseResult.Failure([$"$: het bestand moet één JSON-object zijn, maar begint met {Describe(reader.TokenType)}"]);
            }

            ReadRoot(ref reader, header);
            var rest = json[(int)reader.BytesConsumed..];
            var garbage = rest.IndexOfAnyExcept(" \t\r\n"u8);
            if (garbage >= 0)
            {
                _reasons.Add($"{ReasonText.Place(json, (int)reader.BytesConsumed + garbage)}: na het afsluitende '}}' van het JSON-object staat nog inhoud");
            }
        }
        catch (JsonException exception)
        {
            _reasons.Add($"regel {(exception.LineNumber ?? 0) + 1}, positie {(exception.BytePositionInLine ?? 0) + 1}: geen geldige JSON");
        }
        catch (ReadingStopped)
        {
            // The reason is already recorded; nothing after this point can be trusted.
        }

        var referenceDate = ParseReferenceDate(header.ReferenceDate);
        if (_reasons.Count > 0 || header.Figures is null)
        {
            return DeliveryParseResult.Failure(_reasons, header.LeveringId, referenceDate);
        }

        return DeliveryParseResult.Success(new DeliveryDocument(header.Schema!, header.LeveringId!, header.Source!,
            referenceDate!.Value, header.CreatedAt!, header.Figures));
    }

    private void ReadRoot(ref Utf8JsonReader reader, Header header)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (ReadToken(ref reader) != JsonTokenType.EndObject)
        {
            var name = PropertyName(ref reader, "$", seen);
            ReadToken(ref reader);
            var path = "$." + name;
            switch (name)
            {
                case "schema":
                    header.Schema = StringValue(ref reader, path);
                    break;
                case "leveringId":
                    header.LeveringId = StringValue(ref reader, path);
                    break;
                case "bron":
                    header.Source = StringValue(ref reader, path);
                    break;
                case "peildatum":
                    header.ReferenceDate = StringValue(ref reader, path);
                    break;
                case "aangemaakt":
                    header.CreatedAt = StringValue(ref reader, path);
                    break;
                case "cijfers":
                    header.Figures = Figures(ref reader, path);
                    break;
                default:
                    _reasons.Add($"{path}: onbekend veld; het contract kent alleen schema, leveringId, bron, peildatum, aangemaakt en cijfers");
                    Skip(ref reader, path);
                    break;
            }
        }

        foreach (var (field, value) in new (string, object?)[]
                 {
                     ("schema", header.Schema), ("leveringId", header.LeveringId), ("bron", header.Source),
                     ("peildatum", header.ReferenceDate), ("aangemaakt", header.CreatedAt), ("cijfers", header.Figures),
                 })
        {
            if (value is null && !seen.Contains(field))
            {
                _reasons.Add($"$: veld '{field}' ontbreekt");
            }
        }
    }

    private List<DeliveryFigure>? Figures(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            _reasons.Add($"{path}: moet een lijst zijn, maar is {Describe(reader.TokenType)}");
            Skip(ref reader, path);
            return null;
        }

        CheckDepth(ref reader, path);
        var figures = new List<DeliveryFigure>();
        var index = 0;
        while (ReadToken(ref reader) != JsonTokenType.EndArray)
        {
            if (index >= _limits.MaxFigures)
            {
                _reasons.Add($"{path}: meer dan {ReasonText.Count(_limits.MaxFigures)} cijfers; dat is het maximum per aanlevering");
                throw new ReadingStopped();
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var figurePath = new Place(index).ToString();
                _reasons.Add($"{figurePath}: moet een object zijn, maar is {Describe(reader.TokenType)}");
                Skip(ref reader, figurePath);
            }
            else if (Figure(ref reader, index) is { } figure)
            {
                figures.Add(figure);
            }

            index++;
        }

        return figures;
    }

    /// <summary>
    /// One entry of <c>cijfers</c>. Known names are matched on the raw bytes and known codes reuse the catalogue's
    /// strings, and paths are only written out for a reason: a national delivery has tens of thousands of entries.
    /// </summary>
    private DeliveryFigure? Figure(ref Utf8JsonReader reader, int index)
    {
        CheckDepth(ref reader, new Place(index).ToString());
        var seen = FigureField.None;
        HashSet<string>? unknownSeen = null;
        string? area = null, indicator = null, measure = null;
        decimal? value = null;
        Dictionary<string, long>? distribution = null;
        var complete = true;
        while (ReadToken(ref reader) != JsonTokenType.EndObject)
        {
            var field = KnownField(ref reader);
            var name = field == FigureField.None ? Text(ref reader, new Place(index).ToString()) ?? "" : FieldName(field);
            var duplicate = field == FigureField.None ? !(unknownSeen ??= new HashSet<string>(StringComparer.Ordinal)).Add(name) : seen.HasFlag(field);
            if (duplicate)
            {
                _reasons.Add($"{new Place(index)}: sleutel {ReasonText.Quote(name)} komt meer dan eens voor");
                complete = false;
            }

            seen |= field;
            ReadToken(ref reader);
            var place = new Place(index, name);
            switch (field)
            {
                case FigureField.Area:
                    area = StringValue(ref reader, place);
                    break;
                case FigureField.Indicator:
                    indicator = StringValue(ref reader, place, IndicatorCodes);
                    break;
                case FigureField.Measure:
                    measure = StringValue(ref reader, place, MeasureCodes);
                    complete &= measure is not null;
                    break;
                case FigureField.Value:
                    value = NumberValue(ref reader, place);
                    complete &= value is not null;
                    break;
                case FigureField.Distribution:
                    distribution = Distribution(ref reader, place);
                    complete &= distribution is not null;
                    break;
                default:
                    _reasons.Add($"{place}: onbekend veld; een cijfer kent alleen gebied, indicator, maatregel, waarde en verdeling");
                    Skip(ref reader, place.ToString());
                    complete = false;
                    break;
            }
        }

        foreach (var (field, present) in new[] { (FigureField.Area, area is not null), (FigureField.Indicator, indicator is not null) })
        {
            if (!present && !seen.HasFlag(field))
            {
                _reasons.Add($"{new Place(index)}: veld '{FieldName(field)}' ontbreekt");
            }
        }

        return complete && area is not null && indicator is not null
            ? new DeliveryFigure(index, area, indicator, measure, value, distribution)
            : null;
    }

    private Dictionary<string, long>? Distribution(ref Utf8JsonReader reader, Place place)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            _reasons.Add($"{place}: moet een object met een aantal per klasse zijn, maar is {Describe(reader.TokenType)}");
            Skip(ref reader, place.ToString());
            return null;
        }

        CheckDepth(ref reader, place.ToString());
        var classes = new Dictionary<string, long>(WaitingTimeClass.All.Count, StringComparer.Ordinal);
        var complete = true;
        while (ReadToken(ref reader) != JsonTokenType.EndObject)
        {
            var name = Known(ref reader, ClassCodes) ?? Text(ref reader, place.ToString()) ?? "";
            ReadToken(ref reader);
            var classPlace = place with { Key = name };
            if (NumberValue(ref reader, classPlace) is not { } number)
            {
                complete = false;
            }
            else if (!PlainNumber.TryParseWhole(number, out var count))
            {
                _reasons.Add($"{classPlace}: {PlainNumber.Format(number)} is geen geheel getal; een klasse telt kinderen of zaken");
                complete = false;
            }
            else if (!classes.TryAdd(name, count))
            {
                _reasons.Add($"{place}: sleutel {ReasonText.Quote(name)} komt meer dan eens voor");
                complete = false;
            }
        }

        return complete ? classes : null;
    }

    private static FigureField KnownField(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("gebied"u8) ? FigureField.Area
        : reader.ValueTextEquals("indicator"u8) ? FigureField.Indicator
        : reader.ValueTextEquals("maatregel"u8) ? FigureField.Measure
        : reader.ValueTextEquals("waarde"u8) ? FigureField.Value
        : reader.ValueTextEquals("verdeling"u8) ? FigureField.Distribution
        : FigureField.None;

    private static string FieldName(FigureField field) => field switch
    {
        FigureField.Area => "gebied",
        FigureField.Indicator => "indicator",
        FigureField.Measure => "maatregel",
        FigureField.Value => "waarde",
        FigureField.Distribution => "verdeling",
        _ => "",
    };

    /// <summary>The known string equal to the current token, so repeated codes share one string; null if none is.</summary>
    private static string? Known(ref Utf8JsonReader reader, string[] codes)
    {
        foreach (var code in codes)
        {
            if (reader.ValueTextEquals(code))
            {
                return code;
            }
        }

        return null;
    }

    private string PropertyName(ref Utf8JsonReader reader, string path, HashSet<string> seen)
    {
        var name = Text(ref reader, path) ?? "";
        if (!seen.Add(name))
        {
            _reasons.Add($"{path}: sleutel {ReasonText.Quote(name)} komt meer dan eens voor");
        }

        return name;
    }

    private string? StringValue(ref Utf8JsonReader reader, Place place, string[]? knownCodes = null)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return (knownCodes is null ? null : Known(ref reader, knownCodes)) ?? Text(ref reader, place.ToString());
        }

        _reasons.Add($"{place}: moet tekst zijn, maar is {Describe(reader.TokenType)}");
        Skip(ref reader, place.ToString());
        return null;
    }

    private decimal? NumberValue(ref Utf8JsonReader reader, Place place)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            _reasons.Add($"{place}: moet een getal zijn, maar is {Describe(reader.TokenType)}");
            Skip(ref reader, place.ToString());
            return null;
        }

        if (PlainNumber.TryParse(reader.ValueSpan, out var value))
        {
            return value;
        }

        _reasons.Add($"{place}: {ReasonText.Quote(System.Text.Encoding.UTF8.GetString(reader.ValueSpan))} is geen gewoon decimaal getal (geen exponent, hoogstens 28 cijfers)");
        return null;
    }

    private string? StringValue(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Text(ref reader, path);
        }

        _reasons.Add($"{path}: moet tekst zijn, maar is {Describe(reader.TokenType)}");
        Skip(ref reader, path);
        return null;
    }

    private string? Text(ref Utf8JsonReader reader, string path)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate (\ud800) is valid JSON syntax but no text.
            _reasons.Add($"{path}: bevat een ongeldige tekenreeks (losse \\u-surrogaat)");
            return null;
        }
    }

    /// <summary>Walks a value nobody asked for, still enforcing the depth limit and unique keys inside it.</summary>
    private void Skip(ref Utf8JsonReader reader, string path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                CheckDepth(ref reader, path);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (ReadToken(ref reader) != JsonTokenType.EndObject)
                {
                    var name = PropertyName(ref reader, path, seen);
                    ReadToken(ref reader);
                    Skip(ref reader, path + "." + name);
                }

                break;
            case JsonTokenType.StartArray:
                CheckDepth(ref reader, path);
                var index = 0;
                while (ReadToken(ref reader) != JsonTokenType.EndArray)
                {
                    Skip(ref reader, $"{path}[{index++}]");
                }

                break;
        }
    }

    private void CheckDepth(ref Utf8JsonReader reader, string path)
    {
        // CurrentDepth of a container's start token is the number of containers around it.
        if (reader.CurrentDepth + 1 > _limits.MaxDepth)
        {
            _reasons.Add($"{path}: dieper genest dan {_limits.MaxDepth} niveaus");
            throw new ReadingStopped();
        }
    }

    private static JsonTokenType ReadToken(ref Utf8JsonReader reader)
    {
        // Inside a container the reader itself throws when the data ends; this is the backstop for that promise.
        if (!reader.Read())
        {
            throw new JsonException("Unexpected end of data.", null, 0, reader.BytesConsumed);
        }

        return reader.TokenType;
    }

    private LocalDate? ParseReferenceDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        _reasons.Add($"$.peildatum: {ReasonText.Quote(text)} is geen geldige datum (JJJJ-MM-DD)");
        return null;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "een object",
        JsonTokenType.StartArray => "een lijst",
        JsonTokenType.String => "tekst",
        JsonTokenType.Number => "een getal",
        JsonTokenType.True or JsonTokenType.False => "true/false",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static readonly string[] IndicatorCodes = IndicatorCatalogue.All.Select(i => i.Code).ToArray();
    private static readonly string[] MeasureCodes = [.. Measure.All];
    private static readonly string[] ClassCodes = WaitingTimeClass.All.Select(c => c.Code).ToArray();

    [Flags]
    private enum FigureField
    {
        None = 0,
        Area = 1,
        Indicator = 2,
        Measure = 4,
        Value = 8,
        Distribution = 16,
    }

    /// <summary>A place inside <c>cijfers</c>, written out as a JSON path only when a reason needs it.</summary>
    private readonly record struct Place(int Figure, string? Field = null, string? Key = null)
    {
        public override string ToString() =>
            $"$.cijfers[{Figure}]{(Field is null ? "" : "." + Field)}{(Key is null ? "" : $"['{Key}']")}";
    }

    private sealed class Header
    {
        public string? Schema { get; set; }

        public string? LeveringId { get; set; }

        public string? Source { get; set; }

        public string? ReferenceDate { get; set; }

        public string? CreatedAt { get; set; }

        public List<DeliveryFigure>? Figures { get; set; }
    }

    /// <summary>Ends the reading after a limit was hit; the reason is recorded before it is thrown.</summary>
    private sealed class ReadingStopped : Exception;
}
