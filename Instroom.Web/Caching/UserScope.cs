using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace Instroom.Web.Caching;

/// <summary>
/// What a user may see decides what a page shows: the roles and the assigned areas (<c>instroom:gebied</c>), sorted so
/// two users with the same rights share cached pages. Anonymous visitors (before sign-in exists) share one scope.
/// </summary>
public static class UserScope
{
    public const string AreaClaimType = "instroom:gebied";

    public const string Anonymous = "anoniem";

    public static string Of(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).Distinct();
        var areas = user.FindAll(AreaClaimType).Select(c => c.Value).Order(StringComparer.Ordinal).Distinct();
        return "rollen=" + string.Join(',', roles) + ";gebieden=" + string.Join(',', areas);
    }

    /// <summary>A short hash of the scope, for the ETag: a response says which rights it was made for without naming them.</summary>
    public static string Hash(string scope) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)))[..12];
}
