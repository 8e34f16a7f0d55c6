using System.Globalization;
using Instroom.Web.Features.Dashboard;

namespace Instroom.Web.Features.Overview;

/// <summary>
/// Sorts the overview's rows. Figures sort on what is shown only: hidden cells ("&lt;5", "te weinig zaken") stay
/// together after the shown ones whatever the direction, because their place among real numbers would give away
/// what they hide; "geen gegevens" comes last. Ties go by name.
/// </summary>
public static class OverviewSorting
{
    private static readonly StringComparer ByName = StringComparer.Create(Formats.Dutch, CompareOptions.IgnoreCase);

    public static IReadOnlyList<OverviewRow> Sort(IEnumerable<OverviewRow> rows, OverviewRequest request)
    {
        var descending = request.Direction == SortDirection.Descending;
        return request.SortColumn switch
        {
            OverviewColumn.Regio => (descending ? rows.OrderByDescending(row => row.Name, ByName) : rows.OrderBy(row => row.Name, ByName)).ToList(),
            OverviewColumn.Status => rows.OrderBy(row => descending ? -row.Status.Severity() : row.Status.Severity()).ThenBy(row => row.Name, ByName).ToList(),
            OverviewColumn.Volledigheid => rows
                .OrderBy(row => Signed(row.ExpectedSources == 0 ? 1m : (decimal)row.DeliveredSources / row.ExpectedSources, descending))
                .ThenBy(row => row.Name, ByName)
                .ToList(),
            var column => rows
                .OrderBy(row => FigureOf(row, column).Visibility)
                .ThenBy(row => Signed(FigureOf(row, column).SortValue ?? 0m, descending))
                .ThenBy(row => row.Name, ByName)
                .ToList(),
        };
    }

    private static Figure FigureOf(OverviewRow row, OverviewColumn column) => column switch
    {
        OverviewColumn.Instroom => row.Instroomlijst.Count,
        OverviewColumn.InstroomAandeel => row.Instroomlijst.Share,
        OverviewColumn.InstroomVerandering => row.Instroomlijst.Change,
        OverviewColumn.Doorstroom => row.Doorstroomlijst.Count,
        OverviewColumn.DoorstroomAandeel => row.Doorstroomlijst.Share,
        OverviewColumn.DoorstroomVerandering => row.Doorstroomlijst.Change,
        OverviewColumn.ZonderJb => row.WithoutCaseworker.Count,
        OverviewColumn.ZonderJbAandeel => row.WithoutCaseworker.Share,
        OverviewColumn.Mediaan => row.MedianWait,
        OverviewColumn.P90 => row.P90Wait,
        OverviewColumn.EersteContact => row.FirstContactOnTime,
        OverviewColumn.WachtOpHulp => row.WaitingForCare,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a figure column."),
    };

    private static decimal Signed(decimal value, bool descending) => descending ? -value : value;
}
