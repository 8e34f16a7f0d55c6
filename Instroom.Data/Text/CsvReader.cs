using System.Text;

namespace Instroom.Data.Text;

/// <summary>
/// A strict RFC 4180 reader: quoted fields may hold separators, quotes (doubled) and line breaks; a stray
/// quote, an unterminated quote or text after a closing quote is an error with its line number, never a guess.
/// Used for the reference data and for deliveries in the contract's CSV form.
/// </summary>
public static class CsvReader
{
    public static CsvParseResult Parse(string text, char separator, int maxRows = int.MaxValue)
    {
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var i = 0;
        var atFieldStart = true;
        var inQuotes = false;
        var afterClosingQuote = false;

        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                    afterClosingQuote = true;
                    i++;
                    continue;
                }

                if (c == '\n')
                {
                    line++;
                }

                field.Append(c);
                i++;
                continue;
            }

            if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                afterClosingQuote = false;
                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (!(fields.Count == 1 && fields[0].Length == 0))
                {
                    if (rows.Count >= maxRows)
                    {
                        return CsvParseResult.Failed($"meer dan {maxRows} regels", line);
                    }

                    rows.Add(new CsvRow(rowLine, fields.ToArray()));
                }

                fields.Clear();
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                i++;
                line++;
                rowLine = line;
                atFieldStart = true;
                afterClosingQuote = false;
                continue;
            }

            if (afterClosingQuote)
            {
                return CsvParseResult.Failed("tekst na een afsluitend aanhalingsteken", line);
            }

            if (c == '"')
            {
                if (!atFieldStart)
                {
                    return CsvParseResult.Failed("aanhalingsteken midden in een veld", line);
                }

                inQuotes = true;
                atFieldStart = false;
                i++;
                continue;
            }

            field.Append(c);
            atFieldStart = false;
            i++;
        }

        if (inQuotes)
        {
            return CsvParseResult.Failed("aanhalingsteken niet afgesloten", rowLine);
        }

        if (field.Length > 0 || fields.Count > 0 || afterClosingQuote)
        {
            fields.Add(field.ToString());
            if (rows.Count >= maxRows)
            {
                return CsvParseResult.Failed($"meer dan {maxRows} regels", line);
            }

            rows.Add(new CsvRow(rowLine, fields.ToArray()));
        }

        return new CsvParseResult(rows, null, 0);
    }
}

/// <summary>One record and the line it starts on (1-based, header included).</summary>
public sealed record CsvRow(int Line, string[] Fields);

public sealed record CsvParseResult(IReadOnlyList<CsvRow> Rows, string? Error, int ErrorLine)
{
    public bool Succeeded => Error is null;

    public static CsvParseResult Failed(string error, int line) => new([], error, line);
}
