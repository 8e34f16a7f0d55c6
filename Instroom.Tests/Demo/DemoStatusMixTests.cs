using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Data.Status;
using Instroom.Jobs.Demo;
using NodaTime;
using Xunit.Abstractions;

namespace Instroom.Tests.Demo;

/// <summary>
/// Under the default status rules the demo tells the inspecties' 2021 story: Friesland and Overijssel mostly green,
/// the five orange regions mostly orange, the four under verscherpt toezicht mostly red with at least one of them
/// improving, and movement everywhere. Simulated, rolled up and judged in memory, as the recomputer does.
/// </summary>
public sealed class DemoStatusMixTests(DemoLandscapeFixture fixture, ITestOutputHelper output) : IClassFixture<DemoLandscapeFixture>
{
    private static readonly string[] GreenIn2021 = ["TR01", "TR02"];
    private static readonly string[] OrangeIn2021 = ["TR03", "TR04", "TR05", "TR06", "TR07"];
    private static readonly string[] UnderToezicht = ["TR08", "TR09", "TR10", "TR11"];

    /// <summary>Seven weeks, fifteen weeks apart, over the two years up to the last full week before 23 November 2026.</summary>
    private static readonly IsoWeek[] SampleWeeks = Enumerable.Range(0, 7)
        .Select(i => IsoWeek.Of(new LocalDate(2026, 11, 22)).Plus(-15 * (6 - i)))
        .ToArray();

    private readonly DeliverySimulator _simulator = new(DemoSourceOptions.DefaultSeed);
    private readonly IReadOnlyList<StatusRule> _rules = DefaultStatusRules.Load(Instant.FromUtc(2026, 11, 23, 0, 0));

    [Fact]
    public void DefaultRules_GiveEveryGroupTheColourOf2021_MostWeeks_WithMovementEverywhere()
    {
        var statuses = SampleWeeks.Select(Statuses).ToList();
        var jeugdregioOf = JeugdregiosPerToezichtregio();
        Report(statuses, jeugdregioOf);

        IEnumerable<StatusColour> Colours(IEnumerable<string> toezichtregios, bool withJeugdregios) => statuses.SelectMany(week =>
            toezichtregios.SelectMany(tr => withJeugdregios ? jeugdregioOf[tr].Prepend(tr) : [tr]).Select(code => week[code]));

        Assert.All(GreenIn2021, tr => AssertMostly(StatusColour.Green, Colours([tr], withJeugdregios: true), tr));
        Assert.All(OrangeIn2021, tr => AssertMostly(StatusColour.Orange, Colours([tr], withJeugdregios: false), tr));
        Assert.All(UnderToezicht, tr => AssertMostly(StatusColour.Red, Colours([tr], withJeugdregios: false), tr));

        // Green today, red tomorrow: every group shows another colour now and then (toezichtregio's and jeugdregio's).
        Assert.Contains(Colours(GreenIn2021, withJeugdregios: true), c => c != StatusColour.Green);
        Assert.Contains(Colours(OrangeIn2021, withJeugdregios: true), c => c != StatusColour.Orange);
        Assert.Contains(Colours(UnderToezicht, withJeugdregios: true), c => c != StatusColour.Red);
        // A region under toezicht visibly improves: orange or better in the last two sample weeks.
        Assert.Contains(UnderToezicht, tr => statuses[^2][tr] != StatusColour.Red && statuses[^1][tr] != StatusColour.Red);
    }

    private static void AssertMostly(StatusColour expected, IEnumerable<StatusColour> colours, string region)
    {
        var list = colours.ToList();
        var share = list.Count(c => c == expected) / (double)list.Count;
        Assert.True(share > 0.5, $"{region}: {share:P0} {expected} of {string.Join(' ', list)}");
    }

