using Instroom.Data.Calendar;
using Instroom.Data.Rollups;
using NodaTime;

namespace Instroom.Data.Status;

/// <summary>
/// A stored row of <c>region_status</c>: a region's status for an ISO week with its reasons, whether a correction
/// replaced a delivery used for it ("gecorrigeerd"), and when it was computed.
/// </summary>
public sealed record RegionWeekStatus(
    RegionRef Region,
    IsoWeek Week,
    StatusColour Status,
    StatusReasons Reasons,
    bool Corrected,
    Instant ComputedAt);
