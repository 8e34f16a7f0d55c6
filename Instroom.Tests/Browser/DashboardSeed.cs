using System.Globalization;
using System.Text;
using Dapper;
using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Status;
using Instroom.Data.Storage;
using Instroom.Data.Supervision;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Import;
using Instroom.Jobs.Sources;
using Instroom.Tests.Status.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Instroom.Web.Features.Dashboard;

namespace Instroom.Tests.Browser;

/// <summary>
/// Two years and a bit of weekly deliveries for Rijnmond (jeugdregio JZ29, toezichtregio TR10) from the real reference
/// data's sources — GI-JBRR, the Raad and Veilig Thuis Rotterdam-Rijnmond — with a correction, a period of verscherpt
/// toezicht and stored statuses for the last weeks. Figures follow the formulas below, so tests can say what a week
/// must show; Barendrecht (the first gemeente) has only small counts, so disclosure control has something to hide.
/// </summary>
public sealed class DashboardSeed
{
    public const string Region = "JZ29";
    public const string Toezichtregio = "TR10";
    public const string Gi = "GI-JBRR";
    public const string Vt = "VT-18";
    public const string Raad = "RAAD";
    public const int Weeks = 110;

    /// <summary>The gemeenten of JZ29 in a fixed order; index 0 (Barendrecht) is the small one, 5 is Rotterdam.</summary>
    public static readonly IReadOnlyList<string> Gemeenten =
    [
        "GM0489", "GM0502", "GM0542", "GM0556", "GM0597", "GM0599", "GM0606", "GM0613", "GM0622", "GM1621", "GM1924", "GM1930", "GM1992",
    ];

    private DashboardSeed(LocalDate yesterday)
    {
        LatestReferenceDate = yesterday;
        Latest = IsoWeek.Of(yesterday);
    }

    /// <summary>Yesterday: the peildatum of the last delivery of every source.</summary>
    public LocalDate LatestReferenceDate { get; }

    /// <summary>The week of yesterday's peildatum: the last week of every default trend.</summary>
    public IsoWeek Latest { get; }

    public IsoWeek First => Latest.Plus(-(Weeks - 1));

    /// <summary>The week whose GI delivery was corrected (the correction adds one child to Rotterdam's OTS instroomlijst).</summary>
    public IsoWeek CorrectedWeek => Latest.Plus(-2);

    public SupervisionPeriod? Supervision { get; private set; }

    /// <summary>The night (peildatum) in which every source failed.</summary>
    public LocalDate SystemicFailureNight { get; private set; }

    /// <summary>The quarantined delivery whose payload carries a script tag.</summary>
    public int QuarantineId { get; private set; }

    /// <summary>Text in the quarantined payload that must show as text, never run.</summary>
    public const string ScriptInPayload = "<script>document.title='gehackt'</script>";

    /// <summary>The file name the source gave, with markup that must show as text.</summary>
    public const string FileNameWithHtml = "<img src=x onerror=alert(1)>.json";

    public int IndexOf(IsoWeek week) => (week.Monday.ToDateOnly().DayNumber - First.Monday.ToDateOnly().DayNumber) / 7;

