using System.Globalization;
using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Disclosure;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using Instroom.Data.Status;
using Instroom.Data.Supervision;
using Instroom.Data.Text;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Map;

namespace Instroom.Web.Features.RegionReport;

/// <summary>Pure: the weekbeeld of one region from its read model, stored statuses and disclosure control.</summary>
public static class RegionReportBuilder
{
    public static RegionReportPage Build(RegionReportData data, DisclosurePolicy policy)
    {
        var threshold = policy.Threshold;
        var code = data.Region.Code;
        var now = data.ThisWeek.Regions.Single(region => region.Region.Code == code);
        var counts = new RegionCounts(code, data.ThisWeek.CountsOf(code) ?? throw new InvalidOperationException($"No counts for region {code}."));
        var lastWeek = Snapshot(data.LastWeek, code);
        var fourWeeksAgo = Snapshot(data.FourWeeksAgo, code);
        var status = data.Statuses.FirstOrDefault(s => s.Week == data.Week);
        var reasons = new StatusReasonText(data.Rules, threshold);
        var today = data.Now.InZone(DutchTime.Zone).Date;

        return new RegionReportPage(
            data.Region,
            data.Region.Kind == AreaKind.Toezichtregio ? "toezichtregio" : "jeugdregio",
            data.Week,
            new WeekNavigation(data.Week, Path(code), []),
            status?.Status.ToMapStatus() ?? MapStatus.Geen,
            status is null ? null : LocalTimes.Dutch(status.ComputedAt),
            status is null ? [] : reasons.Full(status.Reasons, now.Week, indicator => counts.Region(indicator).IsVisible),
            status?.Reasons.Notes ?? [$"Voor {data.Week.Label} is nog geen status berekend."],
            Supervision(data),
            Strip(data),
            KeyFigures(now.Week, counts, lastWeek, fourWeeksAgo, threshold),
            Chain(now.Week, counts, threshold),
            PerGi(now.Week, counts, threshold),
            PerGemeente(data, now, counts),
            PerMeasure(now.Week, counts, threshold),
            Sources(data, now),
            now.Week.Freshness.Label,
            $"{now.Week.Freshness.Sources.Count} van {now.Week.Freshness.Sources.Count + now.Week.Completeness.Missing.Count} bronnen hebben aangeleverd",
            now.Week.Corrected,
            FigureStages.Of(data.Week, now.Week.Completeness, today),
            FigureStages.Explanation(data.Week, now.Week.Completeness, today),
            $"{Path(code)}/export.csv?{WeekNavigation.Parameter}={data.Week.Key}",
            $"{Path(code)}/export.xlsx?{WeekNavigation.Parameter}={data.Week.Key}",
            $"/?{WeekNavigation.Parameter}={data.Week.Key}");
    }

    public static string Path(string regionCode) => "/regios/" + regionCode;

    private sealed record WeekSnapshot(RegionWeek Week, RegionCounts Counts);

    private static WeekSnapshot? Snapshot(WeekDisclosure week, string code) =>
        week.Regions.FirstOrDefault(region => region.Region.Code == code) is { } found && week.CountsOf(code) is { } counts
            ? new WeekSnapshot(found.Week, new RegionCounts(code, counts))
            : null;

