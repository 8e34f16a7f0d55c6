namespace Instroom.Jobs.Demo;

/// <summary>
/// The landscape read once, on first use (by then the database is migrated and loaded); a failed read is retried
/// on the next request instead of being remembered.
/// </summary>
public sealed class DemoLandscapeCache(DemoLandscapeQueries queries) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DemoLandscape? _landscape;

    public async Task<DemoLandscape> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_landscape is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _landscape ??= await queries.LoadAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
