using System.Text;
using Instroom.Jobs.Contract;
using Instroom.Tests.Ingestion.Support;

namespace Instroom.Tests.Ingestion;

/// <summary>The CSV form: exact header, nine fields, strict quoting, histograms grouped, header fields equal on every row.</summary>
public sealed class CsvParserTests
{
    private const string Head = "3f0d8a4e-6c1b-4a57-9a5e-2f6f1d7c9b10;GI-JBBRA;2026-11-22;2026-11-23T01:12:09+01:00";

    [Fact]
    public void Parse_ReadsTheCsvExample_AsTheSameDocumentAsTheJsonExample()
    {
        var csv = DeliveryParser.Parse(ContractExamples.Get("geldig-gi.csv").ReadBytes(), DeliveryFormat.Csv, DeliveryLimits.Default);
        var json = DeliveryParser.Parse(ContractExamples.Get("geldig-gi.json").ReadBytes(), DeliveryFormat.Json, DeliveryLimits.Default);

        Assert.True(csv.Succeeded, string.Join(" | ", csv.Reasons));
        Assert.Equal(Comparable(json.Document!), Comparable(csv.Document));
    }

    [Fact]
    public void Parse_GroupsTheRowsOfAHistogram_IntoOneFigureAtItsFirstLine()
    {
        var result = Parse(
            "GM0796;instroomlijst;OTS;;3",
            "GM0796;instroomlijst-wachtduur;OTS;0-5;1",
            "GM0796;instroomlijst-wachtduur;OTS;6-10;2",
            "GM0796;instroomlijst-wachtduur;JR;0-5;5",
            "GM0796;instroomlijst-wachtduur;OTS;183+;0");

        Assert.True(result.Succeeded, string.Join(" | ", result.Reasons));
        Assert.Equal([2, 3, 5], result.Document.Figures.Select(f => f.Index));
        var ots = result.Document.Figures[1];
        Assert.Equal(("OTS", (decimal?)null), (ots.Measure, ots.Value));
        Assert.Equal(new Dictionary<string, long> { ["0-5"] = 1, ["6-10"] = 2, ["183+"] = 0 }, ots.Distribution);
        Assert.Equal(new Dictionary<string, long> { ["0-5"] = 5 }, result.Document.Figures[2].Distribution);
    }

    [Fact]
    public void Parse_LeavesMeasureOut_WhenItsFieldIsEmpty()
    {
        var result = Parse("ORG;verzuim-percentage;;;7.4");

        Assert.Equal(new DeliveryFigure(2, "ORG", "verzuim-percentage", null, 7.4m, null), Assert.Single(result.Document!.Figures));
    }

    [Fact]
    public void Parse_AcceptsAByteOrderMark_QuotedFields_AndLfLineEnds()
    {
        var text = "\uFEFF" + DeliveryContract.CsvHeader + "\n" + Head + ";\"GM0796\";\"lopende-maatregelen\";OTS;;\"24\"\n";

        var result = DeliveryParser.Parse(Encoding.UTF8.GetBytes(text), DeliveryFormat.Csv, DeliveryLimits.Default);

        Assert.Equal(new DeliveryFigure(2, "GM0796", "lopende-maatregelen", "OTS", 24, null), Assert.Single(result.Document!.Figures));
    }

    [Theory]
    [InlineData("levering_id;bron;peildatum;aangemaakt;gebied;indicator;maatregel;klasse;waarde")]
    [InlineData("leveringId,bron,peildatum,aangemaakt,gebied,indicator,maatregel,klasse,waarde")]
    [InlineData("leveringId;bron;peildatum;aangemaakt;gebied;indicator;maatregel;klasse;waarde;opmerking")]
    [InlineData("LEVERINGID;BRON;PEILDATUM;AANGEMAAKT;GEBIED;INDICATOR;MAATREGEL;KLASSE;WAARDE")]
    public void Parse_RefusesAHeaderThatIsNotExactlyTheContracts(string header)
    {
        var result = DeliveryParser.Parse(Encoding.UTF8.GetBytes(header + "\r\n" + Head + ";GM0796;lopende-maatregelen;OTS;;24\r\n"),
            DeliveryFormat.Csv, DeliveryLimits.Default);

        Assert.Equal([$"regel 1: de kopregel moet precies '{DeliveryContract.CsvHeader}' zijn, maar is '{header[..Math.Min(60, header.Length)]}{(header.Length > 60 ? "…" : "")}'"],
            result.Reasons);
    }

    [Fact]
    public void Parse_ReportsEveryRowWithTheWrongNumberOfFields()
    {
        var result = Parse("GM0796;lopende-maatregelen;OTS;;24", "GM0796;instroomlijst;OTS;20", "GM0855;lopende-maatregelen;OTS;;31;x");

        Assert.Equal(["regel 3: 8 velden, verwacht 9 (gescheiden door ';')", "regel 4: 10 velden, verwacht 9 (gescheiden door ';')"], result.Reasons);
    }

    [Theory]
    [InlineData("GM0796;lopende-maatregelen;O\"TS;;24", "regel 3: aanhalingsteken midden in een veld")]
    [InlineData("GM0796;lopende-maatregelen;\"OTS\"x;;24", "regel 3: tekst na een afsluitend aanhalingsteken")]
    [InlineData("GM0796;lopende-maatregelen;\"OTS;;24", "regel 3: aanhalingsteken niet afgesloten")]
    public void Parse_ReportsAQuotingError_WithItsLine(string row, string reason) =>
        Assert.Equal([reason], Parse("GM0855;lopende-maatregelen;OTS;;31", row).Reasons);

