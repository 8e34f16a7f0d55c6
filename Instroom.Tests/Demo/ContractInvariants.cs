using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Instroom.Data.Indicators;
using Instroom.Data.Sources;

namespace Instroom.Tests.Demo;

/// <summary>
/// The contract's rules, checked on the bytes of a JSON delivery independently of the simulator's code: field
/// names, value forms, indicators per source kind, classes, uniqueness and the consistency rules. Returns every
/// violation as text (empty when the delivery is valid).
/// </summary>
internal static partial class ContractInvariants
{
    private static readonly HashSet<string> TopLevel = ["schema", "leveringId", "bron", "peildatum", "aangemaakt", "cijfers"];
    private static readonly HashSet<string> FigureFields = ["gebied", "indicator", "maatregel", "waarde", "verdeling"];

    public static IReadOnlyList<string> Violations(byte[] json, string bron, SourceKind kind, string peildatum, ISet<string> gemeenten)
    {
        var violations = new List<string>();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        foreach (var property in root.EnumerateObject().Where(p => !TopLevel.Contains(p.Name)))
        {
            violations.Add($"unknown field {property.Name}");
        }

        Expect(root.GetProperty("schema").GetString() == "instroom-aanlevering/1", "schema", violations);
        Expect(Guid.TryParseExact(root.GetProperty("leveringId").GetString(), "D", out _), "leveringId", violations);
        Expect(root.GetProperty("bron").GetString() == bron, "bron", violations);
        Expect(root.GetProperty("peildatum").GetString() == peildatum, "peildatum", violations);
        Expect(OffsetInstant().IsMatch(root.GetProperty("aangemaakt").GetString()!), "aangemaakt", violations);

        var values = new Dictionary<(string Gebied, string Indicator, string Maatregel), decimal>();
        var index = 0;
        foreach (var figure in root.GetProperty("cijfers").EnumerateArray())
        {
            CheckFigure(figure, $"cijfers[{index++}]", kind, gemeenten, values, violations);
        }

        CheckConsistency(values, violations);
        return violations;
    }

    private static void CheckFigure(JsonElement figure, string at, SourceKind kind, ISet<string> gemeenten,
        Dictionary<(string, string, string), decimal> values, List<string> violations)
    {
        foreach (var property in figure.EnumerateObject().Where(p => !FigureFields.Contains(p.Name)))
        {
            violations.Add($"{at}: unknown field {property.Name}");
        }

        var gebied = figure.GetProperty("gebied").GetString()!;
        var code = figure.GetProperty("indicator").GetString()!;
        if (!IndicatorCatalogue.TryGet(code, out var indicator) || indicator.Source != kind)
        {
            violations.Add($"{at}: indicator {code} not allowed for {kind}");
            return;
        }

        Expect(indicator.OrganisationWide ? gebied == IndicatorCatalogue.OrganisationArea : gemeenten.Contains(gebied), $"{at}: gebied {gebied}", violations);
        var hasMeasure = figure.TryGetProperty("maatregel", out var measureElement);
        var measure = hasMeasure ? measureElement.GetString()! : "";
        Expect(hasMeasure == indicator.HasMeasure && (!hasMeasure || Measure.IsKnown(measure)), $"{at}: maatregel", violations);

        if (indicator.Kind == IndicatorKind.Histogram)
        {
            Expect(!figure.TryGetProperty("waarde", out _), $"{at}: waarde on a histogram", violations);
            var classes = figure.GetProperty("verdeling").EnumerateObject().ToList();
            Expect(classes.Select(c => c.Name).SequenceEqual(WaitingTimeClass.All.Select(c => c.Code)), $"{at}: classes", violations);
            foreach (var c in classes)
            {
                Expect(c.Value.TryGetInt32(out var n) && n >= 0, $"{at}: class {c.Name}", violations);
                values[(gebied, code + "#" + c.Name, measure)] = c.Value.GetDecimal();
            }

            Expect(values.TryAdd((gebied, code, measure), classes.Sum(c => c.Value.GetDecimal())), $"{at}: duplicate {gebied}/{code}/{measure}", violations);
            return;
        }

        Expect(!figure.TryGetProperty("verdeling", out _), $"{at}: verdeling on a value", violations);
        var waarde = figure.GetProperty("waarde");
        var raw = waarde.GetRawText();
        if (indicator.Unit == IndicatorUnit.Percentage)
        {
            Expect(PercentageText().IsMatch(raw) && waarde.GetDecimal() is >= 0 and <= 100, $"{at}: percentage {raw}", violations);
        }
        else
        {
            Expect(waarde.TryGetInt32(out var n) && n >= 0 && !raw.Contains('.', StringComparison.Ordinal), $"{at}: count {raw}", violations);
        }

        Expect(values.TryAdd((gebied, code, measure), waarde.GetDecimal()), $"{at}: duplicate {gebied}/{code}/{measure}", violations);
    }

    private static void CheckConsistency(Dictionary<(string Gebied, string Indicator, string Maatregel), decimal> values, List<string> violations)
    {
        foreach (var ((gebied, code, measure), value) in values.Where(v => !v.Key.Indicator.Contains('#', StringComparison.Ordinal)))
        {
            var indicator = IndicatorCatalogue.Get(code);
            if (indicator.StockCode is { } stock)
            {
                var stockValue = values.GetValueOrDefault((gebied, stock, measure), -1);
                Expect(stockValue == value, $"{gebied}/{measure}: {code} sums to {value}, {stock} is {stockValue}", violations);
            }

            if (indicator.TotalCode is { } total)
            {
                Expect(values.TryGetValue((gebied, total, measure), out var totalValue) && value <= totalValue,
                    $"{gebied}/{measure}: {code} {value} exceeds {total}", violations);
            }

            foreach (var histogram in IndicatorCatalogue.All.Where(i => i.StockCode == code))
            {
                Expect(values.ContainsKey((gebied, histogram.Code, measure)), $"{gebied}/{measure}: {code} without {histogram.Code}", violations);
            }

            if (code == IndicatorCatalogue.LopendeMaatregelen)
            {
                var without = values.GetValueOrDefault((gebied, IndicatorCatalogue.Instroomlijst, measure))
                    + values.GetValueOrDefault((gebied, IndicatorCatalogue.Doorstroomlijst, measure));
                Expect(without <= value, $"{gebied}/{measure}: instroomlijst + doorstroomlijst {without} > lopende {value}", violations);
            }
        }
    }

    private static void Expect(bool condition, string what, List<string> violations)
    {
        if (!condition)
        {
            violations.Add(what);
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")]
    private static partial Regex OffsetInstant();

    [GeneratedRegex(@"^\d{1,3}(\.\d)?$")]
    private static partial Regex PercentageText();

    public static string Iso(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