    public static async Task<DashboardSeed> WriteAsync(IServiceProvider services)
    {
        var clock = services.GetRequiredService<IClock>();
        var yesterday = clock.Today().PlusDays(-1);
        var seed = new DashboardSeed(yesterday);
        var fixture = new FigureFixture(services.GetRequiredService<InstroomDatabase>());
        for (var week = seed.First; week <= seed.Latest; week = week.Plus(1))
        {
            var i = seed.IndexOf(week);
            var peildatum = week.Sunday < yesterday ? week.Sunday : yesterday;
            await GiDelivery(fixture.Delivery(Gi, peildatum), i, correction: false).SaveAsync();
            if (week == seed.CorrectedWeek)
            {
                await GiDelivery(fixture.Delivery(Gi, peildatum), i, correction: true).SaveAsync();
            }

            await RaadDelivery(fixture.Delivery(Raad, peildatum), i).SaveAsync();
            await VtDelivery(fixture.Delivery(Vt, peildatum), i).SaveAsync();
        }

        seed.Supervision = await services.GetRequiredService<SupervisionPeriods>()
            .StartAsync(Toezichtregio, seed.Latest.Plus(-60).Monday, null, "Testperiode", "test");
        seed.Supervision = await services.GetRequiredService<SupervisionPeriods>()
            .EndAsync(seed.Supervision.Id, seed.Latest.Plus(-35).Monday, null, "test");
        await seed.WriteIngestionAsync(services, yesterday);
        await services.GetRequiredService<StatusRuleStore>().SeedDefaultsAsync();
        await services.GetRequiredService<RegionStatusRecomputer>()
            .RecomputeWeeksAsync(Enumerable.Range(0, 13).Select(back => seed.Latest.Plus(-back)));

        // What the web app's background computes after an import, so trends never wait for it.
        await services.GetRequiredService<WeekHiddenTotals>().EnsureAsync(seed.Latest.Plus(-160), seed.Latest);
        return seed;
    }

    /// <summary>
    /// What the pull and lateness jobs record: connections (http, folder, one switched off), a rejected delivery in
    /// quarantine, failed and not-yet-available attempts, expectations of the last week and a systemic failure.
    /// </summary>
    private async Task WriteIngestionAsync(IServiceProvider services, LocalDate yesterday)
    {
        var connections = services.GetRequiredService<SourceConnections>();
        await connections.SeedAsync(Gi, new SourceConnectionSeed { BaseUrl = "http://127.0.0.1:9/bronnen/GI-JBRR", TokenSecretName = "Instroom:Tokens:GI-JBRR" },
            "04:30", 60, 10 * 1024 * 1024);
        await connections.SeedAsync(Raad, new SourceConnectionSeed { Connector = SourceConnectors.Folder, FolderPath = "/srv/instroom/raad" }, "05:00", 30,
            20 * 1024 * 1024);
        await connections.SeedAsync(Vt, new SourceConnectionSeed { BaseUrl = "http://127.0.0.1:9/bronnen/VT-18", Enabled = false }, "04:30", 60,
            10 * 1024 * 1024);

        var payload = Encoding.UTF8.GetBytes(
            "{\"schema\":\"instroom-aanlevering/1\",\"leveringId\":\"" + ScriptInPayload +
            "\",\"bron\":\"VT-18\",\"peildatum\":\"" + yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) +
            "\",\"aangemaakt\":\"2026-01-01T02:00:00+01:00\",\"cijfers\":[]}");
        var rejected = await services.GetRequiredService<DeliveryImporter>().ImportAsync(
            new ImportRequest(Vt, payload, DeliveryFormat.Json, "handmatig", FileName: FileNameWithHtml));
        var runs = services.GetRequiredService<ImportRunLog>();
        await runs.RecordAsync(Raad, yesterday, "schema", 2, ImportOutcome.Failed, "Time-out na 30 seconden");
        await runs.RecordAsync(Gi, yesterday.PlusDays(1), "schema", 1, ImportOutcome.NotYetAvailable, null);

        SystemicFailureNight = yesterday.PlusDays(-2);
        await using var connection = await services.GetRequiredService<InstroomDatabase>().OpenAsync();
        QuarantineId = await connection.ExecuteScalarAsync<int>("SELECT quarantine_id FROM quarantine WHERE import_run_id = @Id",
            new { Id = rejected.ImportRunId });
        foreach (var (source, back, state) in new[] { (Gi, 0, "ontvangen"), (Gi, 1, "ontvangen"), (Raad, 0, "te-laat"), (Raad, 3, "ontbrekend"), (Vt, 0, "verwacht") })
        {
            var date = yesterday.PlusDays(-back);
            await connection.ExecuteAsync(
                "INSERT INTO delivery_expectation (source_id, reference_date, deadline_at, state, checked_at) " +
                "SELECT source_id, @Date, @Deadline, @State, @Deadline FROM source WHERE code = @Source",
                new { Source = source, Date = date, Deadline = date.PlusDays(1).AtMidnight().InUtc().ToInstant(), State = state });
        }

