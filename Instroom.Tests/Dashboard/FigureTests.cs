using Instroom.Data.Indicators;
using Instroom.Web.Exports;
using Instroom.Web.Features.Dashboard;

namespace Instroom.Tests.Dashboard;

public sealed class FigureTests
{
    private const int Threshold = 5;

    [Theory]
    [InlineData(null, "geen gegevens", FigureVisibility.NoData)]
    [InlineData(0, "niemand wacht", FigureVisibility.NotApplicable)]
    [InlineData(4, "te weinig zaken", FigureVisibility.Hidden)]
    [InlineData(5, "12 dagen", FigureVisibility.Shown)]
    public void Wait_IsShownFromTheThresholdOn_AndSaysWhyNotBelowIt(int? waiting, string text, FigureVisibility visibility)
    {
        var figure = Figure.Wait(waiting, WaitingTime.Exactly(12.4), Threshold);

        Assert.Equal((text, visibility), (figure.Text, figure.Visibility));
        Assert.Equal(visibility == FigureVisibility.Shown ? 12m : null, figure.Number);
    }

    [Fact]
    public void Wait_InTheOpenClass_IsAtLeast183Days_WithoutANumberToExportOrSubtract()
    {
        var figure = Figure.Wait(40, WaitingTime.AtLeast(183), Threshold);

        Assert.Equal(("≥ 183 dagen", (decimal?)null), (figure.Text, figure.Number));
        Assert.Equal("–", figure.DaysSince(Figure.Wait(40, WaitingTime.Exactly(100), Threshold)).Text);
        Assert.Equal("≥ 183 dagen", figure.ToCell().Text);
    }

    [Theory]
    [InlineData(null, 10, "geen gegevens")]
    [InlineData(0, 0, "geen zaken")]
    [InlineData(3, 4, "te weinig zaken")]
    [InlineData(4, 5, "80,0%")]
    [InlineData(2, 3, "te weinig zaken")]
    public void Rate_IsShownOnlyWithEnoughCasesDue(int? onTime, int? due, string text) =>
        Assert.Equal(text, Figure.Rate(onTime, due, Threshold).Text);

    [Fact]
    public void Changes_OfShownFigures_AreInPointsOrDays_AndHiddenWhenEitherIsHidden()
    {
        var now = Figure.Rate(9, 10, Threshold);
        var then = Figure.Rate(7, 10, Threshold);

        Assert.Equal("+20,0 procentpunt", now.PointsSince(then).Text);
        Assert.Equal("-20,0 procentpunt", then.PointsSince(now).Text);
        Assert.Equal("afgeschermd", now.PointsSince(Figure.Rate(1, 2, Threshold)).Text);
        Assert.Equal("geen gegevens", now.PointsSince(Figure.Missing(FigureKind.Percentage)).Text);
        Assert.Equal("+1 dag", Figure.Wait(9, WaitingTime.Exactly(13), Threshold).DaysSince(Figure.Wait(9, WaitingTime.Exactly(12), Threshold)).Text);
    }

    [Fact]
    public void ExportCell_OfAPercentage_IsAFraction_AndOfAHiddenFigure_ItsText()
    {
        Assert.Equal(0.8m, Figure.Rate(4, 5, Threshold).ToCell().Number);
        Assert.Equal(Figure.TooFewCases, Figure.Rate(1, 2, Threshold).ToCell().Text);
    }
}
