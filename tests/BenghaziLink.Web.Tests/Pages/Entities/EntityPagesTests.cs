using System.Net;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Entities;

public sealed class EntityPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Get_EntityList_FiltersByType()
    {
        var people = await app.GetDocumentAsync("/entities?type=Person");

        var types = people.QuerySelectorAll(".entities-table tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();

        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("person", t));
    }

    [Theory]
    [InlineData("Place", "city")]
    [InlineData("Group", "militant")]
    [InlineData("Place", "country")]
    public async Task Get_EntityList_FiltersByTypeAndKind(string type, string kind)
    {
        var expected = (await app.QueryAsync(db => db.Entities.Select(e => new { e.Type, e.Kind }).ToListAsync()))
            .Where(e => e.Type.ToString() == type).ToList();

        var document = await app.GetDocumentAsync($"/entities?type={type}&kind={kind}");

        var rows = document.QuerySelectorAll(".entities-table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(kind, r[2]));
        Assert.Equal(expected.Count(e => BenghaziLink.Extraction.Entities.EntityKinds.Name(e.Kind) == kind), rows.Count);
        Assert.Equal(kind, document.QuerySelector("#entity-kind option[selected]")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("mentions")]
    [InlineData("articles")]
    public async Task Get_EntityList_SortsByTheChosenColumn(string sort)
    {
        var document = await app.GetDocumentAsync($"/entities?sort={sort}");

        var rows = document.QuerySelectorAll(".entities-table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.True(rows.Count > 10);
        var column = sort switch { "name" => rows.Select(r => r[0]).ToList(), "mentions" => rows.Select(r => r[3]).ToList(), _ => rows.Select(r => r[4]).ToList() };
        var sorted = sort == "name"
            ? column.Order(StringComparer.Ordinal).ToList()
            : column.OrderByDescending(int.Parse).ToList();
        Assert.Equal(sorted, column);
    }

    [Fact]
    public async Task Get_EntityProfile_ShowsAliasesArticlesAndMergeEvidence()
    {
        var slug = await app.QueryAsync(db => db.EntityAliases.Where(a => a.Name == "Belmokhtar")
            .Join(db.Entities, a => a.EntityId, e => e.Id, (a, e) => e.Slug).SingleAsync());

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        Assert.Equal("person", document.QuerySelector("[data-entity-type]")?.GetAttribute("data-entity-type"));
        // A central actor of the catalog carries its one-line description.
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("p.entity-description")?.TextContent));
        var aliases = document.QuerySelectorAll("ul.aliases li strong").Select(s => s.TextContent).ToList();
        Assert.Contains("Belmokhtar", aliases);
        Assert.Equal(5, document.QuerySelectorAll("ul.entity-articles li").Length);
        Assert.NotEmpty(document.QuerySelectorAll("ul.merge-evidence li"));
        Assert.All(document.QuerySelectorAll("ul.entity-articles a"), a => Assert.Matches(@"^/articles/[a-z0-9-]+#b\d+$", a.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_EntityListWithAName_RanksMatchesAndShowsTheMatchedName()
    {
        var document = await app.GetDocumentAsync("/entities?q=Qaddafi");

        var first = document.QuerySelector(".entities-table tbody tr");

        Assert.Equal("Muammar Gaddafi", first?.QuerySelector("td a")?.TextContent.Trim());
        Assert.Contains("(", first!.QuerySelectorAll("td")[4].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EntityProfile_QuotesEverySentenceThatMentionsIt()
    {
        var slug = await app.QueryAsync(db => db.EntityAliases.Where(a => a.Name == "Belmokhtar")
            .Join(db.Entities, a => a.EntityId, e => e.Id, (a, e) => e.Slug).SingleAsync());
        var mentions = await app.QueryAsync(db => db.ArticleMentions.CountAsync(m => db.Entities.Any(e => e.Slug == slug && e.Id == m.EntityId)));

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        var quotes = document.QuerySelectorAll("ul.mention-context li");
        Assert.InRange(quotes.Length, 5, mentions);
        Assert.Equal(mentions, document.QuerySelectorAll("ul.mention-context mark.mention-hit").Length);
        Assert.All(quotes, q => Assert.Matches(@"^/articles/[a-z0-9-]+#s\d+$", q.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_EntityProfile_EachQuoteLinksToItsSentenceInTheArticle()
    {
        var slug = await app.QueryAsync(db => db.EntityAliases.Where(a => a.Name == "Belmokhtar")
            .Join(db.Entities, a => a.EntityId, e => e.Id, (a, e) => e.Slug).SingleAsync());
        var profile = await app.GetDocumentAsync($"/entities/{slug}");
        var quote = profile.QuerySelectorAll("ul.mention-context li a")[^1];
        var href = quote.GetAttribute("href")!;

        var article = await app.GetDocumentAsync(href.Split('#')[0]);

        var sentence = article.GetElementById(href.Split('#')[1]);
        Assert.NotNull(sentence);
        Assert.Contains("sentence", sentence.ClassList);
        Assert.Equal(Html.Squash(quote.TextContent), Html.Squash(Html.VisibleText(sentence)));
        Assert.NotNull(sentence.QuerySelector($"a.mention[href='/entities/{slug}']"));
    }

    [Fact]
    public async Task Get_UnknownEntity_Returns404()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/entities/nobody-at-all", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
