using System.Globalization;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Entities;

public sealed class ConnectedEntitiesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<string> BelmokhtarAsync() =>
        app.QueryAsync(db => db.EntityAliases.Where(a => a.Name == "Belmokhtar")
            .Join(db.Entities, a => a.EntityId, e => e.Id, (a, e) => e.Slug).SingleAsync());

    [Fact]
    public async Task Get_EntityProfile_ShowsConnectedEntitiesBetweenArticlesAndMergeEvidence()
    {
        var slug = await BelmokhtarAsync();

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        var headings = document.QuerySelectorAll("main section > h2").Select(h => h.Id).ToList();
        var connected = headings.IndexOf("connected-heading");
        Assert.Equal(headings.IndexOf("articles-heading") + 1, connected);
        Assert.Equal(headings.IndexOf("evidence-heading") - 1, connected);
        var rows = document.QuerySelectorAll("table.connected-table tbody tr");
        Assert.InRange(rows.Length, 1, 15);
        var scores = rows.Select(r => double.Parse(r.QuerySelector(".connected-score")!.TextContent, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.All(scores, s => Assert.True(s > 0));
        Assert.DoesNotContain(slug, rows.Select(r => r.GetAttribute("data-slug")));
        Assert.All(rows, r => Assert.Equal($"/entities/{r.GetAttribute("data-slug")}", r.QuerySelector("a.connected-entity")!.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_EntityProfile_QuotesEverySharedSentenceWithBothNamesHighlighted()
    {
        var slug = await BelmokhtarAsync();
        var sentences = await app.QueryAsync(db => db.ArticleSentences
            .Join(db.Articles, s => s.ArticleId, a => a.Id, (s, a) => new { a.Slug, s.Ordinal, s.Start, s.End }).ToListAsync());
        var mentions = await app.QueryAsync(db => db.ArticleMentions
            .Join(db.Articles, m => m.ArticleId, a => a.Id, (m, a) => new { m.EntityId, a.Slug, m.Start })
            .Join(db.Entities, m => m.EntityId, e => e.Id, (m, e) => new { Entity = e.Slug, m.Slug, m.Start }).ToListAsync());
        bool Mentions(string entity, string article, int ordinal)
        {
            var s = sentences.Single(x => x.Slug == article && x.Ordinal == ordinal);
            return mentions.Any(m => m.Entity == entity && m.Slug == article && m.Start >= s.Start && m.Start < s.End);
        }

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        foreach (var row in document.QuerySelectorAll("table.connected-table tbody tr"))
        {
            var partner = row.GetAttribute("data-slug")!;
            var quotes = row.QuerySelectorAll("details.shared-sentences li").ToList();
            Assert.NotNull(row.QuerySelector("details > summary"));
            Assert.Equal(quotes.Count, int.Parse(row.QuerySelector(".connected-sentences")!.TextContent, CultureInfo.InvariantCulture));
            var sharedArticles = int.Parse(row.QuerySelector(".connected-articles")!.TextContent, CultureInfo.InvariantCulture);
            Assert.InRange(sharedArticles, quotes.Select(q => q.QuerySelector("a")!.GetAttribute("href")!.Split('#')[0]).Distinct().Count(), 5);
            foreach (var quote in quotes)
            {
                var href = quote.QuerySelector("a.context-link")!.GetAttribute("href")!;
                Assert.Matches(@"^/articles/[a-z0-9-]+#s\d+$", href);
                var article = href["/articles/".Length..href.IndexOf('#', StringComparison.Ordinal)];
                var ordinal = int.Parse(href[(href.IndexOf('#', StringComparison.Ordinal) + 2)..], CultureInfo.InvariantCulture);
                Assert.True(Mentions(slug, article, ordinal), $"{slug} in {href}");
                Assert.True(Mentions(partner, article, ordinal), $"{partner} in {href}");
                Assert.NotNull(quote.QuerySelector("mark.mention-hit"));
                Assert.NotNull(quote.QuerySelector("mark.mention-partner"));
            }
        }
    }

    [Fact]
    public async Task Get_ProfilesOfEntitiesNamedBesideAnOutlet_NeverListTheOutletAsConnected()
    {
        // Every entity that shares a sentence with a news outlet is one the outlet could crowd into the list.
        var (media, beside) = await app.QueryAsync(async db =>
        {
            var outlets = await db.Entities.Where(e => e.Kind == BenghaziLink.Extraction.Entities.EntityKind.Media).Select(e => e.Id).ToListAsync();
            var placed = await db.ArticleMentions
                .Join(db.ArticleSentences, m => m.ArticleId, s => s.ArticleId, (m, s) => new { m.EntityId, Sentence = s.Id, m.Start, m.End, SentenceStart = s.Start, SentenceEnd = s.End })
                .Where(x => x.SentenceStart <= x.Start && x.End <= x.SentenceEnd)
                .Select(x => new { x.EntityId, x.Sentence }).ToListAsync();
            var cited = placed.Where(p => outlets.Contains(p.EntityId)).Select(p => p.Sentence).ToHashSet();
            var ids = placed.Where(p => cited.Contains(p.Sentence) && !outlets.Contains(p.EntityId)).Select(p => p.EntityId).Distinct().ToList();
            return (await db.Entities.Where(e => outlets.Contains(e.Id)).Select(e => e.Slug).ToListAsync(),
                await db.Entities.Where(e => ids.Contains(e.Id)).Select(e => e.Slug).ToListAsync());
        });

        var listed = 0;
        foreach (var slug in beside)
        {
            var document = await app.GetDocumentAsync($"/entities/{slug}");

            var connected = document.QuerySelectorAll("table.connected-table tbody tr").Select(r => r.GetAttribute("data-slug")!).ToList();
            var outlets = document.QuerySelectorAll("table.outlets-table tbody tr").Select(r => r.GetAttribute("data-slug")!).ToList();
            Assert.Empty(connected.Intersect(media));
            Assert.All(outlets, o => Assert.Contains(o, media));
            listed += outlets.Count;
        }

        Assert.NotEmpty(beside);
        Assert.True(listed > 0, "the seeds cite outlets beside the actors often enough for some to rank");
    }
}
