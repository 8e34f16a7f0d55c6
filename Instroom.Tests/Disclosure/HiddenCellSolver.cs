using System.Numerics;

namespace Instroom.Tests.Disclosure;

/// <summary>
/// An independent check of disclosure control, written apart from the production audit: the hidden cells whose value
/// follows from the shown cells and all group relations together (dense Gauss–Jordan over exact fractions). A group
/// whose total has no data is no relation; a part without data is not in its total — as documented for the control.
/// </summary>
internal static class HiddenCellSolver
{
    public static IReadOnlyList<int> Determined(IReadOnlyList<int?> counts, IReadOnlyList<(int Total, int[] Parts)> groups, Func<int, bool> isHidden)
    {
        var hidden = Enumerable.Range(0, counts.Count).Where(cell => counts[cell] is not null && isHidden(cell)).ToList();
        var column = hidden.Select((cell, index) => (cell, index)).ToDictionary(pair => pair.cell, pair => pair.index);
        var rows = new List<Fraction[]>();
        foreach (var (total, parts) in groups)
        {
            var delivered = parts.Where(part => counts[part] is not null).ToList();
            if (counts[total] is null || delivered.Count == 0)
            {
                continue;
            }

            var row = Enumerable.Repeat(Fraction.Zero, hidden.Count).ToArray();
            if (column.TryGetValue(total, out var totalColumn))
            {
                row[totalColumn] += Fraction.One;
            }

            foreach (var part in delivered.Where(column.ContainsKey))
            {
                row[column[part]] -= Fraction.One;
            }

            rows.Add(row);
        }

        // Reduced row echelon form; a unit row means that cell is known.
        var pivotRow = 0;
        for (var col = 0; col < hidden.Count && pivotRow < rows.Count; col++)
        {
            var found = rows.FindIndex(pivotRow, row => !row[col].IsZero);
            if (found < 0)
            {
                continue;
            }

            (rows[pivotRow], rows[found]) = (rows[found], rows[pivotRow]);
            var pivot = rows[pivotRow][col];
            rows[pivotRow] = rows[pivotRow].Select(value => value / pivot).ToArray();
            for (var other = 0; other < rows.Count; other++)
            {
                if (other != pivotRow && !rows[other][col].IsZero)
                {
                    var factor = rows[other][col];
                    rows[other] = rows[other].Select((value, i) => value - (factor * rows[pivotRow][i])).ToArray();
                }
            }

            pivotRow++;
        }

        return rows.Where(row => row.Count(value => !value.IsZero) == 1)
            .Select(row => hidden[Array.FindIndex(row, value => !value.IsZero)])
            .Order()
            .ToList();
    }

    private readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator)
    {
        public static readonly Fraction Zero = new(0, 1);
        public static readonly Fraction One = new(1, 1);

        public bool IsZero => Numerator.IsZero;

        public static Fraction operator +(Fraction a, Fraction b) => Make((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

        public static Fraction operator -(Fraction a, Fraction b) => Make((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

        public static Fraction operator *(Fraction a, Fraction b) => Make(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

        public static Fraction operator /(Fraction a, Fraction b) => Make(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

        private static Fraction Make(BigInteger numerator, BigInteger denominator)
        {
            if (denominator.Sign < 0)
            {
                (numerator, denominator) = (-numerator, -denominator);
            }

            var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
            return divisor.IsOne || divisor.IsZero ? new Fraction(numerator, denominator) : new Fraction(numerator / divisor, denominator / divisor);
        }
    }
}
