using Instroom.Tests.Support;

namespace Instroom.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class SeededBrowserCollection : ICollectionFixture<SeededBrowserFixture>
{
    public const string Name = "Browser met gegevens";
}

/// <summary>
/// A second app and browser with <see cref="DashboardSeed"/> written into its database, for pages that need figures
/// (trends, aanleveringen). Separate from <see cref="BrowserFixture"/>, whose empty database other pages' tests expect.
/// </summary>
public sealed class SeededBrowserFixture() : BrowserFixture(new TestPagesApp())
{
    private DashboardSeed? _seed;

    public DashboardSeed Seed => _seed ?? throw new InvalidOperationException("The seed is written when the fixture starts.");

    protected override async Task PrepareAsync() => _seed = await DashboardSeed.WriteAsync(App.Services);
}