    private static List<KeyFigure> KeyFigures(RegionWeek week, RegionCounts counts, WeekSnapshot? lastWeek, WeekSnapshot? fourWeeksAgo, int threshold)
    {
        var figures = new List<KeyFigure>();

        void Count(string label, string indicator)
        {
            var value = counts.Region(indicator);
            figures.Add(new KeyFigure(label, Definitions.Url(indicator), Figure.Count(value),
                Change(value, lastWeek?.Counts.Region(indicator)), Change(value, fourWeeksAgo?.Counts.Region(indicator))));
        }

        void Other(string label, string definition, Func<RegionWeek, RegionCounts, Figure> read, bool days)
        {
            var value = read(week, counts);
            Figure Since(WeekSnapshot? then) => then is null ? Figure.Missing(FigureKind.Change)
                : days ? value.DaysSince(read(then.Week, then.Counts)) : value.PointsSince(read(then.Week, then.Counts));
            figures.Add(new KeyFigure(label, Definitions.Url(definition), value, Since(lastWeek), Since(fourWeeksAgo)));
        }

        Figure Share(RegionCounts c, string indicator) => Figure.Share(c.Region(indicator).ShareOf(c.Region(IndicatorCatalogue.LopendeMaatregelen)));
        Figure Median(RegionWeek w, string list) => Figure.Wait(w.Indicator(list), value => value.Median, threshold);

        Count("Kinderen zonder vaste jeugdbeschermer (instroomlijst + doorstroomlijst)", RollupIndicator.ZonderVasteJeugdbeschermer);
        Other("Zonder vaste jeugdbeschermer, als aandeel van de lopende maatregelen", StatusIndicators.ZonderVasteJeugdbeschermerAandeel,
            (_, c) => Share(c, RollupIndicator.ZonderVasteJeugdbeschermer), days: false);
        Count("Instroomlijst", IndicatorCatalogue.Instroomlijst);
        Other("Mediane wachttijd instroomlijst", StatusIndicators.InstroomlijstWachtduurMediaan, (w, _) => Median(w, IndicatorCatalogue.Instroomlijst), days: true);
        Other("90% van de instroomlijst wacht korter dan", IndicatorCatalogue.InstroomlijstWachtduur,
            (w, _) => Figure.Wait(w.Indicator(IndicatorCatalogue.Instroomlijst), value => value.P90, threshold), days: true);
        Count("Doorstroomlijst", IndicatorCatalogue.Doorstroomlijst);
        Other("Mediane wachttijd doorstroomlijst", StatusIndicators.DoorstroomlijstWachtduurMediaan, (w, _) => Median(w, IndicatorCatalogue.Doorstroomlijst), days: true);
        Count("Lopende maatregelen", IndicatorCatalogue.LopendeMaatregelen);
        Other("Eerste contact binnen 5 werkdagen", StatusIndicators.EersteContactTijdigPercentage,
            (w, _) => Figure.Rate(w.Indicator(IndicatorCatalogue.EersteContactTijdig), threshold), days: false);
        Other("Plan van aanpak binnen 6 weken", StatusIndicators.PlanVanAanpakTijdigPercentage,
            (w, _) => Figure.Rate(w.Indicator(IndicatorCatalogue.PlanVanAanpakTijdig), threshold), days: false);
        Count("Wacht op passende hulp", IndicatorCatalogue.WachtOpHulp);
        Other("Wacht op passende hulp, als aandeel van de lopende maatregelen", StatusIndicators.WachtOpHulpAandeel,
            (_, c) => Share(c, IndicatorCatalogue.WachtOpHulp), days: false);
        Other("Mediane wachttijd passende hulp", StatusIndicators.WachtOpHulpWachtduurMediaan, (w, _) => Median(w, IndicatorCatalogue.WachtOpHulp), days: true);
        Count("Wachtlijst Raad voor de Kinderbescherming", IndicatorCatalogue.RaadWachtlijst);
        Other("Mediane wachttijd Raad voor de Kinderbescherming", StatusIndicators.RaadWachtduurMediaan, (w, _) => Median(w, IndicatorCatalogue.RaadWachtlijst), days: true);
        Count("Wachtlijst Veilig Thuis", IndicatorCatalogue.VtWachtlijst);
        Other("Veiligheidsbeoordeling Veilig Thuis binnen 5 werkdagen", StatusIndicators.VtBeoordelingTijdigPercentage,
            (w, _) => Figure.Rate(w.Indicator(IndicatorCatalogue.VtBeoordelingTijdig), threshold), days: false);
        Other("Onderzoek Veilig Thuis binnen 10 weken", StatusIndicators.VtOnderzoekTijdigPercentage,
            (w, _) => Figure.Rate(w.Indicator(IndicatorCatalogue.VtOnderzoekTijdig), threshold), days: false);
        return figures;
    }

    private static Figure Change(DisclosedCount now, DisclosedCount? then) =>
        then is { } earlier ? Figure.Change(now.ChangeSince(earlier)) : Figure.Missing(FigureKind.Change);

