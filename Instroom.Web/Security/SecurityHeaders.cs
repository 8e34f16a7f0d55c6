namespace Instroom.Web.Security;

/// <summary>
/// The response headers every Instroom response carries — pages, error pages, static files, downloads. They are
/// set when the response starts, so they survive the exception handler clearing the response and cover whatever
/// middleware produced the body.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only our own scripts, styles and images (plus data: images, which the NL Design System CSS uses for
    /// icons); no inline script or style, no plugins, no framing, forms only back to us.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// no-referrer rather than strict-origin-when-cross-origin: Instroom has no use for a referrer, not even
    /// same-origin, and its URLs say which region and week someone is looking at — nothing to leak to other sites.
    /// </summary>
    public const string ReferrerPolicy = "no-referrer";

    /// <summary>A dashboard needs no device APIs: switch off the powerful ones for us and anything embedded.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>One year, subdomains included; sent over HTTPS only (browsers ignore it over HTTP).</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>
    /// Adds the headers to every response; with <paramref name="hsts"/> (outside Development) also Strict-Transport-Security
    /// on every HTTPS response — here rather than by UseHsts, because the exception handler clears headers set earlier.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool hsts) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = ReferrerPolicy;
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (hsts && context.Request.IsHttps)
                {
                    headers.StrictTransportSecurity = StrictTransportSecurity;
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
}
