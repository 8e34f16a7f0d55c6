using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Instroom.Tests.Performance.Support;
using Instroom.Web.Caching;

namespace Instroom.Tests.Performance;

/// <summary>
/// Pages are cached until the data changes: a repeat is served without a query, a revisit with the ETag gets 304, and
/// after an import (seen by the data version monitor) the page is built again with the new figures.
/// </summary>
public sealed class PageCacheTests(RoundTripApp app) : IClassFixture<RoundTripApp>
{
    [Fact]
    public async Task Page_AskedAgain_IsServedFromTheCacheWithoutACommand()
    {
        await app.Versions.CheckAsync();
        using var client = app.CreateClient();

        var (first, firstCommands) = await app.GetCountedAsync(client, "/regios/JZ38");
        var (second, secondCommands) = await app.GetCountedAsync(client, "/regios/JZ38");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEmpty(firstCommands);
        Assert.Empty(secondCommands);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Revisit_WithTheETag_GetsNotModified_WithoutACommand()
    {
        await app.Versions.CheckAsync();
        using var client = app.CreateClient();
        var (first, _) = await app.GetCountedAsync(client, "/?niveau=toezichtregio");
        var etag = first.Headers.ETag;

        var (revisit, commands) = await app.GetCountedAsync(client, "/?niveau=toezichtregio", request => request.Headers.IfNoneMatch.Add(etag!));

        Assert.NotNull(etag);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, revisit.StatusCode);
        Assert.Equal(etag, revisit.Headers.ETag);
        Assert.Empty(commands);
    }

    [Fact]
    public async Task Import_ChangesTheETag_AndThePageIsBuiltAgain()
    {
        await app.Versions.CheckAsync();
        using var client = app.CreateClient();
        var (before, _) = await app.GetCountedAsync(client, "/regios/JZ29");
        var etag = before.Headers.ETag!;

        // A correction from Rijnmond's GI: a new delivery for the same peildatum.
        var imported = await app.ImportNightAsync(app.LastSunday, ["GI-JBRR"], version: 3);
        var changed = await app.Versions.CheckAsync();
        var (after, commands) = await app.GetCountedAsync(client, "/regios/JZ29", request => request.Headers.IfNoneMatch.Add(etag));

        Assert.Equal(1, imported.Imported);
        Assert.True(changed);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.NotEmpty(commands);
    }

    [Fact]
    public void UserScope_IsTheSameForTheSameRightsInAnyOrder_AndDiffersForOtherAreas()
    {
        static ClaimsPrincipal User(params (string Type, string Value)[] claims) =>
            new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));

        var first = User((ClaimTypes.Role, "Ketenpartner"), (UserScope.AreaClaimType, "JZ29"), (UserScope.AreaClaimType, "JZ02"));
        var same = User((UserScope.AreaClaimType, "JZ02"), (UserScope.AreaClaimType, "JZ29"), (ClaimTypes.Role, "Ketenpartner"));
        var other = User((ClaimTypes.Role, "Ketenpartner"), (UserScope.AreaClaimType, "JZ29"));

        Assert.Equal(UserScope.Of(first), UserScope.Of(same));
        Assert.NotEqual(UserScope.Of(first), UserScope.Of(other));
        Assert.Equal(UserScope.Anonymous, UserScope.Of(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
