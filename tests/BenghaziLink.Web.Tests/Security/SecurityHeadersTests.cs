using System.Net;
using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Security;

/// <summary>
/// Over a real Kestrel port, since the in-memory test server sends no <c>Server</c> header of its own and so
/// could not show that Kestrel's is turned off.
/// </summary>
public sealed class SecurityHeadersTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    /// <summary>Pages, static files, the API, problem JSON, error pages and the OpenAPI description.</summary>
    public static TheoryData<string> Routes()
    {
        var routes = new TheoryData<string>();
        foreach (var route in RouteSmokeTests.Routes) routes.Add((string)route[0]);
        foreach (var route in new[] { "/no-such-page", "/Status/500", "/Error", "/api/nope", "/api/claims?status=nonsense", "/lib/no-such-file.js", "/openapi/v1.json" })
        {
            routes.Add(route);
        }
        return routes;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_AnyRoute_SendsSecurityHeadersAndNoServerHeader(string url)
    {
        using var client = app.CreateKestrelClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = Header(response, "Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(", ", response.Headers.Server)}");
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/articles")]
    [InlineData("TRACE", "/api/articles")]
    [InlineData("TRACE", "/api/nope")]
    [InlineData("TRACE", "/css/site.css")]
    [InlineData("TRACE", "/no-such-page")]
    [InlineData("TRACK", "/")]
    [InlineData("TRACK", "/api/articles")]
    public async Task Trace_AnyPath_Answers405WithoutEchoingTheRequest(string method, string url)
    {
        using var client = app.CreateKestrelClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        request.Headers.Add("X-Echo-Me", "secret-cookie-value");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.DoesNotContain("secret-cookie-value", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(Header(response, "Content-Security-Policy"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;
}
