using AngleSharp.Dom;
using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Pages.Entities;

/// <summary>
/// "What the articles say it is" on an entity profile, over the seeds. The entity is whichever the store holds
/// most roles for, so nothing here names what the pipeline should find; every quote is checked against the store.
/// </summary>
public sealed class EntityRolesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<(int Id, string Slug)> MostDescribedEntityAsync() => app.QueryAsync(async db =>
    {
        var id = await db.ArticleRoles.GroupBy(r => r.EntityId).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        return (id, await db.Entities.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync());
    });

    private static IElement? RolesSection(IDocument document) => document.QuerySelector("section[aria-labelledby=roles-heading]");

    [Fact]
    public async Task Get_EntityWithRoles_ShowsTheSectionRightAfterTheDescription()
    {
        var (_, slug) = await MostDescribedEntityAsync();

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        var section = RolesSection(document);
        Assert.NotNull(section);
        Assert.Equal("What the articles say it is", section.QuerySelector("h2#roles-heading")?.TextContent.Trim());
        Assert.True(section.PreviousElementSibling?.Matches("p.entity-description, p.lead"), "The roles come right after the catalog description (or the summary line).");
        Assert.Equal("aliases-heading", section.NextElementSibling?.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public async Task Get_EntityWithRoles_QuotesEveryStoredRoleHighlighted()
    {
        var (id, slug) = await MostDescribedEntityAsync();
        var stored = await app.QueryAsync(db => db.ArticleRoles.Where(r => r.EntityId == id).Select(r => r.Surface).ToListAsync());

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        var quotes = RolesSection(document)!.QuerySelectorAll("ul.role-quotes > li");
        Assert.All(quotes, quote =>
        {
            var hit = Assert.Single(quote.QuerySelectorAll("q.role-quote mark.role-hit"));
            Assert.False(string.IsNullOrWhiteSpace(hit.TextContent));
            Assert.Contains(hit.TextContent, quote.QuerySelector("q.role-quote")!.TextContent, StringComparison.Ordinal);
        });
        Assert.Equal(stored.Select(Html.Squash).Order(StringComparer.Ordinal), quotes.Select(q => Html.Squash(q.QuerySelector("mark.role-hit")!.TextContent)).Order(StringComparer.Ordinal));
        Assert.All(RolesSection(document)!.QuerySelectorAll("ul.entity-roles > li > strong.role-text"), s => Assert.False(string.IsNullOrWhiteSpace(s.TextContent)));
    }

    [Fact]
    public async Task Get_EntityWithRoles_LinksEachQuoteToTheSentenceThatGivesTheRole()
    {
        var (id, slug) = await MostDescribedEntityAsync();

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        var quotes = RolesSection(document)!.QuerySelectorAll("ul.role-quotes > li").ToList();
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var link = quote.QuerySelector("a.role-source")!;
            var href = link.GetAttribute("href")!;
            Assert.StartsWith("/articles/", href, StringComparison.Ordinal);
            var (articleSlug, anchor) = (href["/articles/".Length..href.IndexOf('#', StringComparison.Ordinal)], href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]);
            Assert.StartsWith("s", anchor, StringComparison.Ordinal);
            var ordinal = int.Parse(anchor[1..], System.Globalization.CultureInfo.InvariantCulture);
            var role = Html.Squash(quote.QuerySelector("mark.role-hit")!.TextContent);

            var article = await app.QueryAsync(db => db.Articles.Where(a => a.Slug == articleSlug).Select(a => new { a.Id, a.Headline, a.Text }).SingleAsync());
            var sentence = await app.QueryAsync(db => db.ArticleSentences.SingleAsync(s => s.ArticleId == article.Id && s.Ordinal == ordinal));
            var given = await app.QueryAsync(db => db.ArticleRoles
                .Where(r => r.EntityId == id && r.ArticleId == article.Id && r.Start >= sentence.Start && r.End <= sentence.End)
                .Select(r => r.Surface).ToListAsync());
            Assert.Equal(article.Headline, link.TextContent.Trim());
            Assert.Contains(role, given.Select(Html.Squash));
            Assert.Contains(role, Html.Squash(article.Text[sentence.Start..sentence.End]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_EntityWithoutRoles_HasNoRolesSection()
    {
        var slug = await app.QueryAsync(db => db.Entities.Where(e => !db.ArticleRoles.Any(r => r.EntityId == e.Id)).OrderBy(e => e.Id).Select(e => e.Slug).FirstAsync());

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        Assert.NotNull(document.QuerySelector("#aliases-heading"));
        Assert.Null(document.QuerySelector("#roles-heading"));
        Assert.Null(RolesSection(document));
    }
}

/// <summary>Roles worded alike in different articles are one role with a quote from each.</summary>
public sealed class EntityRoleGroupingTests
{
    [Fact]
    public async Task Get_SameRoleWordedAlikeInTwoArticles_ShowsOneRoleWithBothQuotes()
    {
        using var app = new EmptyAppFactory();
        var folder = Directory.CreateTempSubdirectory("benghazilink-roles-");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "one.txt"), "Brigade Leader Seen\n\nZorbert Quillfeather, the leader of the Quill Brigade, met officials in Bamako.\n");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "two.txt"), "Talks in Gao\n\nZorbert Quillfeather, leader of the Quill Brigade, left Gao on Monday. Zorbert Quillfeather is a former smuggler.\n");
        var summary = await app.WithScopeAsync(sp => sp.GetRequiredService<IngestionRunner>().IngestPathsAsync([folder.FullName], null, CancellationToken.None));
        folder.Delete(recursive: true);
        var slug = await app.QueryAsync(db => db.Entities.Where(e => e.Canonical == "Zorbert Quillfeather").Select(e => e.Slug).SingleAsync());

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        var roles = document.QuerySelectorAll("ul.entity-roles > li").ToList();
        Assert.Equal(2, roles.Count);
        var shared = roles[0];
        Assert.Equal(2, shared.QuerySelectorAll("ul.role-quotes > li").Length);
        Assert.Equal(summary.Results.Select(r => r.Slug).Order(StringComparer.Ordinal),
            shared.QuerySelectorAll("a.role-source").Select(a => a.GetAttribute("href")!.Split('#')[0]["/articles/".Length..]).Order(StringComparer.Ordinal));
        Assert.Single(roles[1].QuerySelectorAll("ul.role-quotes > li"));
    }
}
