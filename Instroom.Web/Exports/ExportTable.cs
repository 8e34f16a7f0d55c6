namespace Instroom.Web.Exports;

/// <summary>How a column's values are written: as text, or as numbers and dates a spreadsheet can compute with.</summary>
public enum ExportColumnKind
{
    Text,

    /// <summary>Counts: written without decimals.</summary>
    WholeNumber,

    /// <summary>Averages, medians and the like: written with the column's decimals.</summary>
    DecimalNumber,

    /// <summary>Cells hold a fraction (0.255); written as 25,5% in CSV and as a number formatted 0.0% in Excel.</summary>
    Percentage,
    Date,
}

/// <summary>
/// A column with its Dutch header. <paramref name="Decimals"/> applies to DecimalNumber and Percentage columns (for a
/// percentage: decimals of the percentage, so 1 gives 25,5%); both writers round to it, half away from zero.
/// </summary>
public sealed record ExportColumn(string Header, ExportColumnKind Kind, int Decimals = 1)
{
    public static ExportColumn Text(string header) => new(header, ExportColumnKind.Text);

    public static ExportColumn WholeNumber(string header) => new(header, ExportColumnKind.WholeNumber, 0);

    public static ExportColumn DecimalNumber(string header, int decimals = 1) => new(header, ExportColumnKind.DecimalNumber, decimals);

    public static ExportColumn Percentage(string header, int decimals = 1) => new(header, ExportColumnKind.Percentage, decimals);

    public static ExportColumn Date(string header) => new(header, ExportColumnKind.Date, 0);

    internal bool IsNumeric => Kind is ExportColumnKind.WholeNumber or ExportColumnKind.DecimalNumber or ExportColumnKind.Percentage;

    /// <summary>The value as written: rounded to the column's precision.</summary>
    internal decimal Rounded(decimal value) => Kind switch
    {
        ExportColumnKind.WholeNumber => Math.Round(value, 0, MidpointRounding.AwayFromZero),
        ExportColumnKind.Percentage => Math.Round(value, Decimals + 2, MidpointRounding.AwayFromZero),
        _ => Math.Round(value, Decimals, MidpointRounding.AwayFromZero),
    };
}

/// <summary>
/// One table as users download it (CSV or Excel). The cells are final: small numbers are already suppressed by
/// disclosure control and arrive here as text such as "&lt;5" or "geen gegevens"; the writers only format.
/// </summary>
public sealed class ExportTable
{
    public ExportTable(string title, IReadOnlyList<ExportColumn> columns, IReadOnlyList<IReadOnlyList<ExportCell>> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (columns.Count == 0)
        {
            throw new ArgumentException("An export needs at least one column.", nameof(columns));
        }

        if (columns.Any(column => string.IsNullOrWhiteSpace(column.Header))
            || columns.Select(column => column.Header).Distinct(StringComparer.OrdinalIgnoreCase).Count() != columns.Count)
        {
            throw new ArgumentException("Column headers must be present and unique (Excel filters on them).", nameof(columns));
        }

        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Count != columns.Count)
            {
                throw new ArgumentException($"Row {r + 1} has {rows[r].Count} cells for {columns.Count} columns.", nameof(rows));
            }

            for (var c = 0; c < columns.Count; c++)
            {
                var cell = rows[r][c];
                if ((cell.Number is not null && !columns[c].IsNumeric) || (cell.Date is not null && columns[c].Kind != ExportColumnKind.Date))
                {
                    throw new ArgumentException($"Row {r + 1}, column '{columns[c].Header}': a {cell} does not fit a {columns[c].Kind} column.", nameof(rows));
                }
            }
        }

        Title = title;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>Dutch title, e.g. "Wachttijden Rijnmond, week 47 2026"; the Excel sheet is named after it.</summary>
    public string Title { get; }

    public IReadOnlyList<ExportColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<ExportCell>> Rows { get; }
}
