using Instroom.Data.Disclosure;
using Instroom.Data.Indicators;
using Instroom.Data.Rollups;
using Instroom.Web.Features.Dashboard;

namespace Instroom.Web.Features.RegionReport;

/// <summary>One region's view of the week's <see cref="WeekCounts"/>: what its weekbeeld shows.</summary>
public sealed class RegionCounts(string region, WeekCounts week)
{
    public IReadOnlyList<SourceRef> GiSources => week.GiSourcesOf(region);

    public DisclosedCount Region(string indicator, string measure = Measure.None) => week.Region(region, indicator, measure);

    public DisclosedCount Gemeente(string gemeente, string indicator) => week.Gemeente(gemeente, indicator);

    public DisclosedCount Gi(string source, string indicator) => week.Gi(region, source, indicator);

    public bool Delivered(string source) => week.Delivered(region, source);

    public decimal? RawGi(string source, string indicator) => week.RawGi(region, source, indicator);

    public WaitingTimeHistogram? GiHistogram(string source, string histogramIndicator) => week.GiHistogram(region, source, histogramIndicator);
}
