using Dapper;
using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Sources;
using Instroom.Data.Status;
using Instroom.Data.Storage;
using Instroom.Data.Supervision;
using Instroom.Tests.Status.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Instroom.Web.Features.Dashboard;

namespace Instroom.Tests.Dashboard.Support;

/// <summary>
/// Deliveries for the real 342 gemeenten (reference data loaded by the app), for the 26 weeks up to the last completed
/// ISO week, so the dashboard pages have a country to show: most jeugdregio's green, Noord-Holland orange, Brabant red,
/// Rijnmond red that turns orange in the last four weeks, Zeeland's Veilig Thuis missing in the last week. Stored with
/// <see cref="FigureFixture"/> as the importer would, then every week's statuses are recomputed by the real recomputer.
/// </summary>
/// <remarks>
/// Relative to today on purpose: the pages default to the latest computed week and the inspectie page to today, so the
/// world moves with the clock and no test depends on the date it runs.
/// </remarks>
internal static class DashboardWorld
{
    public const int Weeks = 26;

    public const string Rijnmond = "JZ29";
    public const string RijnmondToezicht = "TR10";
    public const string Brabant = "TR08";
    public const string Zeeland = "JZ38";
    public const string Friesland = "JZ02";
    public const string RijnmondGi = "GI-JBRR";
    public const string ZeelandVeiligThuis = "VT-23";

    private static readonly string[] BrabantJeugdregios = ["JZ33", "JZ34", "JZ35", "JZ36", "JZ39"];
    private static readonly string[] NoordHollandJeugdregios = ["JZ03", "JZ05", "JZ06", "JZ09", "JZ10", "JZ11", "JZ13", "JZ15", "JZ16"];

    /// <summary>The last completed ISO week: the latest week with statuses.</summary>
    public static IsoWeek LatestWeek(IClock clock) => IsoWeek.Of(clock.Today()).Previous;

    /// <summary>Friday of a week: the peildatum every source delivers for.</summary>
    public static LocalDate ReferenceDate(IsoWeek week) => week.Monday.PlusDays(4);

    public static async Task SeedAsync(IServiceProvider services)
    {
        var database = services.GetRequiredService<InstroomDatabase>();
        var clock = services.GetRequiredService<IClock>();
        var latest = LatestWeek(clock);
        var fixture = new FigureFixture(database);
        var coverage = await CoverageAsync(database);

        for (var weeksBack = Weeks - 1; weeksBack >= 0; weeksBack--)
        {
            await DeliverWeekAsync(fixture, coverage, latest.Plus(-weeksBack), weeksBack);
        }

        await RecordLatenessAsync(database, latest);
        await services.GetRequiredService<StatusRuleStore>().SeedDefaultsAsync();
        await services.GetRequiredService<RegionStatusRecomputer>()
            .RecomputeWeeksAsync(Enumerable.Range(0, Weeks).Select(weeksBack => latest.Plus(-weeksBack)));

        // What the web app's background computes after an import, so trends never wait for it.
        await services.GetRequiredService<WeekHiddenTotals>().EnsureAsync(latest.Plus(-160), latest);
        await StartSupervisionAsync(services.GetRequiredService<SupervisionPeriods>(), latest);
    }

    /// <summary>Rijnmond's GI corrects its delivery of the latest week: the week shows "gecorrigeerd".</summary>
    private static async Task DeliverWeekAsync(FigureFixture fixture, Coverage coverage, IsoWeek week, int weeksBack)
    {
        var date = ReferenceDate(week);
        foreach (var (source, gemeenten) in coverage.BySource)
        {
            if (weeksBack == 0 && source == ZeelandVeiligThuis)
            {
                continue;
            }

            var delivery = fixture.Delivery(source, date);
            foreach (var gemeente in gemeenten)
            {
                delivery.Figures(source, coverage.KindOf[source], gemeente, coverage.Index[gemeente], Pressure(coverage.JeugdregioOf[gemeente], weeksBack));
            }

            await delivery.SaveAsync();
            if (weeksBack == 0 && source == RijnmondGi)
            {
                var correction = fixture.Delivery(source, date);
                foreach (var gemeente in gemeenten)
                {
                    correction.Figures(source, SourceKind.GI, gemeente, coverage.Index[gemeente] + 1, Pressure(coverage.JeugdregioOf[gemeente], weeksBack));
                }

                await correction.SaveAsync();
            }
        }
    }

