using System.Text.RegularExpressions;

namespace Instroom.Web.Caching;

/// <summary>
/// The GET requests whose answer depends only on the data, the query string and the user's scope: the overview, a
/// region's weekbeeld, the trend page, its chart data, and their downloads. Pages with forms that post (inspectie,
/// beheer) or with per-request content (aanleveringen' confirmations) are not in the list.
/// </summary>
public static partial class CachedPages
{
    /// <summary>The output-cache tag of every cached page, evicted when the data version changes.</summary>
    public const string Tag = "instroom-gegevens";

    public static bool Matches(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path.HasValue && Paths().IsMatch(request.Path.Value!);

    [GeneratedRegex(@"^(/|/export/overzicht\.(csv|xlsx)|/regios/[A-Za-z0-9]{1,16}(/export\.(csv|xlsx))?|/trends(/gegevens|/download\.(csv|xlsx))?)/?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Paths();
}
