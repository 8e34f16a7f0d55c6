using System.Text.RegularExpressions;

namespace Instroom.Tests.Access.Support;

/// <summary>Reads a response as one of the route matrix's outcomes.</summary>
public static partial class Outcomes
{
    /// <summary>Where the app sends a caller who must sign in.</summary>
    public const string SignInPath = "/aanmelden";

    /// <summary>Where the app sends a signed-in caller whose role may not open the page.</summary>
    public const string AccessDeniedPath = "/fout/403";

    public static string Of(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        return status switch
        {
            401 => "401",
            302 or 303 when location.Contains(SignInPath, StringComparison.OrdinalIgnoreCase) => "signin",
            403 => "403",
            302 or 303 when location.Contains(AccessDeniedPath, StringComparison.OrdinalIgnoreCase) => "403",
            404 => "404",
            405 => "405",
            (>= 200 and < 400) or 400 or 422 => "ok",
            _ => $"status {status}",
        };
    }

    public static bool IsHtml(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType == "text/html";

    /// <summary>The page without its antiforgery tokens, which differ per response by design.</summary>
    public static string WithoutTokens(string html) => TokenValue().Replace(html, "value=\"\"");

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\"[^>]*)value=\"[^\"]*\"")]
    private static partial Regex TokenValue();
}
