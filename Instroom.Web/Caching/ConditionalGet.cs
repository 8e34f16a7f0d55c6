using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Instroom.Web.Caching;

/// <summary>
/// ETag and Last-Modified on the <see cref="CachedPages"/>, tied to the <see cref="DataVersion"/> and the user's scope,
/// so a browser revisiting a page before the next import gets 304 Not Modified without the page being built or read
/// from the cache. Cache-Control <c>private, no-cache</c>: the browser keeps the page but asks every time.
/// </summary>
internal sealed class ConditionalGet(RequestDelegate next, DataVersionMonitor versions, IOptions<CachingOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!options.Value.Enabled || !CachedPages.Matches(context.Request))
        {
            return next(context);
        }

        var version = versions.Current;
        var etag = new EntityTagHeaderValue($"\"{version.Token}-{UserScope.Hash(UserScope.Of(context.User))}\"", isWeak: true);
        var request = context.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Equals(EntityTagHeaderValue.Any))
            : version.LastChangedAt is { } changed && request.IfModifiedSince is { } since
              && changed.ToDateTimeOffset() <= since.AddSeconds(1);
        if (notModified && version != DataVersion.Unknown)
        {
            SetHeaders(context.Response, etag, version);
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK && version != DataVersion.Unknown)
            {
                SetHeaders(context.Response, etag, version);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void SetHeaders(HttpResponse response, EntityTagHeaderValue etag, DataVersion version)
    {
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        if (version.LastChangedAt is { } changed)
        {
            headers.LastModified = changed.ToDateTimeOffset();
        }

        // Downloads say no-store themselves; that stays.
        if (string.IsNullOrEmpty(response.Headers.CacheControl))
        {
            response.Headers.CacheControl = "private, no-cache";
        }
    }
}
