using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Entities;

/// <summary>An entity profile's two claims lists: what the entity said itself, and what others say about it.</summary>
public sealed class EntityClaimsTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>The entity most often a source by name in the seeds' chains, with its names.</summary>
    private Task<(string Slug, string Canonical, List<string> Names)> SpeakerAsync() => app.QueryAsync(async db =>
    {
        var sources = await db.Set<BenghaziLink.Web.Data.ClaimSourceLink>().GroupBy(l => l.Name).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var entities = await db.Entities.Select(e => new { e.Id, e.Slug, e.Canonical }).ToListAsync();
        var speaker = entities.Where(e => sources.Any(s => s.Key == e.Canonical)).OrderByDescending(e => sources.Single(s => s.Key == e.Canonical).Count).First();
        var names = await db.EntityAliases.Where(a => a.EntityId == speaker.Id).Select(a => a.Name).ToListAsync();
        return (speaker.Slug, speaker.Canonical, names.Append(speaker.Canonical).ToList());
    });

    [Fact]
    public async Task Get_EntityProfile_ListsWhatItSaidApartFromWhatIsSaidAboutIt()
    {
        var (slug, canonical, names) = await SpeakerAsync();

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        var said = document.QuerySelectorAll(".claims-said li.claim").ToList();
        var about = document.QuerySelectorAll(".claims-about li.claim").ToList();
        Assert.Equal($"What {canonical} said", document.QuerySelector("#said-heading")!.TextContent);
        Assert.Equal($"What is said about {canonical}", document.QuerySelector("#about-heading")!.TextContent);
        Assert.NotEmpty(said);
        Assert.All(said, li => Assert.Contains(li.QuerySelectorAll("ol.chain .chain-name"), n => names.Contains(n.TextContent)));
        Assert.All(about, li => Assert.DoesNotContain(li.QuerySelectorAll("ol.chain .chain-name"), n => names.Contains(n.TextContent)));
        Assert.Empty(said.Select(li => li.GetAttribute("data-claim")).Intersect(about.Select(li => li.GetAttribute("data-claim"))));
    }

    [Fact]
    public async Task Get_EntityProfile_ClaimsAboutItNameIt()
    {
        var entity = await app.QueryAsync(async db =>
            await db.EntityAliases.Where(a => a.Name == "Belmokhtar").Join(db.Entities, a => a.EntityId, e => e.Id, (a, e) => new { e.Slug, e.Id }).SingleAsync());
        var naming = await app.QueryAsync(db => db.ArticleClaims
            .Where(c => db.ArticleMentions.Any(m => m.EntityId == entity.Id && m.ArticleId == c.ArticleId && m.Start >= c.Start && m.End <= c.End))
            .Select(c => c.Id.ToString()).ToListAsync());

        var document = await app.GetDocumentAsync($"/entities/{entity.Slug}");

        var about = document.QuerySelectorAll(".claims-about li.claim").ToList();
        Assert.NotEmpty(about);
        Assert.InRange(about.Count, 1, 20);
        Assert.All(about, li => Assert.Contains(li.GetAttribute("data-claim"), naming));
        Assert.All(about, li => Assert.NotNull(li.QuerySelector("mark.claim-hit")));
    }
}
