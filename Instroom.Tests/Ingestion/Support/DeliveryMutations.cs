using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Instroom.Jobs.Contract;

namespace Instroom.Tests.Ingestion.Support;

/// <summary>
/// Random damage to a valid payload, the kind exports and transfers really do: fields dropped or doubled, numbers
/// changed, classes broken, codes swapped, lines lost or repeated, bytes inserted or cut. Some of it still leaves a
/// valid delivery (a count changed within its bounds); most does not.
/// </summary>
internal static class DeliveryMutations
{
    private static readonly string[] FigureFields = ["gebied", "indicator", "maatregel", "waarde", "verdeling"];
    private static readonly string[] RootFields = ["schema", "leveringId", "bron", "peildatum", "aangemaakt", "cijfers"];
    private static readonly string[] Codes = ["GM9999", "ORG", "GM0796", "OTS", "JR", "", "instroomlijst", "raad-wachtlijst", "vt-wachtduur", "0-4", "183+"];
    private static readonly string[] Numbers = ["-1", "0", "1", "7.45", "0.5", "1000000001", "1e3", "23", "\"12\"", "null"];

    /// <summary>A mutation for either form; <paramref name="pick"/> and <paramref name="at"/> choose what and where.</summary>
    public static Gen<Mutation> For(DeliveryFormat format) =>
        from kind in Gen.Int[0, format == DeliveryFormat.Json ? 8 : 5]
        from pick in Gen.Int[0, 1_000_000]
        from at in Gen.Int[0, 1_000_000]
        from bytes in Gen.Byte.Array[1, 4]
        select format == DeliveryFormat.Json ? Json(kind, pick, at, bytes) : Csv(kind, pick, at, bytes);

    private static Mutation Json(int kind, int pick, int at, byte[] bytes) => kind switch
    {
        0 => OnFigure($"drop figure field {FigureFields[at % FigureFields.Length]}", pick, figure => figure.Remove(FigureFields[at % FigureFields.Length])),
        1 => OnRoot($"drop root field {RootFields[at % RootFields.Length]}", root => root.Remove(RootFields[at % RootFields.Length])),
        2 => OnText($"duplicate field before figure {pick}", text => InsertBeforeNth(text, "\"gebied\"", pick, $"\"{FigureFields[at % 4]}\": {Numbers[at % Numbers.Length]}, ")),
        3 => OnText($"change number {pick} to {Numbers[at % Numbers.Length]}", text => ReplaceNthNumber(text, pick, Numbers[at % Numbers.Length])),
        4 => OnFigure($"break classes of figure {pick}", pick, figure => BreakClasses(figure, at)),
        5 => OnText($"swap string {pick} for '{Codes[at % Codes.Length]}'", text => ReplaceNthString(text, pick, Codes[at % Codes.Length])),
        6 => OnFigure($"move figure {pick} to area {Codes[at % 3]}", pick, figure => figure["gebied"] = Codes[at % 3]),
        7 => new Mutation($"insert {Convert.ToHexString(bytes)} at {at}", payload => Insert(payload, at, bytes)),
        _ => new Mutation($"cut {bytes.Length} bytes at {at}", payload => Cut(payload, at, bytes.Length)),
    };

    private static Mutation Csv(int kind, int pick, int at, byte[] bytes) => kind switch
    {
        0 => OnLines($"drop line {pick}", lines => lines.RemoveAt(1 + (pick % (lines.Count - 1)))),
        1 => OnLines($"repeat line {pick}", lines => lines.Insert(1 + (pick % (lines.Count - 1)), lines[1 + (pick % (lines.Count - 1))])),
        2 => OnLines($"set field {at % 9} of line {pick} to '{Codes[at % Codes.Length]}'", lines => SetField(lines, pick, at % 9, Codes[at % Codes.Length])),
        3 => OnLines($"set value of line {pick} to {Numbers[at % Numbers.Length]}", lines => SetField(lines, pick, 8, Numbers[at % Numbers.Length])),
        4 => new Mutation($"insert {Convert.ToHexString(bytes)} at {at}", payload => Insert(payload, at, bytes)),
        _ => new Mutation($"cut {bytes.Length} bytes at {at}", payload => Cut(payload, at, bytes.Length)),
    };

