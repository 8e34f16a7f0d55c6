using Instroom.Data.Text;

namespace Instroom.Data.Indicators;

/// <summary>
/// A waiting time read from a histogram, in calendar days. When it falls in the open class 183+ it is open-ended:
/// <see cref="Days"/> is then the lower bound 183 and the honest statement is "≥ 183 dagen", never a number
/// the histogram cannot give.
/// </summary>
public readonly record struct WaitingTime : IComparable<WaitingTime>
{
    private WaitingTime(double days, bool isOpenEnded)
    {
        Days = days;
        IsOpenEnded = isOpenEnded;
    }

    /// <summary>The interpolated number of days, or the lower bound when <see cref="IsOpenEnded"/>.</summary>
    public double Days { get; }

    public bool IsOpenEnded { get; }

    public static WaitingTime Exactly(double days) =>
        double.IsFinite(days) && days >= 0 ? new(days, false) : throw new ArgumentOutOfRangeException(nameof(days), days, "Wachttijd moet een eindig, niet-negatief aantal dagen zijn.");

    public static WaitingTime AtLeast(int days) =>
        days >= 0 ? new(days, true) : throw new ArgumentOutOfRangeException(nameof(days), days, "Wachttijd kan niet negatief zijn.");

    /// <summary>Whole days as shown to users (half a day rounds up), or the lower bound when open-ended.</summary>
    public long WholeDays => (long)Math.Round(Days, MidpointRounding.AwayFromZero);

    /// <summary>"48 dagen", "≥ 183 dagen".</summary>
    public string ToDutchString() => IsOpenEnded ? "≥ " + DutchFormat.Days(WholeDays) : DutchFormat.Days(WholeDays);

    /// <summary>An open-ended value sorts after every exact value with the same lower bound.</summary>
    public int CompareTo(WaitingTime other)
    {
        var byDays = Days.CompareTo(other.Days);
        return byDays != 0 ? byDays : IsOpenEnded.CompareTo(other.IsOpenEnded);
    }

    public static bool operator <(WaitingTime left, WaitingTime right) => left.CompareTo(right) < 0;

    public static bool operator >(WaitingTime left, WaitingTime right) => left.CompareTo(right) > 0;

    public static bool operator <=(WaitingTime left, WaitingTime right) => left.CompareTo(right) <= 0;

    public static bool operator >=(WaitingTime left, WaitingTime right) => left.CompareTo(right) >= 0;

    public override string ToString() => ToDutchString();
}
