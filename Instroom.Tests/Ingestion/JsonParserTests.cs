using System.Text;
using Instroom.Jobs.Contract;
using Instroom.Tests.Ingestion.Support;

namespace Instroom.Tests.Ingestion;

/// <summary>The JSON form: hardened against size, depth, duplicates, stray content, bad UTF-8 and odd numbers.</summary>
public sealed class JsonParserTests
{
    private const string Header = """
        "schema": "instroom-aanlevering/1", "leveringId": "3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10", "bron": "GI-JBBRA",
        "peildatum": "2026-11-22", "aangemaakt": "2026-11-23T01:12:09+01:00"
        """;

    private const string Stock = """{ "gebied": "GM0796", "indicator": "lopende-maatregelen", "maatregel": "OTS", "waarde": 24 }""";

    [Fact]
    public void Parse_ReadsTheContractExample()
    {
        var result = Parse(ContractExamples.Get("geldig-gi.json").ReadBytes());

        Assert.True(result.Succeeded, string.Join(" | ", result.Reasons));
        var document = result.Document;
        Assert.Equal(("instroom-aanlevering/1", "3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10", "GI-JBBRA", "2026-11-23T01:12:09+01:00"),
            (document.Schema, document.LeveringId, document.Source, document.CreatedAtText));
        Assert.Equal(ImportTestContext.Peildatum, document.ReferenceDate);
        Assert.Equal(30, document.Figures.Count);
        Assert.Equal(new DeliveryFigure(1, "GM0796", "instroomlijst", "OTS", 23, null), document.Figures[1]);
        var histogram = document.Figures[2];
        Assert.Equal((2, "instroomlijst-wachtduur", (decimal?)null), (histogram.Index, histogram.Indicator, histogram.Value));
        Assert.Equal(new long[] { 4, 3, 5, 6, 3, 2, 0 }, histogram.Distribution!.Values);
        Assert.Equal(new DeliveryFigure(27, "ORG", "verzuim-percentage", null, 7.4m, null), document.Figures[27]);
    }

    [Fact]
    public void Parse_AcceptsAByteOrderMark()
    {
        var payload = Encoding.UTF8.GetPreamble().Concat(Json(Stock)).ToArray();

        Assert.True(Parse(payload).Succeeded);
    }

    [Fact]
    public void Parse_RefusesAPayloadOverTheSizeLimit()
    {
        var payload = Json(Stock);

        var result = DeliveryParser.Parse(payload, DeliveryFormat.Json, new DeliveryLimits(MaxBytes: payload.Length - 1));

        Assert.Equal([$"de aanlevering is {payload.Length} bytes, meer dan het maximum van {payload.Length - 1} bytes"], result.Reasons);
        Assert.True(DeliveryParser.Parse(payload, DeliveryFormat.Json, new DeliveryLimits(MaxBytes: payload.Length)).Succeeded);
    }