    private static Mutation OnRoot(string name, Action<JsonObject> change) => new(name, payload =>
    {
        var root = JsonNode.Parse(payload)!.AsObject();
        change(root);
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    });

    private static Mutation OnFigure(string name, int pick, Action<JsonObject> change) => OnRoot(name, root =>
    {
        var figures = root["cijfers"]!.AsArray();
        change(figures[pick % figures.Count]!.AsObject());
    });

    private static Mutation OnText(string name, Func<string, string> change) =>
        new(name, payload => Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(payload))));

    private static Mutation OnLines(string name, Action<List<string>> change) => OnText(name, text =>
    {
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        change(lines);
        return string.Join("\r\n", lines) + "\r\n";
    });

    private static void BreakClasses(JsonObject figure, int at)
    {
        if (figure["verdeling"] is not JsonObject classes)
        {
            figure["verdeling"] = new JsonObject { ["0-5"] = 1 };
            return;
        }

        var victim = classes.ElementAt(at % classes.Count).Key;
        var count = classes[victim]!.GetValue<long>();
        classes.Remove(victim);
        switch (at % 3)
        {
            case 0:
                classes["0-4"] = count;
                break;
            case 1:
                classes[victim] = count + 1;
                break;
        }
    }

    private static void SetField(List<string> lines, int pick, int field, string value)
    {
        var line = 1 + (pick % (lines.Count - 1));
        var fields = lines[line].Split(';');
        fields[field % fields.Length] = value;
        lines[line] = string.Join(';', fields);
    }

    private static string InsertBeforeNth(string text, string marker, int pick, string insert)
    {
        var positions = AllIndexes(text, marker);
        return positions.Count == 0 ? text : text.Insert(positions[pick % positions.Count], insert);
    }

    private static string ReplaceNthNumber(string text, int pick, string number)
    {
        var numbers = System.Text.RegularExpressions.Regex.Matches(text, @"(?<=: )-?[0-9]+(\.[0-9]+)?");
        if (numbers.Count == 0)
        {
            return text;
        }

        var match = numbers[pick % numbers.Count];
        return string.Concat(text.AsSpan(0, match.Index), number, text.AsSpan(match.Index + match.Length));
    }

    private static string ReplaceNthString(string text, int pick, string value)
    {
        var strings = System.Text.RegularExpressions.Regex.Matches(text, "(?<=: )\"[^\"]*\"");
        if (strings.Count == 0)
        {
            return text;
        }

        var match = strings[pick % strings.Count];
        return string.Concat(text.AsSpan(0, match.Index), $"\"{value}\"", text.AsSpan(match.Index + match.Length));
    }

    private static List<int> AllIndexes(string text, string marker)
    {
        var positions = new List<int>();
        for (var i = text.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = text.IndexOf(marker, i + 1, StringComparison.Ordinal))
        {
            positions.Add(i);
        }

        return positions;
    }

    private static byte[] Insert(byte[] payload, int at, byte[] bytes)
    {
        var position = at % (payload.Length + 1);
        return [.. payload.AsSpan(0, position), .. bytes, .. payload.AsSpan(position)];
    }

    private static byte[] Cut(byte[] payload, int at, int length)
    {
        var position = at % payload.Length;
        var end = Math.Min(payload.Length, position + length);
        return [.. payload.AsSpan(0, position), .. payload.AsSpan(end)];
    }
}

/// <summary>A named change to a payload; the name is what CsCheck prints when a property fails.</summary>
internal sealed record Mutation(string Name, Func<byte[], byte[]> Apply)
{
    public override string ToString() => Name;
}
