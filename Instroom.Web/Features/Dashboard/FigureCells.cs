using Instroom.Web.Exports;

namespace Instroom.Web.Features.Dashboard;

/// <summary>A figure as an export cell: the number when it is shown (a percentage as a fraction), else its Dutch text.</summary>
public static class FigureCells
{
    public static ExportCell ToCell(this Figure figure) => figure.Number switch
    {
        { } number when figure.Kind == FigureKind.Percentage => ExportCell.FromNumber(number / 100m),
        { } number => ExportCell.FromNumber(number),
        _ => ExportCell.FromText(figure.Text),
    };
}
