using Instroom.Tests.Support;

namespace Instroom.Tests.Dashboard.Support;

/// <summary>The real app over HTTP (no browser), its database seeded once per test class by <see cref="SeedAsync"/>.</summary>
public abstract class SeededApp : IAsyncLifetime
{
    public InstroomApp App { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Signs in the default test user (every region) through the real form; the client then sends that session.
        await App.InitializeAsync();
        Client = App.CreateClient();
        // The first page of a week discloses the whole country once (then it is cached); on a shared, loaded machine that
        // can take longer than HttpClient's 100 seconds. These tests prove what is shown, not how fast.
        Client.Timeout = TimeSpan.FromMinutes(10);
        await SeedAsync(App.Services);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }

    protected abstract Task SeedAsync(IServiceProvider services);
}
