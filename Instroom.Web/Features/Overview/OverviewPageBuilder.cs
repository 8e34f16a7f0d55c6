using System.Globalization;
using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Disclosure;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Status;
using Instroom.Data.Supervision;
using Instroom.Data.Text;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Map;
using Microsoft.AspNetCore.WebUtilities;
using NodaTime;

namespace Instroom.Web.Features.Overview;

/// <summary>Pure: the landelijk overzicht's page from the week's read model, stored statuses and disclosure control.</summary>
public static class OverviewPageBuilder
{
    /// <summary>The pull runs every night; no successful import for two days is worth a warning on the overview.</summary>
    public static readonly Duration StaleAfter = Duration.FromHours(48);

    public const string Path = "/";

    /// <summary>The heading over the instroomlijst, doorstroomlijst and totaal columns.</summary>
    public const string WithoutCaseworkerGroup = "Zonder vaste jeugdbeschermer";

    public static OverviewPage Build(OverviewData data, OverviewRequest request, DisclosurePolicy policy, NationalMapGeometry geometry)
    {
        var kind = request.Level == OverviewLevel.Toezichtregio ? AreaKind.Toezichtregio : AreaKind.Jeugdregio;
        var regions = data.ThisWeek.Regions;
        var counts = data.ThisWeek;
        var lastWeek = data.LastWeek;
        var today = data.Now.InZone(DutchTime.Zone).Date;
        var statuses = data.Statuses.ToDictionary(status => status.Region.Code, StringComparer.Ordinal);
        var reasons = new StatusReasonText(data.Rules, policy.Threshold);
        var supervision = new OverviewSupervision(data.Supervision, geometry);

        ListFigures List(string code, string indicator)
        {
            var count = counts.Total(code, indicator);
            return new ListFigures(
                Figure.Count(count),
                Figure.Share(count.ShareOf(counts.Total(code, IndicatorCatalogue.LopendeMaatregelen))),
                Figure.Change(count.ChangeSince(lastWeek.Total(code, indicator))));
        }

        OverviewRow Row(RegionInWeek region, string? url)
        {
            var week = region.Week;
            var code = region.Region.Code;
            var instroomlijst = week.Indicator(IndicatorCatalogue.Instroomlijst);
            var status = statuses.GetValueOrDefault(code);
            return new OverviewRow(
                code,
                region.Region.Name,
                url,
                status?.Status.ToMapStatus() ?? MapStatus.Geen,
                status is null ? [] : reasons.Compact(status.Reasons),
                supervision.Describe(region.Region),
                List(code, IndicatorCatalogue.Instroomlijst),
                List(code, IndicatorCatalogue.Doorstroomlijst),
                List(code, RollupIndicator.ZonderVasteJeugdbeschermer),
                Figure.Wait(instroomlijst, value => value.Median, policy.Threshold),
                Figure.Wait(instroomlijst, value => value.P90, policy.Threshold),
                Figure.Rate(week.Indicator(IndicatorCatalogue.EersteContactTijdig), policy.Threshold),
                Figure.Count(counts.Total(code, IndicatorCatalogue.WachtOpHulp)),
                week.Freshness.Sources.Count,
                week.Freshness.Sources.Count + week.Completeness.Missing.Count,
                week.Freshness.Label,
                week.Freshness.Oldest,
                week.Freshness.Newest,
                week.Corrected || status?.Corrected == true,
                FigureStages.Of(data.Week, week.Completeness, today),
                FigureStages.Explanation(data.Week, week.Completeness, today));
        }

        var rows = regions
            .Where(region => region.Region.Kind == kind)
            .Select(region => Row(region, RegionUrl(region.Region.Code, data.Week)))
            .ToList();
        var nationalRegion = regions.FirstOrDefault(region => region.Region.Kind == AreaKind.Land);
        var national = nationalRegion is null ? null : Row(nationalRegion, null);
        var navigation = new WeekNavigation(data.Week, Path, Keep(request, withWeek: null));

        return new OverviewPage(
            data.Week,
            request,
            navigation,
            [
                new("Jeugdregio's", PageUrl(data.Week, request with { Level = OverviewLevel.Jeugdregio }), request.Level == OverviewLevel.Jeugdregio),
                new("Toezichtregio's", PageUrl(data.Week, request with { Level = OverviewLevel.Toezichtregio }), request.Level == OverviewLevel.Toezichtregio),
            ],
            Map(data.Week, request.Level, rows, supervision, geometry),
            StatusMarks.All.Select(status => new StatusTally(status, rows.Count(row => row.Status == status))).ToList(),
            Headers(data.Week, request),
            OverviewSorting.Sort(rows, request),
            national,
            Updated(data),
            Warnings(data, nationalRegion),
            ExportUrl("csv", data.Week, request),
            ExportUrl("xlsx", data.Week, request));
    }