    private static List<ChainStepView> Chain(RegionWeek week, RegionCounts counts, int threshold) =>
        week.Chain.Select(step => new ChainStepView(
                step.Code,
                step.Label,
                Labelled(step.Waiting.Label, step.Waiting.Code, counts),
                Figure.Wait(step.Waiting, value => value.Median, threshold),
                Figure.Wait(step.Waiting, value => value.P90, threshold),
                step.Parts.Select(part => Labelled(part.Label, part.Code, counts)).ToList(),
                step.Flows.Select(flow => Labelled($"{DirectionWord(flow.Direction)}: {flow.Value.Label.ToLowerInvariant()}", flow.Value.Code, counts)).ToList(),
                step.Waiting.Completeness.IsComplete ? null : step.Waiting.Completeness.Label))
            .ToList();

    private static ChainFigure Labelled(string label, string indicator, RegionCounts counts) =>
        new(label, Definitions.Url(indicator), Figure.Count(counts.Region(indicator)));

    private static string DirectionWord(ChainFlowDirection direction) => direction switch
    {
        ChainFlowDirection.In => "In",
        ChainFlowDirection.Out => "Uit",
        _ => "Met spoed, buiten de wachtlijst",
    };

    private static BreakdownTable PerGi(RegionWeek week, RegionCounts counts, int threshold)
    {
        List<Figure> Values(Func<string, DisclosedCount> count, Figure median, Figure firstContact) => [.. ListValues(count, median), firstContact];

        var rows = counts.GiSources.Select(source => new BreakdownRow(source.Code, source.Name,
                Values(indicator => counts.Gi(source.Code, indicator),
                    Figure.Wait(counts.RawGi(source.Code, IndicatorCatalogue.Instroomlijst),
                        counts.GiHistogram(source.Code, IndicatorCatalogue.InstroomlijstWachtduur)?.Median, threshold),
                    Figure.Rate(counts.RawGi(source.Code, IndicatorCatalogue.EersteContactTijdig),
                        counts.RawGi(source.Code, IndicatorCatalogue.EersteContactTotaal), threshold)),
                counts.Delivered(source.Code) ? null : "niet aangeleverd"))
            .ToList();
        var total = new BreakdownRow(week.Region.Code, "Alle gecertificeerde instellingen",
            Values(indicator => counts.Region(indicator),
                Figure.Wait(week.Indicator(IndicatorCatalogue.Instroomlijst), value => value.Median, threshold),
                Figure.Rate(week.Indicator(IndicatorCatalogue.EersteContactTijdig), threshold)),
            null);
        return new BreakdownTable("per-gi", "Per gecertificeerde instelling", "Gecertificeerde instelling",
            [.. ListColumns, Column("Eerste contact binnen 5 werkdagen", StatusIndicators.EersteContactTijdigPercentage)], rows, total);
    }

    private static BreakdownTable PerGemeente(RegionReportData data, RegionInWeek region, RegionCounts counts)
    {
        List<Figure> Values(Func<string, DisclosedCount> count) =>
        [
            .. CaseworkerValues(count),
            Figure.Count(count(IndicatorCatalogue.WachtOpHulp)),
            Figure.Count(count(IndicatorCatalogue.RaadWachtlijst)),
            Figure.Count(count(IndicatorCatalogue.VtWachtlijst)),
        ];

        var missing = region.Week.Completeness.Missing.Select(m => m.Source.Code).ToHashSet(StringComparer.Ordinal);
        var rows = region.Gemeenten
            .Select(gemeente =>
            {
                var notDelivered = data.ThisWeek.Input.Expected
                    .Where(e => e.GemeenteCode == gemeente && missing.Contains(e.Source.Code))
                    .Select(e => e.Source.Code)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                return new BreakdownRow(gemeente, data.GemeenteNames.GetValueOrDefault(gemeente, gemeente),
                    Values(indicator => counts.Gemeente(gemeente, indicator)),
                    notDelivered.Count == 0 ? null : "onvolledig: geen aanlevering van " + string.Join(", ", notDelivered));
            })
            .OrderBy(row => row.Name, StringComparer.Create(Formats.Dutch, CompareOptions.IgnoreCase))
            .ToList();
        return new BreakdownTable("per-gemeente", "Per gemeente", "Gemeente",
        [
            .. CaseworkerColumns,
            Column("Wacht op passende hulp", IndicatorCatalogue.WachtOpHulp),
            Column("Wachtlijst Raad", IndicatorCatalogue.RaadWachtlijst),
            Column("Wachtlijst Veilig Thuis", IndicatorCatalogue.VtWachtlijst),
        ], rows, new BreakdownRow(region.Region.Code, "Alle gemeenten", Values(indicator => counts.Region(indicator)), null));
    }

