using Instroom.Data.Access;
using Instroom.Data.Areas;
using Instroom.Data.Calendar;
using Microsoft.Extensions.Caching.Memory;
using NodaTime;

namespace Instroom.Web.Security;

/// <summary>
/// The areas the signed-in user of a request may see (<see cref="VisibleAreas"/>), resolved once per request against
/// today's areas. The area directory itself is the same for everybody and is cached for a few minutes.
/// </summary>
public sealed class AreaScopes(AreaDirectoryQueries areas, IMemoryCache cache, IClock clock)
{
    private static readonly TimeSpan DirectoryLifetime = TimeSpan.FromMinutes(10);
    private static readonly object ItemKey = new();

    public async Task<VisibleAreas> ForAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        if (context.Items.TryGetValue(ItemKey, out var known) && known is VisibleAreas visible)
        {
            return visible;
        }

        var today = clock.Today();
        var directory = (await cache.GetOrCreateAsync((typeof(AreaScopes), today), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = DirectoryLifetime;
            return areas.LoadAsync(today, cancellationToken);
        }))!;
        visible = UserScope.From(context.User).Resolve(directory);
        context.Items[ItemKey] = visible;
        return visible;
    }
}
