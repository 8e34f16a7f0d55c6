namespace Instroom.Web.Features.Overview;

/// <summary>Which regions the overview lists: the 42 jeugdregio's or the 11 toezichtregio's.</summary>
public enum OverviewLevel
{
    Jeugdregio,
    Toezichtregio,
}

/// <summary>The columns the overview's table can be sorted on (<c>?sorteer=</c>).</summary>
public enum OverviewColumn
{
    Regio,
    Status,
    Instroom,
    InstroomAandeel,
    InstroomVerandering,
    Doorstroom,
    DoorstroomAandeel,
    DoorstroomVerandering,
    ZonderJb,
    ZonderJbAandeel,
    Mediaan,
    P90,
    EersteContact,
    WachtOpHulp,
    Volledigheid,
}

public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>The overview's GET parameters besides the week: <c>niveau</c>, <c>sorteer</c>, <c>richting</c>.</summary>
public sealed record OverviewRequest(OverviewLevel Level, OverviewColumn SortColumn, SortDirection Direction)
{
    public const string LevelParameter = "niveau";
    public const string SortParameter = "sorteer";
    public const string DirectionParameter = "richting";

    /// <summary>Worst status first: what the inspecties look at first.</summary>
    public static readonly OverviewRequest Default = new(OverviewLevel.Jeugdregio, OverviewColumn.Status, SortDirection.Descending);

    private static readonly Dictionary<OverviewColumn, string> ColumnCodes = new()
    {
        [OverviewColumn.Regio] = "regio",
        [OverviewColumn.Status] = "status",
        [OverviewColumn.Instroom] = "instroom",
        [OverviewColumn.InstroomAandeel] = "instroom-aandeel",
        [OverviewColumn.InstroomVerandering] = "instroom-verandering",
        [OverviewColumn.Doorstroom] = "doorstroom",
        [OverviewColumn.DoorstroomAandeel] = "doorstroom-aandeel",
        [OverviewColumn.DoorstroomVerandering] = "doorstroom-verandering",
        [OverviewColumn.ZonderJb] = "zonder-jb",
        [OverviewColumn.ZonderJbAandeel] = "zonder-jb-aandeel",
        [OverviewColumn.Mediaan] = "mediaan",
        [OverviewColumn.P90] = "p90",
        [OverviewColumn.EersteContact] = "eerste-contact",
        [OverviewColumn.WachtOpHulp] = "wacht-op-hulp",
        [OverviewColumn.Volledigheid] = "volledigheid",
    };

    public static string Code(OverviewLevel level) => level == OverviewLevel.Toezichtregio ? "toezichtregio" : "jeugdregio";

    public static string Code(OverviewColumn column) => ColumnCodes[column];

    public static string Code(SortDirection direction) => direction == SortDirection.Descending ? "af" : "op";

    /// <summary>Reads the parameters; missing ones take the defaults, unknown values make it false (the page answers 400).</summary>
    public static bool TryRead(string? level, string? sort, string? direction, out OverviewRequest request)
    {
        request = Default;
        OverviewLevel parsedLevel;
        switch (level)
        {
            case null or "" or "jeugdregio":
                parsedLevel = OverviewLevel.Jeugdregio;
                break;
            case "toezichtregio":
                parsedLevel = OverviewLevel.Toezichtregio;
                break;
            default:
                return false;
        }

        var column = Default.SortColumn;
        if (!string.IsNullOrEmpty(sort))
        {
            var match = ColumnCodes.Where(pair => pair.Value == sort).Select(pair => (OverviewColumn?)pair.Key).FirstOrDefault();
            if (match is null)
            {
                return false;
            }

            column = match.Value;
        }

        SortDirection parsedDirection;
        switch (direction)
        {
            case null or "":
                parsedDirection = column == OverviewColumn.Regio ? SortDirection.Ascending : SortDirection.Descending;
                break;
            case "op":
                parsedDirection = SortDirection.Ascending;
                break;
            case "af":
                parsedDirection = SortDirection.Descending;
                break;
            default:
                return false;
        }

        request = new OverviewRequest(parsedLevel, column, parsedDirection);
        return true;
    }
}