    private static async Task RecordLatenessAsync(InstroomDatabase database, IsoWeek latest)
    {
        var date = ReferenceDate(latest);
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO delivery_expectation (source_id, reference_date, deadline_at, state, checked_at)
            SELECT source_id, @Date, @Deadline, @State, @Deadline FROM source WHERE code = @Source
            """,
            new[]
            {
                new { Date = date, Deadline = Deadline(date), State = "te-laat", Source = RijnmondGi },
                new { Date = date, Deadline = Deadline(date), State = "ontbrekend", Source = ZeelandVeiligThuis },
                new { Date = date, Deadline = Deadline(date), State = "ontvangen", Source = "RAAD" },
            });
        await connection.ExecuteAsync("""
            INSERT INTO import_run (source_id, reference_date, trigger_kind, attempt, started_at, finished_at, outcome, message)
            SELECT source_id, @Date, 'test', 1, @At, @At, 'afgekeurd', 'Regel 12: som van de klassen wijkt af van de instroomlijst.'
            FROM source WHERE code = @Source
            """, new { Date = date.PlusDays(-1), At = Deadline(date), Source = RijnmondGi });
    }

    private static Instant Deadline(LocalDate date) => date.PlusDays(3).AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(11));

    private static async Task StartSupervisionAsync(SupervisionPeriods supervision, IsoWeek latest)
    {
        await supervision.StartAsync(RijnmondToezicht, latest.Plus(-10).Monday, null, "Verscherpt toezicht na het oordeel onvoldoende (testgegevens).", "test");
        await supervision.StartAsync(Brabant, latest.Plus(-20).Monday, latest.Plus(-2).Monday, "Geplande einddatum verstreken (testgegevens).", "test");
        var ended = await supervision.StartAsync(Friesland, latest.Plus(-40).Monday, null, null, "test");
        await supervision.EndAsync(ended.Id, latest.Plus(-30).Monday, "Voldoende verbeterd (testgegevens).", "test");
    }

    private static Level Pressure(string jeugdregio, int weeksBack) => jeugdregio switch
    {
        Rijnmond => weeksBack < 4 ? Level.Medium : Level.High,
        _ when BrabantJeugdregios.Contains(jeugdregio) => Level.High,
        _ when NoordHollandJeugdregios.Contains(jeugdregio) => Level.Medium,
        "JZ18" or "JZ24" => weeksBack % 5 == 0 ? Level.High : Level.Medium,
        _ => Level.Low,
    };

    private static DeliveryBuilder Figures(this DeliveryBuilder delivery, string source, SourceKind kind, string g, int i, Level level) =>
        kind switch
        {
            SourceKind.RAAD => delivery
                .Figure(g, IndicatorCatalogue.RaadWachtlijst, 3)
                .Histogram(g, IndicatorCatalogue.RaadWachtduur, Measure.None, Single(3, level switch { Level.High => 3, Level.Medium => 1, _ => 0 }))
                .Figure(g, IndicatorCatalogue.RaadVerzoeken, 4)
                .Figure(g, IndicatorCatalogue.RaadGestart, 4)
                .Figure(g, IndicatorCatalogue.RaadSpoedzaken, 1),
            SourceKind.VT => delivery
                .Figure(g, IndicatorCatalogue.VtWachtlijst, 4)
                .Histogram(g, IndicatorCatalogue.VtWachtduur, Measure.None, Single(4, 1))
                .Figure(g, IndicatorCatalogue.VtBeoordelingTijdig, OnTime(level))
                .Figure(g, IndicatorCatalogue.VtBeoordelingTotaal, 10)
                .Figure(g, IndicatorCatalogue.VtOnderzoekTijdig, OnTime(level))
                .Figure(g, IndicatorCatalogue.VtOnderzoekTotaal, 10),
            _ when source is "GI-LDH" => i % 9 == 0 ? delivery.Gi(g, Measure.Ots, 3, 1, 0, 0, level) : delivery,
            _ when source is "GI-WSG" => i % 13 == 0 ? delivery.Gi(g, Measure.Jr, 2, 0, 0, 1, level) : delivery,
            _ => delivery
                .Gi(g, Measure.Ots, 40 + (i * 37 % 160), level)
                .Gi(g, Measure.Voogdij, 10 + (i * 11 % 30), Level.Low),
        };

    private static DeliveryBuilder Gi(this DeliveryBuilder delivery, string g, string measure, int lopende, Level level)
    {
        var (intake, transfer, care) = level switch
        {
            Level.High => (0.09m, 0.03m, 0.28m),
            Level.Medium => (0.035m, 0.015m, 0.12m),
            _ => (0.01m, 0.005m, 0.05m),
        };
        return delivery.Gi(g, measure, lopende, Round(lopende * intake), Round(lopende * transfer), Round(lopende * care), level);
    }

    private static DeliveryBuilder Gi(this DeliveryBuilder delivery, string g, string measure, int lopende, int intake, int transfer,
        int care, Level level)
    {
        var (intakeClass, careClass) = level switch { Level.High => (4, 5), Level.Medium => (2, 4), _ => (0, 1) };
        return delivery
            .Figure(g, IndicatorCatalogue.LopendeMaatregelen, lopende, measure)
            .Figure(g, IndicatorCatalogue.Instroomlijst, intake, measure)
            .Histogram(g, IndicatorCatalogue.InstroomlijstWachtduur, measure, Single(intake, intakeClass))
            .Figure(g, IndicatorCatalogue.Doorstroomlijst, transfer, measure)
            .Histogram(g, IndicatorCatalogue.DoorstroomlijstWachtduur, measure, Single(transfer, intakeClass))
            .Figure(g, IndicatorCatalogue.NieuweMaatregelen, 1 + (lopende / 20), measure)
            .Figure(g, IndicatorCatalogue.BeeindigdeMaatregelen, lopende / 25, measure)
            .Figure(g, IndicatorCatalogue.EersteContactTijdig, OnTime(level), measure)
            .Figure(g, IndicatorCatalogue.EersteContactTotaal, 10, measure)
            .Figure(g, IndicatorCatalogue.PlanVanAanpakTijdig, OnTime(level), measure)
            .Figure(g, IndicatorCatalogue.PlanVanAanpakTotaal, 10, measure)
            .Figure(g, IndicatorCatalogue.WachtOpHulp, care, measure)
            .Histogram(g, IndicatorCatalogue.WachtOpHulpWachtduur, measure, Single(care, careClass));
    }

    private static int OnTime(Level level) => level switch { Level.High => 4, Level.Medium => 7, _ => 9 };

    private static int Round(decimal value) => (int)decimal.Round(value, MidpointRounding.AwayFromZero);

    private static long[] Single(long count, int classIndex)
    {
        var counts = new long[WaitingTimeClass.All.Count];
        counts[classIndex] = count;
        return counts;
    }

    /// <summary>Every current source with the gemeenten it covers, each gemeente's jeugdregio and its index in code order.</summary>
    internal static async Task<Coverage> CoverageAsync(InstroomDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<CoverageRow>("""
            SELECT s.code AS Source, s.kind AS Kind, g.code AS Gemeente, j.code AS Jeugdregio
            FROM source_coverage c
            JOIN source s ON s.source_id = c.source_id
            JOIN area g ON g.area_id = c.area_id AND g.kind = 'gemeente'
            JOIN area_membership m ON m.area_id = g.area_id AND m.valid_to IS NULL
            JOIN area j ON j.area_id = m.parent_area_id AND j.kind = 'jeugdregio'
            WHERE c.valid_to IS NULL AND s.valid_to IS NULL
            ORDER BY s.code, g.code
            """)).ToList();
        var gemeenten = rows.Select(row => row.Gemeente).Distinct().Order(StringComparer.Ordinal).ToList();
        return new Coverage(
            rows.GroupBy(row => row.Source).ToDictionary(group => group.Key, group => group.Select(row => row.Gemeente).ToList()),
            rows.GroupBy(row => row.Source).ToDictionary(group => group.Key, group => Enum.Parse<SourceKind>(group.First().Kind)),
            rows.GroupBy(row => row.Gemeente).ToDictionary(group => group.Key, group => group.First().Jeugdregio),
            gemeenten.Select((code, index) => (code, index)).ToDictionary(pair => pair.code, pair => pair.index));
    }

    internal sealed record Coverage(
        Dictionary<string, List<string>> BySource,
        Dictionary<string, SourceKind> KindOf,
        Dictionary<string, string> JeugdregioOf,
        Dictionary<string, int> Index);

    private sealed class CoverageRow
    {
        public string Source { get; init; } = "";

        public string Kind { get; init; } = "";

        public string Gemeente { get; init; } = "";

        public string Jeugdregio { get; init; } = "";
    }

    private enum Level
    {
        Low,
        Medium,
        High,
    }
}
