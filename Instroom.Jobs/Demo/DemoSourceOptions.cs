using System.ComponentModel.DataAnnotations;

namespace Instroom.Jobs.Demo;

/// <summary>
/// The demo source server (section <c>Instroom:Demo</c>): plays every registered source over HTTP on 127.0.0.1 so
/// a demo or development install has nightly deliveries without real organisations.
/// </summary>
public sealed class DemoSourceOptions
{
    public const string SectionName = "Instroom:Demo";

    public const int DefaultSeed = 20191107;

    /// <summary>Start the demo source server with the application.</summary>
    public bool Enabled { get; set; }

    /// <summary>TCP port on 127.0.0.1; 0 lets the operating system choose a free one.</summary>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>
    /// The bearer token the demo sources expect. Demo only and not a secret: the server listens on loopback and
    /// serves simulated counts; real sources' tokens live in user-secrets or the environment.
    /// </summary>
    [Required]
    public string Token { get; set; } = "instroom-demo";

    /// <summary>Weeks of history filled on the first start with an empty database, so trend charts over two years mean something.</summary>
    [Range(0, 520)]
    public int HistoryWeeks { get; set; } = 104;

    /// <summary>Seed of the simulation: the same seed gives the same deliveries on every machine.</summary>
    public int Seed { get; set; } = DefaultSeed;
}