    private static BreakdownTable PerMeasure(RegionWeek week, RegionCounts counts, int threshold)
    {
        List<Figure> Values(Func<string, DisclosedCount> count, IndicatorValue instroomlijst) =>
            ListValues(count, Figure.Wait(instroomlijst, value => value.Median, threshold));

        var rows = week.Measures
            .Select(measure => new BreakdownRow(measure.Measure, measure.Label,
                Values(indicator => counts.Region(indicator, measure.Measure), measure.Indicators.First(i => i.Code == IndicatorCatalogue.Instroomlijst)),
                null))
            .ToList();
        return new BreakdownTable("per-maatregel", "Per maatregel", "Maatregel", ListColumns, rows, new BreakdownRow(week.Region.Code, Measure.Label(Measure.None),
            Values(indicator => counts.Region(indicator), week.Indicator(IndicatorCatalogue.Instroomlijst)), null));
    }

    private static BreakdownColumn Column(string label, string indicator) => new(label, Definitions.Url(indicator));

    /// <summary>Lopende maatregelen and the children without a vaste jeugdbeschermer: the first columns of every breakdown.</summary>
    private static readonly BreakdownColumn[] CaseworkerColumns =
    [
        Column("Lopende maatregelen", IndicatorCatalogue.LopendeMaatregelen),
        Column("Zonder vaste jeugdbeschermer", RollupIndicator.ZonderVasteJeugdbeschermer),
        Column("Aandeel zonder vaste jeugdbeschermer", StatusIndicators.ZonderVasteJeugdbeschermerAandeel),
        Column("Instroomlijst", IndicatorCatalogue.Instroomlijst),
        Column("Doorstroomlijst", IndicatorCatalogue.Doorstroomlijst),
    ];

    /// <summary>The lists and flows of a GI or a measure: the columns the two breakdowns share.</summary>
    private static readonly BreakdownColumn[] ListColumns =
    [
        .. CaseworkerColumns,
        Column("Mediane wachttijd instroomlijst", StatusIndicators.InstroomlijstWachtduurMediaan),
        Column("Wacht op passende hulp", IndicatorCatalogue.WachtOpHulp),
        Column("Nieuwe maatregelen", IndicatorCatalogue.NieuweMaatregelen),
        Column("Beëindigde maatregelen", IndicatorCatalogue.BeeindigdeMaatregelen),
    ];

    /// <summary>The values of <see cref="CaseworkerColumns"/>, from disclosed counts only: a share only from shown counts.</summary>
    private static List<Figure> CaseworkerValues(Func<string, DisclosedCount> count) =>
    [
        Figure.Count(count(IndicatorCatalogue.LopendeMaatregelen)),
        Figure.Count(count(RollupIndicator.ZonderVasteJeugdbeschermer)),
        Figure.Share(count(RollupIndicator.ZonderVasteJeugdbeschermer).ShareOf(count(IndicatorCatalogue.LopendeMaatregelen))),
        Figure.Count(count(IndicatorCatalogue.Instroomlijst)),
        Figure.Count(count(IndicatorCatalogue.Doorstroomlijst)),
    ];

    /// <summary>The values of <see cref="ListColumns"/>, from disclosed counts only; the median comes from the caller's histogram.</summary>
    private static List<Figure> ListValues(Func<string, DisclosedCount> count, Figure median) =>
    [
        .. CaseworkerValues(count),
        median,
        Figure.Count(count(IndicatorCatalogue.WachtOpHulp)),
        Figure.Count(count(IndicatorCatalogue.NieuweMaatregelen)),
        Figure.Count(count(IndicatorCatalogue.BeeindigdeMaatregelen)),
    ];

