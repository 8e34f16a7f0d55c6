using Instroom.Data.Storage;
using Instroom.Jobs.Demo;
using Instroom.Tests.Support;

namespace Instroom.Tests.Demo;

/// <summary>The registered organisations and regions, read once from a real SQLite database with the reference data.</summary>
public sealed class DemoLandscapeFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public DemoLandscape Landscape { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Landscape = await new DemoLandscapeQueries(_database.Database).LoadAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
