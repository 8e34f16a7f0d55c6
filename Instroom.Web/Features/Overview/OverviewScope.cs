using Instroom.Data.Access;
using Instroom.Web.Features.Map;

namespace Instroom.Web.Features.Overview;

/// <summary>
/// The overview of a user who does not see every region: only their regions' rows (and their statuses), Nederland
/// as for everybody; the map draws only their jeugdregio's, so other regions' names and codes are not in the page.
/// </summary>
public static class OverviewScope
{
    public static OverviewData Within(this OverviewData data, VisibleAreas visible) =>
        visible.IsEverything
            ? data
            : data with
            {
                Regions = visible.Filter(data.Regions, region => region.Region.Code).ToList(),
                PreviousWeek = visible.Filter(data.PreviousWeek, region => region.Region.Code).ToList(),
                Statuses = visible.Filter(data.Statuses, status => status.Region.Code).ToList(),
            };

    public static OverviewPage Within(this OverviewPage page, VisibleAreas visible) =>
        visible.IsEverything ? page : page with { Map = page.Map.Within(visible.Allows) };
}
