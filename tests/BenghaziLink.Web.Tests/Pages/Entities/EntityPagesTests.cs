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
        Assert.All(quotes, q => Assert.Matches(@"^/articles/[a-z0-9-]+#b\d+$", q.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_UnknownEntity_Returns404()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/entities/nobody-at-all", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
