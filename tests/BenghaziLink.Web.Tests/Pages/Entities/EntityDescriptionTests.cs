using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Entities;

public sealed class EntityDescriptionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Get_ProfileWhoseDescriptionHasEmphasis_RendersEm()
    {
        var catalog = CatalogReader.Load(Path.Combine(RepoPaths.Root, "seeds", "catalog.json")).Catalog;
        var emphasised = catalog.Entries.Where(e => e.Description?.Contains('*', StringComparison.Ordinal) == true)
            .Select(e => e.Canonical).ToList();
        var profiles = await app.QueryAsync(db => db.Entities.Where(e => emphasised.Contains(e.Canonical))
            .Select(e => new { e.Slug, e.Description }).ToListAsync());
        Assert.NotEmpty(profiles);

        foreach (var profile in profiles)
        {
            var document = await app.GetDocumentAsync($"/entities/{profile.Slug}");

            var description = document.QuerySelector("p.entity-description")!;
            var em = description.QuerySelector("em");
            Assert.NotNull(em);
            Assert.Contains($"*{em.TextContent}*", profile.Description, StringComparison.Ordinal);
            Assert.DoesNotContain("*", description.TextContent, StringComparison.Ordinal);
        }
    }
}
