using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace BenghaziLink.Web.Api;

/// <summary>
/// Under <c>/api</c> every error is RFC 7807 problem JSON: a client parses one shape for every failure, and
/// never receives the HTML error pages meant for people or an empty body it cannot explain.
/// </summary>
internal static class ApiProblems
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>
    /// Goes after the page error handlers: for API paths it catches first. Endpoints answer their own 400 and 404
    /// with details; this covers what no endpoint saw (an unknown route, a method it does not take, an exception).
    /// </summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(IsApi, api => api
            .UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = context => WriteAsync(context, "The request failed on the server; the error has been logged.") })
            .UseStatusCodePages(status => WriteAsync(status.HttpContext, Detail(status.HttpContext))));

    private static string Detail(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status404NotFound => $"No API endpoint answers {context.Request.Path}.",
        StatusCodes.Status405MethodNotAllowed => $"{context.Request.Path} does not take {context.Request.Method}.",
        var code => $"The request could not be completed ({ReasonPhrases.GetReasonPhrase(code)}).",
    };

    /// <summary>
    /// Through <see cref="Results.Problem(string?, string?, int?, string?, string?, IDictionary{string, object?}?)"/>:
    /// it fills in type and title for the status and falls back to writing JSON itself when the client's Accept
    /// header names only HTML, where the problem-details service would decline.
    /// </summary>
    private static Task WriteAsync(HttpContext context, string detail) =>
        Results.Problem(detail: detail, statusCode: context.Response.StatusCode).ExecuteAsync(context);

    /// <summary>
    /// A page number from the query: absent is the first page; anything but a whole number from 1 is refused with a
    /// problem that says so (bound as <c>int?</c>, a bad value would get a bare 400 with nothing to say why).
    /// </summary>
    public static (int Page, IResult? Problem) Page(string? text)
    {
        if (text is null) return (1, null);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1) return (page, null);
        return (0, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad page number",
            detail: $"page must be a whole number from 1 to {int.MaxValue}, not '{(text.Length <= 40 ? text : text[..40] + "…")}'."));
    }
}