    [Theory]
    [InlineData(0, "leveringId", "9b2e0c4d-0000-4000-8000-000000000001")]
    [InlineData(1, "bron", "GI-JBN")]
    [InlineData(2, "peildatum", "2026-11-21")]
    [InlineData(3, "aangemaakt", "2026-11-23T01:12:10+01:00")]
    public void Parse_RefusesRowsThatDisagreeOnAHeaderField(int field, string name, string other)
    {
        var fields = Head.Split(';');
        var before = fields[field];
        fields[field] = other;
        var text = $"{DeliveryContract.CsvHeader}\r\n{Head};GM0796;lopende-maatregelen;OTS;;24\r\n{string.Join(';', fields)};GM0855;lopende-maatregelen;OTS;;31\r\n";

        var result = DeliveryParser.Parse(Encoding.UTF8.GetBytes(text), DeliveryFormat.Csv, DeliveryLimits.Default);

        Assert.Equal([$"regel 3: {name} '{other}' wijkt af van regel 2 ('{before}'); {name} is op alle regels gelijk"], result.Reasons);
    }

    [Fact]
    public void Parse_RefusesAClassDeliveredTwice() =>
        Assert.Equal(["regel 4: klasse '0-5' voor GM0796/instroomlijst-wachtduur/OTS staat ook op regel 2"],
            Parse("GM0796;instroomlijst-wachtduur;OTS;0-5;1", "GM0796;instroomlijst-wachtduur;OTS;6-10;1", "GM0796;instroomlijst-wachtduur;OTS;0-5;2").Reasons);

    [Theory]
    [InlineData("GM0796;lopende-maatregelen;OTS;;12,5", "regel 2: waarde '12,5' is geen gewoon decimaal getal (gebruik een punt als decimaalteken)")]
    [InlineData("GM0796;lopende-maatregelen;OTS;;1e3", "regel 2: waarde '1e3' is geen gewoon decimaal getal")]
    [InlineData("GM0796;lopende-maatregelen;OTS;; 24", "regel 2: waarde ' 24' is geen gewoon decimaal getal")]
    [InlineData("GM0796;instroomlijst-wachtduur;OTS;0-5;", "regel 2: waarde is leeg")]
    [InlineData("GM0796;instroomlijst-wachtduur;OTS;0-5;1.5", "regel 2: waarde 1.5 van klasse '0-5' is geen geheel getal")]
    [InlineData(";lopende-maatregelen;OTS;;24", "regel 2: gebied is leeg")]
    [InlineData("GM0796;;OTS;;24", "regel 2: indicator is leeg")]
    public void Parse_RefusesAValueOrKeyThatCannotBeRead(string row, string reason) =>
        Assert.Equal([reason], Parse(row).Reasons);

    [Fact]
    public void Parse_KeepsAMissingValueForTheValidator()
    {
        var figure = Assert.Single(Parse("GM0796;lopende-maatregelen;OTS;;").Document!.Figures);

        Assert.Null(figure.Value);
    }

    [Fact]
    public void Parse_RefusesAPeildatumThatIsNoDate() =>
        Assert.Equal(["regel 2: peildatum '22-11-2026' is geen geldige datum (JJJJ-MM-DD)"],
            DeliveryParser.Parse(Encoding.UTF8.GetBytes($"{DeliveryContract.CsvHeader}\r\n{Head.Replace("2026-11-22", "22-11-2026", StringComparison.Ordinal)};GM0796;lopende-maatregelen;OTS;;24\r\n"),
                DeliveryFormat.Csv, DeliveryLimits.Default).Reasons);

    [Theory]
    [InlineData("", "het bestand is leeg; verwacht de kopregel leveringId;bron;peildatum;aangemaakt;gebied;indicator;maatregel;klasse;waarde")]
    [InlineData(DeliveryContract.CsvHeader + "\r\n", "regel 1: het bestand heeft alleen een kopregel en geen cijfers")]
    public void Parse_RefusesAFileWithoutFigures(string text, string reason) =>
        Assert.Equal([reason], DeliveryParser.Parse(Encoding.UTF8.GetBytes(text), DeliveryFormat.Csv, DeliveryLimits.Default).Reasons);

    [Fact]
    public void Parse_RefusesMoreFiguresThanTheLimit() =>
        Assert.Equal(["meer dan 2 cijfers; dat is het maximum per aanlevering"],
            DeliveryParser.Parse(Csv("GM0796;lopende-maatregelen;OTS;;1", "GM0855;lopende-maatregelen;OTS;;1", "GM0772;lopende-maatregelen;OTS;;1"),
                DeliveryFormat.Csv, new DeliveryLimits(MaxFigures: 2)).Reasons);

    private static DeliveryParseResult Parse(params string[] rows) => DeliveryParser.Parse(Csv(rows), DeliveryFormat.Csv, DeliveryLimits.Default);

    private static byte[] Csv(params string[] rows) =>
        Encoding.UTF8.GetBytes(DeliveryContract.CsvHeader + "\r\n" + string.Concat(rows.Select(row => $"{Head};{row}\r\n")));

    /// <summary>The document without positions (they differ between the forms by design) and with histograms as sorted lists.</summary>
    private static object Comparable(DeliveryDocument document) => new
    {
        document.Schema,
        document.LeveringId,
        document.Source,
        document.ReferenceDate,
        document.CreatedAtText,
        Figures = string.Join("\n", document.Figures.Select(f =>
            $"{f.Area}|{f.Indicator}|{f.Measure}|{f.Value}|{(f.Distribution is null ? "" : string.Join(",", f.Distribution.Select(c => $"{c.Key}={c.Value}")))}")),
    };
}
