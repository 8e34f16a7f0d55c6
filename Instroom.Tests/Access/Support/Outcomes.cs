using System.Net;

namespace Instroom.Tests.Access.Support;

/// <summary>Reads a response as one of the route matrix's outcomes.</summary>
public static class Outcomes
{
    /// <summary>Where the app sends a caller who must sign in.</summary>
    public const string SignInPath = "/aanmelden";

    public static string Of(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        return status switch
        {
            401 => "signin",
            302 or 303 when location.Contains(SignInPath, StringComparison.OrdinalIgnoreCase) => "signin",
            403 => "403",
            404 => "404",
            405 => "405",
            (>= 200 and < 400) or 400 or 422 => "ok",
            _ => $"status {status}",
        };
    }

    public static bool IsHtml(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType == "text/html";

    public static bool IsFound(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.OK;
}