    public static string RegionUrl(string code, IsoWeek week) => $"/regios/{code}?{WeekNavigation.Parameter}={week.Key}";

    public static string PageUrl(IsoWeek week, OverviewRequest request) => QueryHelpers.AddQueryString(Path, Keep(request, week));

    private static string ExportUrl(string extension, IsoWeek week, OverviewRequest request) =>
        QueryHelpers.AddQueryString($"/export/overzicht.{extension}", Keep(request, week));

    private static List<KeyValuePair<string, string?>> Keep(OverviewRequest request, IsoWeek? withWeek)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (withWeek is { } week)
        {
            parameters.Add(new(WeekNavigation.Parameter, week.Key));
        }

        parameters.Add(new(OverviewRequest.LevelParameter, OverviewRequest.Code(request.Level)));
        parameters.Add(new(OverviewRequest.SortParameter, OverviewRequest.Code(request.SortColumn)));
        parameters.Add(new(OverviewRequest.DirectionParameter, OverviewRequest.Code(request.Direction)));
        return parameters;
    }

    private static NationalMapModel Map(IsoWeek week, OverviewLevel level, IReadOnlyList<OverviewRow> rows, OverviewSupervision supervision,
        NationalMapGeometry geometry)
    {
        var byCode = rows.ToDictionary(row => row.Code, StringComparer.Ordinal);
        var levelWord = level == OverviewLevel.Toezichtregio ? "toezichtregio" : "jeugdregio";
        var regions = geometry.Regions.Select(shape =>
        {
            var code = level == OverviewLevel.Toezichtregio ? geometry.SupervisionRegionOf(shape.Code) ?? shape.Code : shape.Code;
            var row = byCode.GetValueOrDefault(code);
            var detail = level == OverviewLevel.Toezichtregio && row is not null ? $"Status van toezichtregio {row.Name}" : null;
            return new MapRegion(shape.Code, shape.Name, row?.Status ?? MapStatus.Geen, row?.Url,
                supervision.MarksOnMap(shape.Code, level), detail);
        }).ToList();
        return new NationalMapModel(
            $"Status per {levelWord}, {week.Label}",
            $"Kaart van Nederland met de 42 jeugdregio's, gegroepeerd in de 11 toezichtregio's, gekleurd naar de status per {levelWord} in " +
            $"{week.Label}. Dezelfde informatie staat in de tabel onder de kaart.",
            regions);
    }

    private static List<OverviewHeader> Headers(IsoWeek week, OverviewRequest request)
    {
        OverviewHeader Header(OverviewColumn column, string label, string? definition, bool numeric = true, string? visible = null,
            bool startsSubgroup = false)
        {
            var sorted = request.SortColumn == column;
            var next = sorted
                ? (request.Direction == SortDirection.Ascending ? SortDirection.Descending : SortDirection.Ascending)
                : (column == OverviewColumn.Regio ? SortDirection.Ascending : SortDirection.Descending);
            return new OverviewHeader(column, label, definition is null ? null : Definitions.Url(definition), numeric,
                PageUrl(week, request with { SortColumn = column, Direction = next }),
                next == SortDirection.Ascending ? "sorteer oplopend" : "sorteer aflopend",
                sorted ? (request.Direction == SortDirection.Ascending ? "ascending" : "descending") : null,
                visible is null ? null : WithoutCaseworkerGroup, visible, startsSubgroup);
        }

        return
        [
            Header(OverviewColumn.Regio, request.Level == OverviewLevel.Toezichtregio ? "Toezichtregio" : "Jeugdregio", null, numeric: false),
            Header(OverviewColumn.Status, "Status en redenen", null, numeric: false),
            Header(OverviewColumn.Instroom, "Instroomlijst", IndicatorCatalogue.Instroomlijst, visible: "Instroomlijst", startsSubgroup: true),
            Header(OverviewColumn.InstroomAandeel, "Instroomlijst, aandeel van lopende maatregelen", null, visible: "aandeel"),
            Header(OverviewColumn.InstroomVerandering, "Instroomlijst, verandering sinds vorige week", null, visible: "sinds vorige week"),
            Header(OverviewColumn.Doorstroom, "Doorstroomlijst", IndicatorCatalogue.Doorstroomlijst, visible: "Doorstroomlijst", startsSubgroup: true),
            Header(OverviewColumn.DoorstroomAandeel, "Doorstroomlijst, aandeel van lopende maatregelen", null, visible: "aandeel"),
            Header(OverviewColumn.DoorstroomVerandering, "Doorstroomlijst, verandering sinds vorige week", null, visible: "sinds vorige week"),
            Header(OverviewColumn.ZonderJb, "Zonder vaste jeugdbeschermer, totaal", RollupIndicator.ZonderVasteJeugdbeschermer, visible: "Totaal",
                startsSubgroup: true),
            Header(OverviewColumn.ZonderJbAandeel, "Zonder vaste jeugdbeschermer, totaal, aandeel van lopende maatregelen",
                StatusIndicators.ZonderVasteJeugdbeschermerAandeel, visible: "aandeel"),
            Header(OverviewColumn.Mediaan, "Mediane wachttijd instroomlijst", StatusIndicators.InstroomlijstWachtduurMediaan),
            Header(OverviewColumn.P90, "90% wacht korter dan", IndicatorCatalogue.InstroomlijstWachtduur),
            Header(OverviewColumn.EersteContact, "Eerste contact binnen 5 werkdagen", StatusIndicators.EersteContactTijdigPercentage),
            Header(OverviewColumn.WachtOpHulp, "Wacht op passende hulp", IndicatorCatalogue.WachtOpHulp),
            Header(OverviewColumn.Volledigheid, "Aanleveringen", null, numeric: false),
        ];
    }

    private static UpdateInfo Updated(OverviewData data)
    {
        var computed = data.Statuses.Count == 0 ? (Instant?)null : data.Statuses.Max(status => status.ComputedAt);
        return new UpdateInfo(
            data.LastImport is { } import ? LocalTimes.Dutch(import) : "nog geen import",
            computed is { } at ? LocalTimes.Dutch(at) : "nog niet berekend",
            data.LastImport is not { } last || data.Now - last > StaleAfter);
    }

    private static List<string> Warnings(OverviewData data, RegionInWeek? national)
    {
        var warnings = new List<string>();
        if (data.LastImport is not { } last)
        {
            warnings.Add("Er is nog geen aanlevering geïmporteerd.");
        }
        else if (data.Now - last > StaleAfter)
        {
            warnings.Add($"Verouderd: de laatste geslaagde import was op {LocalTimes.Dutch(last)}. De cijfers kunnen achterlopen.");
        }

        if (data.Statuses.Count == 0)
        {
            warnings.Add($"Voor {data.Week.Label} is nog geen status berekend.");
        }

        if (national is not null && !national.Week.Completeness.IsComplete)
        {
            var missing = national.Week.Completeness.Missing;
            var expected = national.Week.Freshness.Sources.Count + missing.Count;
            var names = string.Join(", ", missing.Take(5).Select(source => $"{source.Source.Code} {source.Source.Name}"));
            var more = missing.Count > 5 ? $" en {missing.Count - 5} andere" : "";
            warnings.Add($"Onvolledig: {missing.Count} van {expected} bronnen hebben voor {data.Week.Label} niet aangeleverd ({names}{more}). " +
                "Regio's met ontbrekende bronnen hebben de status onvolledig, tenzij een volledig cijfer al rood is.");
        }

        return warnings;
    }
}