        foreach (var (back, failed) in new[] { (1, 0), (2, 41), (3, 1) })
        {
            await connection.ExecuteAsync(
                "INSERT INTO import_night (reference_date, sources_expected, sources_failed, systemic_failure, evaluated_at) " +
                "VALUES (@Date, 41, @Failed, @Systemic, @At)",
                new { Date = yesterday.PlusDays(-back), Failed = failed, Systemic = failed == 41 ? 1 : 0, At = yesterday.AtMidnight().InUtc().ToInstant() });
        }
    }

    public static int Size(int g) => g == 5 ? 8 : 1 + (g % 3);

    public static int LopendeOts(int g) => (60 * Size(g)) + (5 * g);

    public static int LopendeJr(int g) => 15 * Size(g);

    public static int InstroomOts(int i, int g) => g == 0 ? 1 + (i % 4) : (Size(g) * (4 + (int)Math.Round(3 * Math.Sin(i / 9.0)))) + (g % 2);

    public static int InstroomJr(int i, int g) => g == 0 ? 0 : Size(g) * (1 + (i % 2));

    public static int DoorstroomOts(int i, int g) => g == 0 ? 0 : Size(g) * (2 + (i / 13 % 3));

    /// <summary>Children without a vaste jeugdbeschermer in JZ29 in week <paramref name="i"/>, before any correction.</summary>
    public static int WithoutCaseworker(int i) =>
        Enumerable.Range(0, Gemeenten.Count).Sum(g => InstroomOts(i, g) + InstroomJr(i, g) + DoorstroomOts(i, g));

    public static int Lopende() => Enumerable.Range(0, Gemeenten.Count).Sum(g => LopendeOts(g) + LopendeJr(g));

    private static DeliveryBuilder GiDelivery(DeliveryBuilder delivery, int i, bool correction)
    {
        for (var g = 0; g < Gemeenten.Count; g++)
        {
            var gemeente = Gemeenten[g];
            var size = Size(g);
            var instroomOts = InstroomOts(i, g) + (correction && g == 5 ? 1 : 0);
            Stock(delivery, gemeente, Measure.Ots, IndicatorCatalogue.Instroomlijst, IndicatorCatalogue.InstroomlijstWachtduur, instroomOts, i / 20 % 3);
            Stock(delivery, gemeente, Measure.Jr, IndicatorCatalogue.Instroomlijst, IndicatorCatalogue.InstroomlijstWachtduur, InstroomJr(i, g), 1);
            Stock(delivery, gemeente, Measure.Ots, IndicatorCatalogue.Doorstroomlijst, IndicatorCatalogue.DoorstroomlijstWachtduur, DoorstroomOts(i, g), 2);
            Stock(delivery, gemeente, Measure.Jr, IndicatorCatalogue.Doorstroomlijst, IndicatorCatalogue.DoorstroomlijstWachtduur, 0, 0);
            Stock(delivery, gemeente, Measure.Ots, IndicatorCatalogue.WachtOpHulp, IndicatorCatalogue.WachtOpHulpWachtduur, g == 0 ? 2 : size * (3 + (i / 15)), 3);
            Stock(delivery, gemeente, Measure.Jr, IndicatorCatalogue.WachtOpHulp, IndicatorCatalogue.WachtOpHulpWachtduur, 0, 0);
            foreach (var (measure, lopende, share) in new[] { (Measure.Ots, LopendeOts(g), 1.0), (Measure.Jr, LopendeJr(g), 0.6) })
            {
                var contact = g == 0 ? 2 : size * 6;
                var plan = g == 0 ? 1 : size * 5;
                delivery
                    .Figure(gemeente, IndicatorCatalogue.LopendeMaatregelen, lopende, measure)
                    .Figure(gemeente, IndicatorCatalogue.NieuweMaatregelen, g == 0 ? 1 : size * 3, measure)
                    .Figure(gemeente, IndicatorCatalogue.BeeindigdeMaatregelen, g == 0 ? 1 : (size * 2) + (i % 2), measure)
                    .Figure(gemeente, IndicatorCatalogue.EersteContactTotaal, contact, measure)
                    .Figure(gemeente, IndicatorCatalogue.EersteContactTijdig, (decimal)Math.Round(contact * share * (0.55 + (0.25 * Math.Sin(i / 12.0)))), measure)
                    .Figure(gemeente, IndicatorCatalogue.PlanVanAanpakTotaal, plan, measure)
                    .Figure(gemeente, IndicatorCatalogue.PlanVanAanpakTijdig, (decimal)Math.Round(plan * share * (0.5 + (0.2 * Math.Cos(i / 10.0)))), measure);
            }
        }

        return delivery;
    }

    private static DeliveryBuilder RaadDelivery(DeliveryBuilder delivery, int i)
    {
        for (var g = 0; g < Gemeenten.Count; g++)
        {
            var size = Size(g);
            Stock(delivery, Gemeenten[g], Measure.None, IndicatorCatalogue.RaadWachtlijst, IndicatorCatalogue.RaadWachtduur,
                g == 0 ? 1 : (size * 2) + (i / 26), 1 + (i / 40));
            delivery
                .Figure(Gemeenten[g], IndicatorCatalogue.RaadVerzoeken, g == 0 ? 1 : size * 3)
                .Figure(Gemeenten[g], IndicatorCatalogue.RaadGestart, g == 0 ? 1 : size * 3)
                .Figure(Gemeenten[g], IndicatorCatalogue.RaadSpoedzaken, g == 0 ? 0 : size);
        }

        return delivery;
    }

    private static DeliveryBuilder VtDelivery(DeliveryBuilder delivery, int i)
    {
        for (var g = 0; g < Gemeenten.Count; g++)
        {
            var size = Size(g);
            Stock(delivery, Gemeenten[g], Measure.None, IndicatorCatalogue.VtWachtlijst, IndicatorCatalogue.VtWachtduur, g == 0 ? 3 : size * 3, 0);
            var beoordeling = g == 0 ? 4 : size * 8;
            var onderzoek = g == 0 ? 2 : size * 4;
            delivery
                .Figure(Gemeenten[g], IndicatorCatalogue.VtBeoordelingTotaal, beoordeling)
                .Figure(Gemeenten[g], IndicatorCatalogue.VtBeoordelingTijdig, (decimal)Math.Round(beoordeling * (0.45 + (0.1 * Math.Sin(i / 7.0)))))
                .Figure(Gemeenten[g], IndicatorCatalogue.VtOnderzoekTotaal, onderzoek)
                .Figure(Gemeenten[g], IndicatorCatalogue.VtOnderzoekTijdig, (decimal)Math.Round(onderzoek * 0.3));
        }

        return delivery;
    }

    /// <summary>A stock with its histogram: a third in class <paramref name="shift"/>, a third two classes on, the rest four on.</summary>
    private static void Stock(DeliveryBuilder delivery, string gemeente, string measure, string stock, string histogram, int count, int shift)
    {
        var classes = new long[WaitingTimeClass.All.Count];
        classes[shift] += count / 3;
        classes[Math.Min(shift + 2, classes.Length - 1)] += count / 3;
        classes[Math.Min(shift + 4, classes.Length - 1)] += count - (2 * (count / 3));
        delivery.Figure(gemeente, stock, count, measure).Histogram(gemeente, histogram, measure, classes);
    }
}
