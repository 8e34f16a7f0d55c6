namespace Instroom.Web.Caching;

/// <summary>Configuration section <c>Instroom:Caching</c>.</summary>
public sealed class CachingOptions
{
    public const string SectionName = "Instroom:Caching";

    /// <summary>Whether pages are cached and answer conditional requests; on by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether the version is read in the background; tests turn it off and call DataVersionMonitor.CheckAsync.</summary>
    public bool Poll { get; set; } = true;

    /// <summary>How often the data version is read; a change shows at most this late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a cached page may live even without a data change (memory bound, not freshness).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(6);
}
