using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Articles;

public sealed class RelatedArticlesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Types = ["person", "group", "place"];
    private static readonly string[] Granularities = ["day", "month"];

    private Task<HashSet<string>> EntitiesOfAsync(string slug) =>
        app.QueryAsync(async db => (await db.ArticleMentions
            .Where(m => db.Articles.Any(a => a.Id == m.ArticleId && a.Slug == slug))
            .Join(db.Entities, m => m.EntityId, e => e.Id, (m, e) => e.Slug)
            .ToListAsync()).ToHashSet());

    private async Task<List<JsonElement>> RelatedJsonAsync(string slug)
    {
        using var client = app.CreateClient();
        return (await client.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}/related")).EnumerateArray().ToList();
    }

    [Fact]
    public async Task Get_Article_ListsRelatedArticlesAfterTheTextBestFirstWithoutItself()
    {
        var slugs = await app.SlugsAsync();

        foreach (var slug in slugs)
        {
            var document = await app.GetDocumentAsync($"/articles/{slug}");

            var section = document.QuerySelector("main > section:last-child");
            Assert.Equal("related-heading", section?.QuerySelector("h2")?.Id);
            Assert.NotNull(document.QuerySelector("article.reading ~ section #related-heading"));
            var items = section!.QuerySelectorAll("ol.related-articles > li");
            Assert.NotEmpty(items);
            Assert.DoesNotContain(slug, items.Select(i => i.GetAttribute("data-slug")));
            var scores = items.Select(i => double.Parse(i.GetAttribute("data-score")!, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(scores.OrderByDescending(s => s), scores);
        }
    }

    [Fact]
    public async Task Get_Article_ReasonNamesOnlyEntitiesBothArticlesMention()
    {
        var slugs = await app.SlugsAsync();
        var names = await app.QueryAsync(db => db.Entities.Select(e => new { e.Slug, e.Canonical }).ToListAsync());

        foreach (var slug in slugs)
        {
            var mine = await EntitiesOfAsync(slug);
            var document = await app.GetDocumentAsync($"/articles/{slug}");

            foreach (var item in document.QuerySelectorAll("ol.related-articles > li"))
            {
                var theirs = await EntitiesOfAsync(item.GetAttribute("data-slug")!);
                var shared = item.QuerySelectorAll("a.shared-entity").ToList();
                Assert.All(shared, a =>
                {
                    var entity = a.GetAttribute("href")!["/entities/".Length..];
                    Assert.Contains(entity, mine);
                    Assert.Contains(entity, theirs);
                });
                // The reason names the heaviest shared entities, and no entity of the corpus that only one of them mentions
                // (a shared claim is quoted as written, so its words are left out of this check).
                var reason = item.QuerySelector(".related-reason")!.TextContent;
                var quoted = reason.IndexOf("both carry the claim", StringComparison.Ordinal);
                if (quoted >= 0) reason = reason[..quoted];
                var named = shared.Take(3).Select(a => a.TextContent.Trim()).ToList();
                Assert.All(named, n => Assert.Contains(n, reason, StringComparison.Ordinal));
                var rest = named.OrderByDescending(n => n.Length).Aggregate(reason, (text, n) => text.Replace(n, "", StringComparison.Ordinal));
                var notShared = names.Where(e => !(mine.Contains(e.Slug) && theirs.Contains(e.Slug))).Select(e => e.Canonical);
                var wrong = notShared.Where(n => Regex.IsMatch(rest, $@"(?<!\w){Regex.Escape(n)}(?!\w)")).ToList();
                Assert.True(wrong.Count == 0, $"“{reason}” names {string.Join(", ", wrong)}, not shared by {slug} and {item.GetAttribute("data-slug")}");
                var weights = shared.Select(a => double.Parse(a.GetAttribute("data-weight")!, CultureInfo.InvariantCulture)).ToList();
                Assert.Equal(weights.OrderByDescending(w => w), weights);
            }
        }
    }

    [Fact]
    public async Task Get_Article_SharedDatesAreDatesBothArticlesResolveTo()
    {
        var slugs = await app.SlugsAsync();
        var dated = await app.QueryAsync(db => db.ArticleDates.Where(d => d.Value != null)
            .Join(db.Articles, d => d.ArticleId, a => a.Id, (d, a) => new { a.Slug, d.Value }).ToListAsync());

        var checkedDates = 0;
        foreach (var slug in slugs)
        {
            var document = await app.GetDocumentAsync($"/articles/{slug}");
            foreach (var item in document.QuerySelectorAll("ol.related-articles > li"))
            {
                foreach (var time in item.QuerySelectorAll("time.shared-date"))
                {
                    var value = time.GetAttribute("datetime");
                    Assert.Contains(dated, d => d.Slug == slug && d.Value == value);
                    Assert.Contains(dated, d => d.Slug == item.GetAttribute("data-slug") && d.Value == value);
                    Assert.Contains(time.TextContent, item.QuerySelector(".related-reason")!.TextContent, StringComparison.Ordinal);
                    checkedDates++;
                }
            }
        }

        Assert.True(checkedDates > 0, "the seed articles share at least one event date");
    }

    [Fact]
    public async Task GetRelatedApi_MatchesThePage()
    {
        var slugs = await app.SlugsAsync();

        foreach (var slug in slugs)
        {
            var json = await RelatedJsonAsync(slug);
            var document = await app.GetDocumentAsync($"/articles/{slug}");

            var items = document.QuerySelectorAll("ol.related-articles > li").ToList();
            Assert.Equal(items.Select(i => i.GetAttribute("data-slug")), json.Select(j => j.GetProperty("slug").GetString()));
            Assert.Equal(items.Select(i => i.QuerySelector(".related-reason")!.TextContent), json.Select(j => j.GetProperty("reason").GetString()));
            Assert.Equal(items.Select(i => double.Parse(i.GetAttribute("data-score")!, CultureInfo.InvariantCulture)), json.Select(j => j.GetProperty("score").GetDouble()));
            Assert.Equal(
                items.Select(i => string.Join(',', i.QuerySelectorAll("a.shared-entity").Select(a => a.GetAttribute("href")))),
                json.Select(j => string.Join(',', j.GetProperty("sharedEntities").EnumerateArray().Select(e => "/entities/" + e.GetProperty("slug").GetString()))));
            Assert.All(json, j => Assert.All(j.GetProperty("sharedEntities").EnumerateArray(), e =>
            {
                Assert.Contains(e.GetProperty("type").GetString(), Types);
                Assert.True(e.GetProperty("weight").GetDouble() > 0);
            }));
            Assert.All(json, j => Assert.All(j.GetProperty("sharedDates").EnumerateArray(), d =>
                Assert.Contains(d.GetProperty("granularity").GetString(), Granularities)));
        }
    }

    [Fact]
    public async Task GetRelated_EveryArticle_NeitherScoresNorNamesAnOutlet()
    {
        var slugs = await app.SlugsAsync();
        var outlets = await app.QueryAsync(db => db.Entities.Where(e => e.Kind == BenghaziLink.Extraction.Entities.EntityKind.Media)
            .Select(e => new { e.Slug, e.Canonical }).ToListAsync());

        foreach (var slug in slugs)
        {
            var json = await RelatedJsonAsync(slug);

            Assert.All(json, j =>
            {
                var shared = j.GetProperty("sharedEntities").EnumerateArray().Select(e => e.GetProperty("slug").GetString()).ToList();
                Assert.Empty(shared.Intersect(outlets.Select(o => o.Slug)));
                var reason = j.GetProperty("reason").GetString()!;
                var quoted = reason.IndexOf("both carry the claim", StringComparison.Ordinal);
                if (quoted >= 0) reason = reason[..quoted];
                Assert.DoesNotContain(outlets, o => Regex.IsMatch(reason, $@"(?<!\w){Regex.Escape(o.Canonical)}(?!\w)"));
            });
        }

        Assert.NotEmpty(outlets);
    }
}
