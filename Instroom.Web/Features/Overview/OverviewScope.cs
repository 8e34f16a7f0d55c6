using Instroom.Data.Access;
using Instroom.Web.Features.Map;

namespace Instroom.Web.Features.Overview;

/// <summary>
/// The overview of a user who does not see every region: only their regions' rows, Nederland and the status tally as
/// for everybody; the map draws only their regions, so other regions' names and codes are not in the page. Applied to
/// the built page, after disclosure control ran over every region: what is hidden never depends on who is looking.
/// </summary>
public static class OverviewScope
{
    public static OverviewPage Within(this OverviewPage page, VisibleAreas visible) =>
        visible.IsEverything
            ? page
            : page with
            {
                Rows = page.Rows.Where(row => visible.Allows(row.Code)).ToList(),
                Map = page.Map.Within(visible.Allows),
            };
}
