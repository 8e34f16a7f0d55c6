using Instroom.Data.Calendar;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using NodaTime;

namespace Instroom.Tests.Rollups;

public sealed class FigureStageTests
{
    /// <summary>Week 47 2026 ends on Sunday 22-11-2026; its correctietermijn runs to 20-12-2026.</summary>
    private static readonly IsoWeek Week = new(2026, 47);

    private static readonly Completeness MissingVt =
        new([new MissingSource(new SourceRef("VT-05", "Veilig Thuis Gelderland-Midden", SourceKind.VT), 12)]);

    [Fact]
    public void CompleteWeek_IsVoorlopig_UpToTheLastDayOfTheCorrectietermijn()
    {
        Assert.Equal(new LocalDate(2026, 12, 20), FigureStages.WindowEnd(Week));
        Assert.Equal(FigureStage.Voorlopig, FigureStages.Of(Week, Completeness.Complete, new LocalDate(2026, 11, 23)));
        Assert.Equal(FigureStage.Voorlopig, FigureStages.Of(Week, Completeness.Complete, new LocalDate(2026, 12, 20)));
    }

    [Fact]
    public void CompleteWeek_IsDefinitief_TheDayAfterTheCorrectietermijn()
    {
        Assert.Equal(FigureStage.Definitief, FigureStages.Of(Week, Completeness.Complete, new LocalDate(2026, 12, 21)));
    }

    [Fact]
    public void WeekWithAMissingSource_StaysVoorlopig_HoweverOld()
    {
        Assert.Equal(FigureStage.Voorlopig, FigureStages.Of(Week, MissingVt, new LocalDate(2028, 1, 1)));
        Assert.Equal("Voorlopig: nog niet alle verwachte bronnen hebben aangeleverd.", FigureStages.Explanation(Week, MissingVt, new LocalDate(2028, 1, 1)));
    }

    [Theory]
    [InlineData(FigureStage.Voorlopig, false, "voorlopig")]
    [InlineData(FigureStage.Definitief, false, "definitief")]
    [InlineData(FigureStage.Definitief, true, "definitief, gecorrigeerd")]
    [InlineData(FigureStage.Voorlopig, true, "voorlopig, gecorrigeerd")]
    public void Label_KeepsGecorrigeerdBesideTheStage(FigureStage stage, bool corrected, string expected)
    {
        Assert.Equal(expected, FigureStages.Label(stage, corrected));
    }

    [Fact]
    public void Explanation_OfARecentCompleteWeek_SaysUntilWhenCorrectionsCanCome()
    {
        Assert.Equal("Voorlopig: correcties zijn nog mogelijk tot en met 20-12-2026.",
            FigureStages.Explanation(Week, Completeness.Complete, new LocalDate(2026, 11, 30)));
    }
}