    /// <summary>The status of every jeugdregio and toezichtregio in the week, from every source's delivery of its Sunday.</summary>
    private Dictionary<string, StatusColour> Statuses(IsoWeek week)
    {
        var peildatum = week.Sunday;
        var sources = fixture.Landscape.SourcesOn(peildatum);
        var gemeenten = sources.SelectMany(s => s.Gemeenten).DistinctBy(g => g.Code).ToList();
        var regions = gemeenten.GroupBy(g => g.Toezichtregio).Select(g => Composition(g.Key, AreaKind.Toezichtregio, g))
            .Concat(gemeenten.GroupBy(g => g.Jeugdregio).Select(g => Composition(g.Key, AreaKind.Jeugdregio, g)))
            .ToList();

        var expected = new List<SourceExpectation>();
        var deliveries = new List<UsedDelivery>();
        var figures = new List<GemeenteFigure>();
        foreach (var source in sources)
        {
            var reference = new SourceRef(source.Code, source.Code, source.Kind);
            var version = _simulator.BehaviourOf(source.Code, peildatum).Kind == DemoBehaviourKind.Invalid ? 2 : 1;
            var delivery = _simulator.Simulate(source, peildatum, version);
            expected.AddRange(source.Gemeenten.Select(g => new SourceExpectation(reference, g.Code)));
            deliveries.Add(new UsedDelivery(reference, peildatum, version > 1));
            figures.AddRange(delivery.Cijfers.Where(f => f.Gebied != IndicatorCatalogue.OrganisationArea).SelectMany(f => Figures(source.Code, f)));
        }

        var rollups = WeekRollup.Aggregate(new WeekInput(week, regions, expected, deliveries, figures));
        return rollups.ToDictionary(r => r.Region.Code, r => StatusEvaluator.Evaluate(RegionWeekBuilder.Build(r), _rules).Status,
            StringComparer.Ordinal);
    }

    private static RegionComposition Composition(string code, string kind, IEnumerable<DemoGemeente> gemeenten) =>
        new(new RegionRef(code, code, kind), gemeenten.Select(g => g.Code).ToList());

    private static IEnumerable<GemeenteFigure> Figures(string source, SimulatedFigure figure)
    {
        var measure = figure.Maatregel ?? "";
        return figure.Verdeling is { } classes
            ? classes.Select((count, i) => new GemeenteFigure(source, figure.Gebied, figure.Indicator, measure, WaitingTimeClass.All[i].Code, count))
            : [new GemeenteFigure(source, figure.Gebied, figure.Indicator, measure, "", figure.Waarde!.Value)];
    }

    private Dictionary<string, List<string>> JeugdregiosPerToezichtregio() =>
        fixture.Landscape.SourcesOn(SampleWeeks[^1].Sunday).SelectMany(s => s.Gemeenten)
            .GroupBy(g => g.Toezichtregio)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Jeugdregio).Distinct().Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

    private void Report(List<Dictionary<string, StatusColour>> statuses, Dictionary<string, List<string>> jeugdregioOf)
    {
        static char Letter(StatusColour colour) => colour switch
        {
            StatusColour.Green => 'G',
            StatusColour.Orange => 'O',
            StatusColour.Red => 'R',
            _ => '?',
        };

        output.WriteLine("weeks: " + string.Join(' ', SampleWeeks.Select(w => w.Key)));
        foreach (var tr in jeugdregioOf.Keys.Order(StringComparer.Ordinal))
        {
            output.WriteLine($"{tr}: {string.Concat(statuses.Select(s => Letter(s[tr])))}   jeugdregio's: " +
                string.Join(' ', jeugdregioOf[tr].Select(jr => string.Concat(statuses.Select(s => Letter(s[jr]))))));
        }

        foreach (var (name, group) in new[] { ("green", GreenIn2021), ("orange", OrangeIn2021), ("toezicht", UnderToezicht) })
        {
            var colours = statuses.SelectMany(s => group.SelectMany(tr => jeugdregioOf[tr].Prepend(tr)).Select(code => s[code])).ToList();
            output.WriteLine($"{name}: " + string.Join(", ", colours.GroupBy(c => c).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        }
    }
}
