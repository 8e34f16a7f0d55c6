using Instroom.Tests.Support;

namespace Instroom.Tests.Dashboard.Support;

/// <summary>The real app over HTTP (no browser), its database seeded once per test class by <see cref="SeedAsync"/>.</summary>
public abstract class SeededApp : IAsyncLifetime
{
    public InstroomApp App { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = App.CreateClient();
        await SeedAsync(App.Services);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }

    protected abstract Task SeedAsync(IServiceProvider services);
}
