using System.Collections.Concurrent;
using Instroom.Data.Sources;
using NodaTime;

namespace Instroom.Jobs.Demo;

/// <summary>
/// The registered sources, their werkgebied and the regions of every gemeente, with their validity, so the demo
/// can answer "who delivers what for which gemeente on this date". Pure: built from rows the caller read.
/// </summary>
public sealed class DemoLandscape
{
    /// <summary>Share of a gemeente's cases a national GI carries where it has cases (simulation assumption).</summary>
    public const double NationalGiCaseShare = 0.08;

    /// <summary>A GI covering at least this share of all gemeenten is treated as national.</summary>
    private const double NationalCoverage = 0.9;

    private readonly IReadOnlyList<DemoSourceRow> _sources;
    private readonly ILookup<string, DemoCoverageRow> _coverage;
    private readonly IReadOnlyList<DemoMembershipRow> _memberships;
    private readonly LocalDate[] _boundaries;
    private readonly ConcurrentDictionary<int, IReadOnlyList<DemoSource>> _byPeriod = new();

    public DemoLandscape(IEnumerable<DemoSourceRow> sources, IEnumerable<DemoCoverageRow> coverage,
        IEnumerable<DemoMembershipRow> memberships)
    {
        _sources = sources.OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        _coverage = coverage.ToLookup(c => c.SourceCode, StringComparer.Ordinal);
        _memberships = memberships.ToList();
        // The answer only changes on a date where some validity starts or ends; between two such dates it is shared.
        _boundaries = _sources.SelectMany(s => new[] { s.ValidFrom, s.ValidTo })
            .Concat(_coverage.SelectMany(group => group).SelectMany(c => new[] { c.ValidFrom, c.ValidTo }))
            .Concat(_memberships.SelectMany(m => new[] { m.ValidFrom, m.ValidTo }))
            .OfType<LocalDate>().Distinct().Order().ToArray();
    }

    /// <summary>Every source valid on <paramref name="date"/> with the gemeenten it delivers for, ordered by code.</summary>
    public IReadOnlyList<DemoSource> SourcesOn(LocalDate date)
    {
        var index = Array.BinarySearch(_boundaries, date);
        var period = index >= 0 ? index : ~index - 1;
        return period < 0 ? [] : _byPeriod.GetOrAdd(period, _ => Build(_boundaries[period]));
    }

    public DemoSource? SourceOn(string code, LocalDate date) =>
        SourcesOn(date).FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal));

    /// <summary>
    /// Where a national GI has cases: a stable subset of about 15% of the gemeenten, the larger ones (by
    /// <see cref="GemeenteWeight"/>; never below 1.4 times the median, always the large cities), so a national night
    /// stays light (simulation assumption). Together they hold about a third of the children.
    /// </summary>
    public static bool NationalGiHasCases(string sourceCode, string gemeenteCode) =>
        StableHash.Unit(StableHash.Combine(StableHash.Of(sourceCode), "heeft-zaken:" + gemeenteCode))
            < Math.Clamp((GemeenteWeight.Of(gemeenteCode) - 1.4) / 2.5, 0, 1);

    private List<DemoSource> Build(LocalDate date)
    {
        var regions = GemeenteRegions(date);
        var weights = regions.Keys.ToDictionary(code => code, GemeenteWeight.Of, StringComparer.Ordinal);
        var totalWeight = weights.Values.Sum();

        var active = _sources.Where(s => IsValid(s.ValidFrom, s.ValidTo, date)).ToList();
        var covered = active.ToDictionary(
            s => s.Code,
            s => _coverage[s.Code].Where(c => IsValid(c.ValidFrom, c.ValidTo, date) && regions.ContainsKey(c.GemeenteCode))
                .Select(c => c.GemeenteCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
        var national = active
            .Where(s => s.Kind == SourceKind.GI && regions.Count > 0 && covered[s.Code].Count >= NationalCoverage * regions.Count)
            .Select(s => s.Code)
            .ToHashSet(StringComparer.Ordinal);

        // How many regional sources of a kind share a gemeente (e.g. two GIs in Zeeland until Briedis stopped), and
        // how many national GIs have cases there: the regional ones carry what the national ones leave.
        var regionalCount = new Dictionary<(SourceKind, string), int>();
        var nationalWithCases = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in active)
        {
            foreach (var gemeente in covered[source.Code])
            {
                if (!national.Contains(source.Code))
                {
                    regionalCount[(source.Kind, gemeente)] = regionalCount.GetValueOrDefault((source.Kind, gemeente)) + 1;
                }
                else if (NationalGiHasCases(source.Code, gemeente))
                {
                    nationalWithCases[gemeente] = nationalWithCases.GetValueOrDefault(gemeente) + 1;
                }
            }
        }

        var result = new List<DemoSource>(active.Count);
        foreach (var source in active)
        {
            var gemeenten = new List<DemoGemeente>(covered[source.Code].Count);
            foreach (var code in covered[source.Code])
            {
                var populationShare = weights[code] / totalWeight;
                var (jeugdregio, toezichtregio) = regions[code];
                double caseShare;
                if (national.Contains(source.Code))
                {
                    if (!NationalGiHasCases(source.Code, code))
                    {
                        continue;
                    }

                    caseShare = NationalGiCaseShare;
                }
                else
                {
                    var left = source.Kind == SourceKind.GI ? 1.0 - (nationalWithCases.GetValueOrDefault(code) * NationalGiCaseShare) : 1.0;
                    caseShare = left / regionalCount[(source.Kind, code)];
                }

                gemeenten.Add(new DemoGemeente(code, jeugdregio, toezichtregio, populationShare, caseShare));
            }

            result.Add(new DemoSource(source.Code, source.Kind, gemeenten));
        }

        return result;
    }

    private Dictionary<string, (string Jeugdregio, string Toezichtregio)> GemeenteRegions(LocalDate date)
    {
        var regions = new Dictionary<string, (string Jeugdregio, string Toezichtregio)>(StringComparer.Ordinal);
        foreach (var membership in _memberships.Where(m => IsValid(m.ValidFrom, m.ValidTo, date)))
        {
            var (jeugdregio, toezichtregio) = regions.GetValueOrDefault(membership.GemeenteCode, ("", ""));
            regions[membership.GemeenteCode] = membership.ParentKind == Instroom.Data.Areas.AreaKind.Jeugdregio
                ? (membership.ParentCode, toezichtregio)
                : (jeugdregio, membership.ParentCode);
        }

        return regions;
    }

    private static bool IsValid(LocalDate from, LocalDate? to, LocalDate date) => from <= date && (to is null || to > date);
}

/// <summary>A registered source with its validity (Dapper fills it; init setters so type conversion works).</summary>
public sealed class DemoSourceRow
{
    public string Code { get; init; } = "";

    public SourceKind Kind { get; init; }

    public LocalDate ValidFrom { get; init; }

    public LocalDate? ValidTo { get; init; }
}

/// <summary>One gemeente in a source's werkgebied for a period.</summary>
public sealed class DemoCoverageRow
{
    public string SourceCode { get; init; } = "";

    public string GemeenteCode { get; init; } = "";

    public LocalDate ValidFrom { get; init; }

    public LocalDate? ValidTo { get; init; }
}

/// <summary>A gemeente's jeugdregio or toezichtregio for a period.</summary>
public sealed class DemoMembershipRow
{
    public string GemeenteCode { get; init; } = "";

    public string ParentCode { get; init; } = "";

    public string ParentKind { get; init; } = "";

    public LocalDate ValidFrom { get; init; }

    public LocalDate? ValidTo { get; init; }
}
