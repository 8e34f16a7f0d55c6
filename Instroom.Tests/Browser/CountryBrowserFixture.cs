using Instroom.Tests.Dashboard.Support;
using Instroom.Tests.Support;

namespace Instroom.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class CountryBrowserCollection : ICollectionFixture<CountryBrowserFixture>
{
    public const string Name = "Browser met het hele land";
}

/// <summary>
/// An app and browser with <see cref="DashboardWorld"/> in its database — 26 weeks of figures for all 342 gemeenten,
/// computed statuses and toezicht periods — for the landelijk overzicht, the regio weekbeeld and the inspectie page.
/// Separate from <see cref="BrowserFixture"/> (empty) and <see cref="SeededBrowserFixture"/> (Rijnmond's history).
/// </summary>
public sealed class CountryBrowserFixture() : BrowserFixture(new TestPagesApp())
{
    protected override Task PrepareAsync() => DashboardWorld.SeedAsync(App.Services);
}
