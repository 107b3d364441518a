using System.Text.Json;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Api;

public sealed class OpenApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>
    /// Every route the app maps under /api, read from its endpoints so a new endpoint cannot be left out of the
    /// description unnoticed; written as OpenAPI writes paths (parameters without their constraints).
    /// </summary>
    private List<string> MappedApiRoutes() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
                RoutePatternLiteralPart literal => literal.Content,
                _ => p.ToString(),
            })))))
            .Where(route => route.StartsWith("/api/", StringComparison.Ordinal))
            .Distinct()];

    [Fact]
    public async Task GetOpenApi_ListsEveryApiRouteWithSummaryAndResponses()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");
        var mapped = MappedApiRoutes();

        Assert.True(response.IsSuccessStatusCode);
        Assert.True(mapped.Count >= 10, string.Join(", ", mapped));
        Assert.All(mapped, route =>
        {
            Assert.True(paths.TryGetProperty(route, out var path), $"{route} is not in the description");
            var get = path.GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()), $"{route} has no summary");
            Assert.True(get.GetProperty("responses").TryGetProperty("200", out _), $"{route} describes no 200 response");
        });
    }

    [Fact]
    public async Task GetOpenApi_NotFoundAndBadRequest_DescribedAsProblemJson()
    {
        using var client = app.CreateClient();

        var paths = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement.GetProperty("paths");

        Assert.True(paths.GetProperty("/api/articles/{slug}").GetProperty("get").GetProperty("responses").GetProperty("404")
            .GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(paths.GetProperty("/api/search").GetProperty("get").GetProperty("responses").GetProperty("400")
            .GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task GetOpenApi_ServedWithTheSecurityHeaders()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(" ", response.Headers.GetValues("X-Content-Type-Options")));
    }
}