    private static List<SourceDeliveryRow> Sources(RegionReportData data, RegionInWeek region)
    {
        var inRegion = region.Gemeenten.ToHashSet(StringComparer.Ordinal);
        var reports = data.SourceReports.ToDictionary(report => report.SourceCode, StringComparer.Ordinal);
        var delivered = region.Week.Freshness.Sources.ToDictionary(source => source.Source.Code, StringComparer.Ordinal);
        return region.Week.Freshness.Sources.Select(source => source.Source)
            .Concat(region.Week.Completeness.Missing.Select(missing => missing.Source))
            .DistinctBy(source => source.Code)
            .Select(source =>
            {
                var report = reports.GetValueOrDefault(source.Code);
                var used = delivered.GetValueOrDefault(source.Code);
                var problems = report?.Expectations.Where(e => e.State is "te-laat" or "ontbrekend").ToList() ?? [];
                var rejected = report?.RejectedRuns ?? 0;
                return new SourceDeliveryRow(
                    source.Code,
                    source.Name,
                    KindLabel(source.Kind),
                    data.ThisWeek.Input.Expected.Where(e => e.Source.Code == source.Code && inRegion.Contains(e.GemeenteCode))
                        .Select(e => e.GemeenteCode).Distinct(StringComparer.Ordinal).Count(),
                    used is null ? "geen aanlevering" : $"peildatum {DutchFormat.Date(used.ReferenceDate)}{(used.Corrected ? ", gecorrigeerd" : "")}",
                    Timeliness(report),
                    rejected == 0 ? "–" : $"{rejected} keer afgekeurd",
                    used is null || problems.Count > 0 || rejected > 0);
            })
            .OrderBy(row => row.Kind == KindLabel(SourceKind.GI) ? 0 : row.Kind == KindLabel(SourceKind.RAAD) ? 1 : 2)
            .ThenBy(row => row.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static string Timeliness(Data.Deliveries.SourceWeekReport? report) =>
        report is null || report.Expectations.Count == 0
            ? "–"
            : string.Join("; ", report.Expectations.Select(e => $"{StateWord(e.State)} (peildatum {DutchFormat.Date(e.ReferenceDate)})"));

    private static string StateWord(string state) => state switch
    {
        "ontvangen" => "op tijd ontvangen",
        "te-laat" => "te laat",
        "ontbrekend" => "ontbrekend",
        "verwacht" => "verwacht",
        _ => state,
    };

    private static string KindLabel(SourceKind kind) => kind switch
    {
        SourceKind.GI => "Gecertificeerde instelling",
        SourceKind.RAAD => "Raad voor de Kinderbescherming",
        _ => "Veilig Thuis",
    };

    private static List<WeekStatusCell> Strip(RegionReportData data)
    {
        var byWeek = data.Statuses.ToDictionary(status => status.Week);
        return Enumerable.Range(0, RegionReportQueries.StripWeeks)
            .Select(index => data.Week.Plus(index - (RegionReportQueries.StripWeeks - 1)))
            .Select(week => new WeekStatusCell(week, byWeek.GetValueOrDefault(week)?.Status.ToMapStatus() ?? MapStatus.Geen,
                $"{Path(data.Region.Code)}?{WeekNavigation.Parameter}={week.Key}", week == data.Week))
            .ToList();
    }

    private static SupervisionSummary Supervision(RegionReportData data)
    {
        var on = data.Week.Sunday;
        var open = data.Supervision.Where(period => period.IsOpenOn(on)).ToList();
        var history = data.Supervision
            .Where(period => !period.IsOpenOn(on) && period.Start <= on)
            .Select(period => $"{period.AreaName}: {DutchFormat.Date(period.Start)} tot {(period.ActualEnd is { } end ? DutchFormat.Date(end) : "nu")}"
                + (period.Note is { } note ? $" — {note.Replace('\n', ' ')}" : ""))
            .ToList();
        if (open.Count == 0)
        {
            return new SupervisionSummary(false, false, $"Niet onder verscherpt toezicht in {data.Week.Label}.", history);
        }

        var overdue = open.Any(period => period.IsOverdueOn(on));
        var text = string.Join(" ", open.Select(period =>
        {
            var since = $"sinds {DutchFormat.Date(period.Start)}, gepland tot {DutchFormat.Date(period.PlannedEnd)}"
                + (period.IsOverdueOn(on) ? " (geplande einddatum verstreken)" : "");
            return period.AreaCode == data.Region.Code ? $"Onder verscherpt toezicht {since}."
                : data.Region.Kind == AreaKind.Jeugdregio ? $"Valt onder het verscherpt toezicht op toezichtregio {period.AreaName} {since}."
                : $"Jeugdregio {period.AreaName} staat onder verscherpt toezicht {since}.";
        }));
        return new SupervisionSummary(true, overdue, text, history);
    }
}