    [Fact]
    public void Parse_RefusesNestingDeeperThanTheLimit()
    {
        var deep = new string('[', 30) + new string(']', 30);

        var result = Parse(Json(Stock, extraRoot: $"\"extra\": {deep}"));

        Assert.Contains("$.extra" + string.Concat(Enumerable.Repeat("[0]", 15)) + ": dieper genest dan 16 niveaus", result.Reasons);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Parse_AcceptsNestingUpToTheLimit()
    {
        // Root object, cijfers, a figure, its verdeling: four levels.
        var histogram = Json("""
            { "gebied": "GM0796", "indicator": "instroomlijst-wachtduur", "maatregel": "OTS",
              "verdeling": { "0-5": 1, "6-10": 0, "11-20": 0, "21-42": 0, "43-91": 0, "92-182": 0, "183+": 0 } }
            """);

        Assert.True(DeliveryParser.Parse(histogram, DeliveryFormat.Json, new DeliveryLimits(MaxDepth: 4)).Succeeded);
        Assert.False(DeliveryParser.Parse(histogram, DeliveryFormat.Json, new DeliveryLimits(MaxDepth: 3)).Succeeded);
    }

    [Fact]
    public void Parse_RefusesMoreFiguresThanTheLimit()
    {
        var payload = Json(string.Join(",", Enumerable.Repeat(Stock, 4)));

        var result = DeliveryParser.Parse(payload, DeliveryFormat.Json, new DeliveryLimits(MaxFigures: 3));

        Assert.Equal(["$.cijfers: meer dan 3 cijfers; dat is het maximum per aanlevering"], result.Reasons);
    }

    [Theory]
    [InlineData("""{ "schema": "a", "schema": "b", "cijfers": [] }""", "$: sleutel 'schema' komt meer dan eens voor")]
    [InlineData("""{ "cijfers": [ { "gebied": "GM0796", "gebied": "GM0855", "indicator": "x", "waarde": 1 } ] }""", "$.cijfers[0]: sleutel 'gebied' komt meer dan eens voor")]
    [InlineData("""{ "cijfers": [ { "gebied": "GM0796", "indicator": "x", "verdeling": { "0-5": 1, "0-5": 2 } } ] }""", "$.cijfers[0].verdeling: sleutel '0-5' komt meer dan eens voor")]
    [InlineData("""{ "extra": { "a": { "b": 1, "b": 2 } }, "cijfers": [] }""", "$.extra.a: sleutel 'b' komt meer dan eens voor")]
    public void Parse_ReportsADuplicateKey_WhereverItIs(string json, string reason) =>
        Assert.Contains(reason, Parse(Encoding.UTF8.GetBytes(json)).Reasons);

    [Theory]
    [InlineData(" x", "regel 1, positie ")]
    [InlineData("\n{}", "regel 2, positie 1")]
    [InlineData("]", "regel 1, positie ")]
    public void Parse_RefusesContentAfterTheRootObject(string trailing, string place)
    {
        var result = Parse([.. Json(Stock), .. Encoding.UTF8.GetBytes(trailing)]);

        var reason = Assert.Single(result.Reasons);
        Assert.StartsWith(place, reason, StringComparison.Ordinal);
        Assert.EndsWith("na het afsluitende '}' van het JSON-object staat nog inhoud", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AcceptsWhitespaceAfterTheRootObject() =>
        Assert.True(Parse([.. Json(Stock), .. "\r\n  \n"u8.ToArray()]).Succeeded);

    [Theory]
    [InlineData(new byte[] { 0xFF }, "0xFF")]
    [InlineData(new byte[] { 0xC3, 0x28 }, "0xC3")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "0xED")]
    [InlineData(new byte[] { 0xE2, 0x82 }, "0xE2")]
    public void Parse_RefusesInvalidUtf8_NamingTheFirstBadByte(byte[] bad, string shown)
    {
        var good = Encoding.UTF8.GetBytes("{\n  \"schema\": \"instroom-");
        var payload = good.Concat(bad).Concat("aanlevering/1\" }"u8.ToArray()).ToArray();

        Assert.Equal([$"regel 2, positie {good.Length - 2 + 1}: geen geldige UTF-8 (byte {shown}); lever UTF-8 aan"], Parse(payload).Reasons);
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("1E3")]
    [InlineData("2.5e-1")]
    [InlineData("12345678901234567890123456789012")]
    public void Parse_RefusesNumbersThatAreNotPlainDecimals(string number) =>
        Assert.Equal([$"$.cijfers[0].waarde: '{number}' is geen gewoon decimaal getal (geen exponent, hoogstens 28 cijfers)"],
            Parse(Json(Stock.Replace("24", number, StringComparison.Ordinal))).Reasons);

    [Theory]
    [InlineData("\"24\"", "$.cijfers[0].waarde: moet een getal zijn, maar is tekst")]
    [InlineData("null", "$.cijfers[0].waarde: moet een getal zijn, maar is null")]
    [InlineData("[24]", "$.cijfers[0].waarde: moet een getal zijn, maar is een lijst")]
    public void Parse_RefusesAValueThatIsNoNumber(string value, string reason) =>
        Assert.Equal([reason], Parse(Json(Stock.Replace("24", value, StringComparison.Ordinal))).Reasons);

    [Fact]
    public void Parse_ReadsPlainDecimals_Exactly()
    {
        var result = Parse(Json("""{ "gebied": "ORG", "indicator": "verzuim-percentage", "waarde": 7.4 }, { "gebied": "ORG", "indicator": "vacatures-fte", "waarde": -0.0 }"""));

        Assert.Equal([7.4m, 0m], result.Document!.Figures.Select(f => f.Value!.Value));
    }

    [Fact]
    public void Parse_ReportsEveryUnknownField_WithItsPath()
    {
        var result = Parse(Json("""{ "gebied": "GM0796", "indicator": "lopende-maatregelen", "maatregel": "OTS", "waarde": 24, "opmerking": "schatting" }""",
            extraRoot: "\"versie\": 2"));

        Assert.Equal(
        [
            "$.versie: onbekend veld; het contract kent alleen schema, leveringId, bron, peildatum, aangemaakt en cijfers",
            "$.cijfers[0].opmerking: onbekend veld; een cijfer kent alleen gebied, indicator, maatregel, waarde en verdeling",
        ], result.Reasons);
    }

    [Fact]
    public void Parse_ReportsMissingFields()
    {
        var result = Parse("""{ "schema": "instroom-aanlevering/1", "cijfers": [ { "indicator": "x", "waarde": 1 } ] }"""u8.ToArray());

        Assert.Equal(
        [
            "$.cijfers[0]: veld 'gebied' ontbreekt",
            "$: veld 'leveringId' ontbreekt",
            "$: veld 'bron' ontbreekt",
            "$: veld 'peildatum' ontbreekt",
            "$: veld 'aangemaakt' ontbreekt",
        ], result.Reasons);
    }

    [Theory]
    [InlineData("""{ "cijfers": { } }""", "$.cijfers: moet een lijst zijn, maar is een object")]
    [InlineData("""{ "cijfers": [ 1 ] }""", "$.cijfers[0]: moet een object zijn, maar is een getal")]
    [InlineData("""{ "bron": 12, "cijfers": [] }""", "$.bron: moet tekst zijn, maar is een getal")]
    [InlineData("""{ "cijfers": [ { "gebied": "GM0796", "indicator": "x", "verdeling": [1, 2] } ] }""", "$.cijfers[0].verdeling: moet een object met een aantal per klasse zijn, maar is een lijst")]
    [InlineData("""{ "cijfers": [ { "gebied": "GM0796", "indicator": "x", "verdeling": { "0-5": 1.5 } } ] }""", "$.cijfers[0].verdeling['0-5']: 1.5 is geen geheel getal; een klasse telt kinderen of zaken")]
    [InlineData("""{ "peildatum": "2026-02-30", "cijfers": [] }""", "$.peildatum: '2026-02-30' is geen geldige datum (JJJJ-MM-DD)")]
    [InlineData("""[ ]""", "$: het bestand moet één JSON-object zijn, maar begint met een lijst")]
    public void Parse_ReportsAWrongType_WithItsPath(string json, string reason) =>
        Assert.Contains(reason, Parse(Encoding.UTF8.GetBytes(json)).Reasons);

    [Theory]
    [InlineData("{ \"schema\": }", "regel 1, positie 13: geen geldige JSON")]
    [InlineData("{\n  \"schema\": \"a\",\n}", "regel 3, positie 1: geen geldige JSON")]
    [InlineData("{ \"schema\": \"a\" // comment\n}", "regel 1, positie 17: geen geldige JSON")]
    [InlineData("{ \"schema\": \"a", "regel 1, positie ")]
    [InlineData("", "het bestand is leeg; verwacht één JSON-object")]
    public void Parse_ReportsMalformedJson_WithLineAndPosition(string json, string reason) =>
        Assert.StartsWith(reason, Assert.Single(Parse(Encoding.UTF8.GetBytes(json)).Reasons), StringComparison.Ordinal);

    [Fact]
    public void Parse_RefusesAnEscapedLoneSurrogate() =>
        Assert.Contains("$.bron: bevat een ongeldige tekenreeks (losse \\u-surrogaat)",
            Parse("""{ "bron": "\ud800", "cijfers": [] }"""u8.ToArray()).Reasons);

    [Fact]
    public void Parse_KeepsLeveringIdAndPeildatum_OfABrokenDelivery()
    {
        var result = Parse(Json(Stock, extraRoot: "\"extra\": 1"));

        Assert.False(result.Succeeded);
        Assert.Equal(("3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10", ImportTestContext.Peildatum), (result.LeveringId, result.ReferenceDate!.Value));
    }

    private static DeliveryParseResult Parse(byte[] payload) => DeliveryParser.Parse(payload, DeliveryFormat.Json, DeliveryLimits.Default);

    private static byte[] Json(string figures, string? extraRoot = null) =>
        Encoding.UTF8.GetBytes($"{{ {Header.ReplaceLineEndings(" ")}, {(extraRoot is null ? "" : extraRoot + ", ")}\"cijfers\": [ {figures} ] }}");
}
