using System.Net;
using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests;

public sealed class RouteSmokeTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string> Routes => new()
    {
        { "/", "text/html" },
        { "/articles", "text/html" },
        { "/articles?sort=OldestFirst", "text/html" },
        { "/articles?sort=Headline", "text/html" },
        { "/search", "text/html" },
        { "/search?q=Belmokhtar", "text/html" },
        { "/entities", "text/html" },
        { "/entities?type=Place", "text/html" },
        { "/entities?type=Group&kind=militant&sort=name", "text/html" },
        { "/timeline", "text/html" },
        { "/claims", "text/html" },
        { "/claims?status=disputed&entity=Belmokhtar", "text/html" },
        { "/api/claims", "application/json" },
        { "/api/claims?status=corroborated", "application/json" },
        { "/timeline?entity=Belmokhtar", "text/html" },
        { "/api/timeline", "application/json" },
        { "/js/suggest.js", "text/javascript" },
        { "/links", "text/html" },
        { "/links?type=person&type=place&min=2", "text/html" },
        { "/api/links", "application/json" },
        { "/api/links?type=group&min=1", "application/json" },
        { "/js/links.js", "text/javascript" },
        { "/lib/cytoscape/cytoscape.min.js", "text/javascript" },
        { "/places", "text/html" },
        { "/method", "text/html" },
        { "/lib/world-atlas/countries-50m.json", "application/json" },
        { "/api/entities", "application/json" },
        { "/api/entities?q=Belmok", "application/json" },
        { "/api/articles", "application/json" },
        { "/api/search?q=weapons", "application/json" },
        { "/healthz", "application/json" },
        { "/css/site.css", "text/css" },
        { "/lib/bootstrap/dist/css/bootstrap.min.css", "text/css" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_Route_Succeeds(string url, string contentType)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(contentType, response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EveryArticleAndItsApi_Succeeds()
    {
        using var client = app.CreateClient();
        var slugs = await app.SlugsAsync();

        var statuses = new List<HttpStatusCode>();
        foreach (var slug in slugs)
        {
            using var page = await client.GetAsync(new Uri($"/articles/{slug}", UriKind.Relative));
            using var api = await client.GetAsync(new Uri($"/api/articles/{slug}", UriKind.Relative));
            using var related = await client.GetAsync(new Uri($"/api/articles/{slug}/related", UriKind.Relative));
            statuses.Add(page.StatusCode);
            statuses.Add(api.StatusCode);
            statuses.Add(related.StatusCode);
        }

        Assert.Equal(5, slugs.Count);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task Get_EveryEntityProfileAndItsApi_Succeeds()
    {
        using var client = app.CreateClient();
        var slugs = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Entities.Select(e => e.Slug)));

        var failed = new List<string>();
        foreach (var slug in slugs)
        {
            using var page = await client.GetAsync(new Uri($"/entities/{slug}", UriKind.Relative));
            using var api = await client.GetAsync(new Uri($"/api/entities/{slug}", UriKind.Relative));
            if (page.StatusCode != HttpStatusCode.OK || api.StatusCode != HttpStatusCode.OK) failed.Add($"{slug}: {page.StatusCode}/{api.StatusCode}");
        }

        Assert.True(slugs.Count > 20);
        Assert.Empty(failed);
    }

    [Fact]
    public async Task Get_AnyPage_HasLayoutWithSearchBoxAndNoExternalResources()
    {
        var pages = new[] { "/", "/articles", "/search?q=Libya", "/links", "/timeline", "/entities", "/method", $"/articles/{(await app.SlugsAsync())[0]}", "/no-such-page" };

        foreach (var url in pages)
        {
            var document = await app.GetDocumentAsync(url);

            Assert.NotNull(document.QuerySelector("header form[role=search] input[name=q]"));
            Assert.NotNull(document.QuerySelector("main#main"));
            var external = document.QuerySelectorAll("script[src], link[href], img[src]")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "")
                .Where(u => u.StartsWith("http", StringComparison.OrdinalIgnoreCase) || u.StartsWith("//", StringComparison.Ordinal));
            Assert.Empty(external);
        }
    }
}
