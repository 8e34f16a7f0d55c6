using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Instroom.Web.Caching;

/// <summary>
/// Caches the rendered <see cref="CachedPages"/> per URL (path and whole query string), per <see cref="UserScope"/> and
/// per <see cref="DataVersion"/>, tagged <see cref="CachedPages.Tag"/> so the next import evicts them. Only a 200
/// without cookies is stored: a response that sets a cookie (antiforgery, sign-in) belongs to one user.
/// </summary>
internal sealed class DataOutputCachePolicy(DataVersionMonitor versions, IOptions<CachingOptions> options) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!options.Value.Enabled || !CachedPages.Matches(context.HttpContext.Request))
        {
            return ValueTask.CompletedTask;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = options.Value.MaxAge;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["scope"] = UserScope.Of(context.HttpContext.User);
        context.CacheVaryByRules.VaryByValues["versie"] = versions.Current.Token;
        context.Tags.Add(CachedPages.Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
