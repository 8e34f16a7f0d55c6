using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Sources;
using NodaTime;

namespace Instroom.Tests.Rollups.Support;

/// <summary>Builds a <see cref="WeekInput"/> in memory, for tests of the pure aggregation and rules.</summary>
internal sealed class WeekInputBuilder(IsoWeek week)
{
    public static readonly IsoWeek Week47 = new(2026, 47);

    private readonly List<RegionComposition> _regions = [];
    private readonly List<SourceExpectation> _expected = [];
    private readonly List<UsedDelivery> _deliveries = [];
    private readonly List<GemeenteFigure> _figures = [];
    private readonly Dictionary<string, SourceRef> _sources = new(StringComparer.Ordinal);

    public WeekInputBuilder()
        : this(Week47)
    {
    }

    public WeekInputBuilder Region(string code, string kind, params string[] gemeenten)
    {
        _regions.Add(new RegionComposition(new RegionRef(code, "Regio " + code, kind), gemeenten));
        return this;
    }

    public WeekInputBuilder Expect(string source, SourceKind kind, params string[] gemeenten)
    {
        _expected.AddRange(gemeenten.Select(g => new SourceExpectation(Source(source, kind), g)));
        return this;
    }

    public WeekInputBuilder Deliver(string source, SourceKind kind, LocalDate? referenceDate = null, bool corrected = false)
    {
        _deliveries.Add(new UsedDelivery(Source(source, kind), referenceDate ?? week.Sunday, corrected));
        return this;
    }

    public WeekInputBuilder Figure(string source, string gemeente, string indicator, decimal value, string measure = Measure.None)
    {
        _figures.Add(new GemeenteFigure(source, gemeente, indicator, measure, "", value));
        return this;
    }

    public WeekInputBuilder Histogram(string source, string gemeente, string indicator, string measure, params long[] counts)
    {
        _figures.AddRange(counts.Select((count, i) => new GemeenteFigure(source, gemeente, indicator, measure, WaitingTimeClass.All[i].Code, count)));
        return this;
    }

    public WeekInput Build() => new(week, _regions, _expected, _deliveries, _figures);

    public RegionRollup Rollup(string regionCode) => WeekRollup.Aggregate(Build()).Single(r => r.Region.Code == regionCode);

    public RegionWeek RegionWeek(string regionCode) => RegionWeekBuilder.Build(Rollup(regionCode));

    private SourceRef Source(string code, SourceKind kind)
    {
        if (!_sources.TryGetValue(code, out var source))
        {
            source = new SourceRef(code, "Bron " + code, kind);
            _sources.Add(code, source);
        }

        return source;
    }
}
