using Instroom.Data.Calendar;
using Instroom.Data.Status;
using Instroom.Data.Supervision;
using Instroom.Data.Text;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Map;
using Instroom.Web.Features.Overview;
using Instroom.Web.Features.RegionReport;

namespace Instroom.Web.Features.Inspectie;

/// <summary>Pure: the inspectie page from the toezicht periods and the stored statuses.</summary>
public static class InspectiePageBuilder
{
    public const string Path = "/inspectie";

    public static InspectiePage Build(InspectieData data, OverviewLevel level, NationalMapGeometry geometry, string? confirmation)
    {
        var statuses = data.Statuses.ToDictionary(mark => (mark.Region.Code, mark.Week), mark => mark.Status);
        WeekStatus StatusIn(string region, IsoWeek week) =>
            new(week, statuses.TryGetValue((region, week), out var status) ? status.ToMapStatus() : MapStatus.Geen);

        SupervisedRegion Row(SupervisionPeriod period)
        {
            var atStart = StatusIn(period.AreaCode, IsoWeek.Of(period.Start));
            var latest = StatusIn(period.AreaCode, data.LatestWeek);
            return new SupervisedRegion(
                period.Id,
                period.AreaCode,
                period.AreaName,
                RegionReportBuilder.Path(period.AreaCode),
                DutchFormat.Date(period.Start),
                DutchFormat.Date(period.PlannedEnd),
                period.IsOverdueOn(data.Today),
                period.ActualEnd is { } end ? DutchFormat.Date(end) : null,
                atStart,
                latest,
                Trend(atStart.Status, latest.Status),
                period.Note,
                period.SetBy);
        }

        var open = data.Periods.Where(period => period.IsOpenOn(data.Today)).OrderBy(period => period.Start).Select(Row).ToList();
        var ended = data.Periods.Where(period => !period.IsOpenOn(data.Today)).OrderByDescending(period => period.Start).Select(Row).ToList();
        var supervised = open.Select(row => row.Code).ToHashSet(StringComparer.Ordinal);

        var weeks = Enumerable.Range(0, InspectieQueries.HeatWeeks).Select(i => data.LatestWeek.Plus(i - (InspectieQueries.HeatWeeks - 1))).ToList();
        var regions = level == OverviewLevel.Toezichtregio
            ? geometry.SupervisionRegions.Select(region => (region.Code, region.Name))
            : geometry.Regions.Select(region => (region.Code, region.Name));
        var heat = new HeatStrip(
            $"Status per {(level == OverviewLevel.Toezichtregio ? "toezichtregio" : "jeugdregio")}, {weeks[0].Label} tot en met {weeks[^1].Label}",
            weeks,
            regions.Select(region => new HeatRow(region.Code, region.Name, RegionReportBuilder.Path(region.Code),
                    supervised.Contains(region.Code) || (geometry.SupervisionRegionOf(region.Code) is { } parent && supervised.Contains(parent)),
                    weeks.Select(week => new HeatCell(week, StatusIn(region.Code, week).Status,
                        $"{RegionReportBuilder.Path(region.Code)}?{WeekNavigation.Parameter}={week.Key}")).ToList()))
                .ToList());

        return new InspectiePage(
            data.Today,
            data.LatestWeek,
            open,
            ended,
            heat,
            [
                new("Toezichtregio's", $"{Path}?{OverviewRequest.LevelParameter}=toezichtregio#statusverloop", level == OverviewLevel.Toezichtregio),
                new("Jeugdregio's", $"{Path}?{OverviewRequest.LevelParameter}=jeugdregio#statusverloop", level == OverviewLevel.Jeugdregio),
            ],
            geometry.SupervisionRegions.Select(region => new RegionOption("Toezichtregio's", region.Code, region.Name))
                .Concat(geometry.Regions.Select(region => new RegionOption("Jeugdregio's", region.Code, region.Name)))
                .ToList(),
            confirmation);
    }

    /// <summary>
    /// Compares the status in the week toezicht started with the latest: better, the same or worse. Onvolledig or no
    /// status on either side cannot be compared: that is said, not guessed.
    /// </summary>
    public static string Trend(MapStatus atStart, MapStatus latest)
    {
        static int? Rank(MapStatus status) => status switch
        {
            MapStatus.Groen => 1,
            MapStatus.Oranje => 2,
            MapStatus.Rood => 3,
            _ => null,
        };

        return (Rank(atStart), Rank(latest)) switch
        {
            (null, _) => "niet te bepalen: geen volledige status in de startweek",
            (_, null) => "niet te bepalen: de laatste status is niet volledig",
            ({ } before, { } now) when now < before => "verbeterd",
            ({ } before, { } now) when now > before => "verslechterd",
            _ => "gelijk gebleven",
        };
    }

    /// <summary>The confirmation after a start or end (PRG): only for a region the map knows, so a URL cannot put arbitrary text on the page.</summary>
    public static string? Confirmation(string? started, string? ended, NationalMapGeometry geometry)
    {
        string? NameOf(string? code) => code is null ? null
            : geometry.SupervisionRegions.FirstOrDefault(region => region.Code == code)?.Name
              ?? geometry.Regions.FirstOrDefault(region => region.Code == code)?.Name;

        return NameOf(started) is { } startedName ? $"Het verscherpt toezicht op {startedName} is vastgelegd."
            : NameOf(ended) is { } endedName ? $"Het verscherpt toezicht op {endedName} is beëindigd."
            : null;
    }
}
