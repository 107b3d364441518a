using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Entities;

public sealed class ProfileSectionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Get_EntityProfile_OpensWithAMenuOfItsSectionsAndTheirCounts()
    {
        var slug = await app.QueryAsync(db => db.EntityAliases.Where(a => a.Name == "Belmokhtar").Join(db.Entities, a => a.EntityId, e => e.Id, (a, e) => e.Slug).SingleAsync());

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        var links = document.QuerySelectorAll("nav.profile-sections a").ToList();
        Assert.True(links.Count >= 7, $"{links.Count} sections");
        foreach (var link in links)
        {
            var heading = document.GetElementById(link.GetAttribute("href")!.TrimStart('#'));
            Assert.NotNull(heading);
            Assert.Equal("H2", heading.TagName);
        }
        var articles = links.Single(l => l.GetAttribute("href") == "#articles-heading");
        Assert.Equal(document.QuerySelectorAll("section[aria-labelledby=articles-heading] li").Length.ToString(System.Globalization.CultureInfo.InvariantCulture), articles.GetAttribute("data-count"));
    }
}
