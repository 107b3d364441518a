using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Links;

public sealed class LinksPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Link(string Article, string Entity, int Mentions);

    /// <summary>Article–entity links straight from the store, as (article slug, entity slug, mentions).</summary>
    private Task<List<Link>> StoredLinksAsync(EntityType? type, int min) =>
        app.QueryAsync(async db => (await db.ArticleMentions
            .Join(db.Articles, m => m.ArticleId, a => a.Id, (m, a) => new { Article = a.Slug, m.EntityId })
            .Join(db.Entities, m => m.EntityId, e => e.Id, (m, e) => new { m.Article, Entity = e.Slug, e.Type })
            .ToListAsync())
            .Where(x => type is null || x.Type == type)
            .GroupBy(x => (x.Article, x.Entity))
            .Select(g => new Link(g.Key.Article, g.Key.Entity, g.Count()))
            .Where(l => l.Mentions >= min)
            .ToList());

    private static List<Link> TableLinks(AngleSharp.Dom.IDocument document) =>
        [.. document.QuerySelectorAll("table.links-table tbody tr").Select(r =>
        {
            var cells = r.QuerySelectorAll("td");
            return new Link(cells[0].QuerySelector("a")!.GetAttribute("href")!["/articles/".Length..],
                cells[1].QuerySelector("a")!.GetAttribute("href")!["/entities/".Length..], int.Parse(cells[3].TextContent, System.Globalization.CultureInfo.InvariantCulture));
        })];

    private static List<Link> JsonLinks(JsonElement graph) =>
        [.. graph.GetProperty("edges").EnumerateArray().Select(e => new Link(
            e.GetProperty("source").GetString()!["a:".Length..], e.GetProperty("target").GetString()!["e:".Length..], e.GetProperty("mentions").GetInt32()))];

    private static JsonElement EmbeddedGraph(AngleSharp.Dom.IDocument document) =>
        JsonDocument.Parse(document.QuerySelector("script#links-data[type='application/json']")!.TextContent).RootElement;

    private static IOrderedEnumerable<Link> Sorted(IEnumerable<Link> links) => links.OrderBy(l => l.Article, StringComparer.Ordinal).ThenBy(l => l.Entity, StringComparer.Ordinal);

    [Theory]
    [InlineData(null, 1)]
    [InlineData(EntityType.Person, 1)]
    [InlineData(EntityType.Place, 1)]
    [InlineData(EntityType.Group, 2)]
    [InlineData(null, 3)]
    public async Task Get_LinksWithFilter_ShowsExactlyTheStoredLinksOfThatTypeAndCount(EntityType? type, int min)
    {
        var stored = await StoredLinksAsync(type, min);
        var query = type is null ? $"?min={min}" : $"?type={type.ToString()!.ToLowerInvariant()}&min={min}";

        var document = await app.GetDocumentAsync($"/links{query}");

        var graph = EmbeddedGraph(document);
        Assert.NotEmpty(stored);
        Assert.Equal(Sorted(stored), Sorted(TableLinks(document)));
        Assert.Equal(Sorted(stored), Sorted(JsonLinks(graph)));
        var entityNodes = graph.GetProperty("nodes").EnumerateArray().Where(n => n.GetProperty("type").GetString() != "article").ToList();
        Assert.Equal(stored.Select(l => l.Entity).Distinct().Order(StringComparer.Ordinal), entityNodes.Select(n => n.GetProperty("id").GetString()!["e:".Length..]).Order(StringComparer.Ordinal));
        var typeName = type?.ToString().ToLowerInvariant();
        if (typeName is not null)
        {
            Assert.All(entityNodes, n => Assert.Equal(typeName, n.GetProperty("type").GetString()));
            Assert.All(document.QuerySelectorAll("table.links-table tbody tr td:nth-child(3)"), c => Assert.Equal(typeName, c.TextContent));
        }
    }

    [Fact]
    public async Task Get_LinksFilteredByType_HasFewerRowsThanAllAndTicksTheBox()
    {
        var all = await app.GetDocumentAsync("/links");
        var people = await app.GetDocumentAsync("/links?type=person");

        Assert.True(TableLinks(people).Count < TableLinks(all).Count);
        Assert.True(people.QuerySelector("input#type-person")!.HasAttribute("checked"));
        Assert.False(people.QuerySelector("input#type-place")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Get_Links_TableMatchesTheApi()
    {
        using var client = app.CreateClient();

        var api = await client.GetFromJsonAsync<JsonElement>("/api/links?type=place&type=group&min=2");
        var document = await app.GetDocumentAsync("/links?type=place&type=group&min=2");

        Assert.Equal(Sorted(JsonLinks(api)), Sorted(TableLinks(document)));
        Assert.Equal(api.GetProperty("nodes").GetArrayLength(), EmbeddedGraph(document).GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Get_Links_GraphIsAccessibleAndNodesLinkToTheirPages()
    {
        var document = await app.GetDocumentAsync("/links");

        var canvas = document.QuerySelector("#links-graph");
        Assert.Equal("img", canvas?.GetAttribute("role"));
        Assert.Contains("articles", canvas!.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("same links", document.QuerySelector("table.links-table caption")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("script[src='/lib/cytoscape/cytoscape.min.js']"));
        Assert.NotNull(document.QuerySelector("script[src^='/js/links.js']"));
        Assert.Empty(document.QuerySelectorAll("main script:not([src]):not([type='application/json'])"));
        Assert.All(EmbeddedGraph(document).GetProperty("nodes").EnumerateArray(), n =>
            Assert.Matches(@"^/(articles|entities)/[a-z0-9-]+$", n.GetProperty("url").GetString()));
        Assert.Equal(4, document.QuerySelectorAll(".links-legend .links-swatch").Length);
        Assert.Contains(document.QuerySelectorAll("header nav a.nav-link"), a => a.GetAttribute("href") == "/links");
    }

    [Fact]
    public async Task Get_LinksWithAssociations_LinksEntitiesThatShareSentencesFarMoreThanChance()
    {
        var sentences = await app.QueryAsync(db => db.ArticleSentences.Select(x => new { x.Id, x.ArticleId, x.Start, x.End }).ToListAsync());
        var mentions = await app.QueryAsync(db => db.ArticleMentions.Join(db.Entities, m => m.EntityId, e => e.Id, (m, e) => new { e.Slug, m.ArticleId, m.Start }).ToListAsync());
        var sentencesOf = mentions.GroupBy(m => m.Slug).ToDictionary(g => g.Key, g => g
            .Select(m => sentences.Single(x => x.ArticleId == m.ArticleId && x.Start <= m.Start && m.Start < x.End).Id).ToHashSet());
        using var client = app.CreateClient();

        var document = await app.GetDocumentAsync("/links?associations=true");
        var plain = await app.GetDocumentAsync("/links");
        var api = await client.GetFromJsonAsync<JsonElement>("/api/links?associations=true");

        var pairs = EmbeddedGraph(document).GetProperty("associations").EnumerateArray().ToList();
        Assert.NotEmpty(pairs);
        var nodes = EmbeddedGraph(document).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(pairs, p =>
        {
            var (a, b) = (p.GetProperty("source").GetString()!, p.GetProperty("target").GetString()!);
            Assert.Contains(a, nodes);
            Assert.Contains(b, nodes);
            Assert.True(p.GetProperty("score").GetDouble() >= 10.8);
            Assert.Equal(sentencesOf[a["e:".Length..]].Intersect(sentencesOf[b["e:".Length..]]).Count(), p.GetProperty("sentences").GetInt32());
        });
        Assert.Equal(pairs.Count, document.QuerySelectorAll("table.links-associations tbody tr").Length);
        Assert.Equal(pairs.Count, api.GetProperty("associations").GetArrayLength());
        Assert.True(document.QuerySelector("input#associations")!.HasAttribute("checked"));
        Assert.Empty(EmbeddedGraph(plain).GetProperty("associations").EnumerateArray());
        Assert.Null(plain.QuerySelector("table.links-associations"));
    }

    [Theory]
    [InlineData("?type=robot")]
    [InlineData("?type=1")]
    [InlineData("?min=0")]
    [InlineData("?min=lots")]
    [InlineData("?min=99999999999")]
    [InlineData("?associations=maybe")]
    public async Task Get_LinksWithBadFilter_ExplainsTheProblemWithoutAGraph(string query)
    {
        using var client = app.CreateClient();

        var document = await app.GetDocumentAsync($"/links{query}");
        using var api = await client.GetAsync(new Uri($"/api/links{query}", UriKind.Relative));

        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector(".links-error[role=alert]")?.TextContent));
        Assert.Null(document.QuerySelector("#links-graph"));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }
}
