using System.Net;
using System.Text.Json;
using BenghaziLink.Web.Pages.Claims;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Api;

/// <summary>Every API failure is problem JSON with the status it names; pages given a bad number still answer.</summary>
public sealed class ProblemJsonTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, int> BadApiRequests => new()
    {
        { "/api/search?q=weapons&page=abc", 400 },
        { "/api/search?q=weapons&page=0", 400 },
        { "/api/search?q=weapons&page=-3", 400 },
        { "/api/search?q=weapons&page=99999999999", 400 },
        { "/api/search?q=weapons&page=1.5", 400 },
        { "/api/claims?status=nonsense", 400 },
        { "/api/links?min=abc", 400 },
        { "/api/links?min=-1", 400 },
        { "/api/links?min=1000000", 400 },
        { "/api/links?type=planet", 400 },
        { "/api/links?associations=perhaps", 400 },
        { "/api/nope", 404 },
        { "/api/articles/no-such-article", 404 },
        { "/api/articles/no-such-article/related", 404 },
        { "/api/entities/no-such-entity", 404 },
        { "/api/claims/999999", 404 },
        { "/api/claims/abc", 404 },
        { "/api/claims/99999999999", 404 },
        { "/api/claims?entity=no-such-entity", 404 },
        { "/api/timeline?entity=no-such-entity", 404 },
    };

    [Theory]
    [MemberData(nameof(BadApiRequests))]
    public async Task GetApi_BadRequest_AnswersProblemJson(string url, int status)
    {
        using var client = app.CreateClient();
        // A browser's Accept header: the API still answers JSON, never an HTML error page.
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml");

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        await AssertProblemAsync(response, status);
    }

    [Fact]
    public async Task PostApi_RouteThatOnlyGets_AnswersProblemJson405()
    {
        using var client = app.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/articles", UriKind.Relative), null);

        await AssertProblemAsync(response, 405);
    }

    [Fact]
    public async Task GetApi_EndpointThrows_AnswersProblemJson500()
    {
        using var empty = new EmptyAppFactory();
        using var failing = empty.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddScoped<ClaimQuery>(_ => throw new InvalidOperationException("The store is gone."))));
        using var client = failing.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/claims", UriKind.Relative));

        var problem = await AssertProblemAsync(response, 500);
        Assert.DoesNotContain("The store is gone", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Pages take a bad number as no number: the first page, the default order, every type.</summary>
    [Theory]
    [InlineData("/search?q=weapons&page=abc")]
    [InlineData("/search?q=weapons&page=-3")]
    [InlineData("/search?q=weapons&page=99999999999")]
    [InlineData("/search?q=weapons&page=2147483647")]
    [InlineData("/articles?page=abc")]
    [InlineData("/articles?sort=abc")]
    [InlineData("/entities?type=abc&sort=abc")]
    [InlineData("/claims?status=abc")]
    [InlineData("/links?min=abc")]
    public async Task GetPage_BadNumberOrChoice_AnswersAPageNotAnError(string url)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/claims/abc")]
    [InlineData("/claims/99999999999")]
    [InlineData("/Status/abc")]
    public async Task GetPage_NumberInThePathNotANumber_AnswersTheNotFoundPage(string url)
    {
        var document = await app.GetDocumentAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
        Assert.Equal("Page not found", document.QuerySelector("h1")?.TextContent);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
