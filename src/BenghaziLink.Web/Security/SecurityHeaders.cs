namespace BenghaziLink.Web.Security;

/// <summary>
/// Headers that keep a browser from running or framing anything the app did not serve itself. Every
/// script, style and picture comes from this origin, so the policy allows nothing inline: an article
/// that somehow smuggled markup into a page still could not run a script or restyle the page.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// <c>img-src data:</c> because Bootstrap draws its icons (the navbar toggler, form controls) as data-URI SVG
    /// in its stylesheet; nothing else needs more than <c>'self'</c>.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Goes first in the pipeline. TRACE echoes a request back (cross-site tracing) and TRACK is its IIS twin:
    /// nothing here needs either, so both are refused on every path before any other middleware sees them.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Set when the response starts, not now: the exception handler clears headers before it re-executes.
            context.Response.OnStarting(() =>
            {
                Apply(context.Response.Headers);
                return Task.CompletedTask;
            });
            if (HttpMethods.IsTrace(context.Request.Method) || string.Equals(context.Request.Method, "TRACK", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET";
                return;
            }
            await next(context);
        });

    private static void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    }
}
