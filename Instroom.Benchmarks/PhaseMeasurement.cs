using System.Globalization;
using Dapper;
using Instroom.Data.Calendar;
using Instroom.Data.Status;
using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Import;
using NodaTime;

namespace Instroom.Benchmarks;

/// <summary>
/// <c>meet [--jaren N] [--database PAD]</c>: one backfill of N years of weekly national nights, timed by phase —
/// simulate, parse, validate (each measured alone on the same payloads), import (the real importer, which parses and
/// validates again and writes), and the status recomputation of every week once at the end. Prints one line per phase.
/// </summary>
public static class PhaseMeasurement
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var years = Option(args, "--jaren") is { } y ? int.Parse(y, CultureInfo.InvariantCulture) : 5;
        var lastSunday = LastSunday(DutchTimeToday());
        await using var world = await BenchmarkWorld.CreateAsync(Option(args, "--database"));
        var dates = BenchmarkWorld.WeeklyPeildata(lastSunday, years);

        var watch = PhaseClock.StartNew();
        var nights = await world.NightsAsync(dates);
        var simulate = watch.Lap();
        var requests = nights.SelectMany(n => n).ToList();

        var documents = requests.AsParallel().Select(r => DeliveryParser.Parse(r.Payload, r.Format, DeliveryLimits.Default).Document!).ToList();
        var parse = watch.Lap();

        var gemeenten = await GemeentenAsync(world.Get<InstroomDatabase>());
        var validator = world.Get<DeliveryValidator>();
        var reasons = requests.Zip(documents).AsParallel().Sum(pair =>
            validator.Validate(pair.Second, DeliveryFormat.Json, new DeliveryValidationContext(pair.First.SourceCode, KindOf(pair.First.SourceCode),
                gemeenten, pair.First.ExpectedReferenceDate, HistoricLoad: true)).Count);
        var validate = watch.Lap();

        var summary = await world.Get<NightImporter>().ImportNightsAsync(nights);
        var import = watch.Lap();

        await world.Get<RegionStatusRecomputer>().RecomputeWeeksAsync(dates.Select(IsoWeek.Of));
        var recompute = watch.Lap();

        var figures = summary.Figures;
        var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[0] : "?";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            {years} jaar wekelijks: {dates.Count} peildata, {requests.Count} leveringen, {figures:N0} cijferrijen, {reasons} redenen; load {load}
              fase        klok (s)  cpu (s)
              simuleren   {simulate}  (parallel; geen importkosten)
              parsen      {parse}  (parallel, los gemeten)
              valideren   {validate}  (parallel, los gemeten)
              importeren  {import}  (parsen + valideren + schrijven; {figures / import.Wall.TotalSeconds:N0} rijen/s)
              status      {recompute}  ({dates.Count} weken, alle regio's)
              database    {new FileInfo(world.DatabasePath).Length / 1048576.0:0} MiB
            """));
        return summary.Imported == requests.Count ? 0 : 1;
    }

    internal static LocalDate DutchTimeToday() => SystemClock.Instance.GetCurrentInstant().InZone(DutchTime.Zone).Date;

    internal static LocalDate LastSunday(LocalDate today)
    {
        var yesterday = today.PlusDays(-1);
        return yesterday.PlusDays(-((int)yesterday.DayOfWeek % 7));
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static Data.Sources.SourceKind KindOf(string code) =>
        code == "RAAD" ? Data.Sources.SourceKind.RAAD : code.StartsWith("VT-", StringComparison.Ordinal) ? Data.Sources.SourceKind.VT : Data.Sources.SourceKind.GI;

    private static async Task<IReadOnlySet<string>> GemeentenAsync(InstroomDatabase database)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<string>("SELECT code FROM area WHERE kind = 'gemeente'")).ToHashSet(StringComparer.Ordinal);
    }
}
