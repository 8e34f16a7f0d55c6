using System.Globalization;
using NodaTime;

namespace Instroom.Web.Exports;

/// <summary>
/// One cell: a number, a date, a text (also in a numeric column: "&lt;5", "geen gegevens") or empty.
/// Implicit conversions keep rows short: <c>["Rijnmond", 12, "&lt;5", 0.25m]</c>.
/// </summary>
public readonly record struct ExportCell
{
    private ExportCell(string? text, decimal? number, LocalDate? date) => (Text, Number, Date) = (text, number, date);

    public string? Text { get; }

    public decimal? Number { get; }

    public LocalDate? Date { get; }

    public bool IsEmpty => Text is null && Number is null && Date is null;

    public static ExportCell Empty => default;

    public static ExportCell FromText(string? text) => text is null ? Empty : new ExportCell(text, null, null);

    public static ExportCell FromNumber(decimal? number) => number is null ? Empty : new ExportCell(null, number, null);

    public static ExportCell FromDate(LocalDate? date) => date is null ? Empty : new ExportCell(null, null, date);

    public static implicit operator ExportCell(string? text) => FromText(text);

    public static implicit operator ExportCell(int number) => FromNumber(number);

    public static implicit operator ExportCell(decimal number) => FromNumber(number);

    public static implicit operator ExportCell(LocalDate date) => FromDate(date);

    public override string ToString() =>
        Text is not null ? $"text '{Text}'"
        : Number is { } number ? $"number {number.ToString(CultureInfo.InvariantCulture)}"
        : Date is { } date ? $"date {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        : "empty cell";
}
