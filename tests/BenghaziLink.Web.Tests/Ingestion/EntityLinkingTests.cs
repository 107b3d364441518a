using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Ingestion;

/// <summary>Corpus-wide entities as articles come and go.</summary>
public sealed class EntityLinkingTests : IDisposable
{
    private readonly AppFactory app = new();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benghazilink-entities-");

    public void Dispose()
    {
        app.Dispose();
        folder.Delete(recursive: true);
    }

    private async Task<IngestSummary> IngestAsync(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        await File.WriteAllTextAsync(path, text);
        return await app.WithScopeAsync(sp => sp.GetRequiredService<IngestionRunner>().IngestPathsAsync([path], null, CancellationToken.None));
    }

    private Task<int> ArticlesMentioningAsync(string alias) => app.QueryAsync(db => db.EntityAliases.Where(a => a.Name == alias)
        .SelectMany(a => db.ArticleMentions.Where(m => m.EntityId == a.EntityId).Select(m => m.ArticleId)).Distinct().CountAsync());

    [Fact]
    public async Task Ingest_NewArticle_ResolvesToExistingEntities()
    {
        var before = await ArticlesMentioningAsync("Mokhtar Belmokhtar");
        var entitiesBefore = await app.QueryAsync(db => db.Entities.CountAsync());

        await IngestAsync("new.txt", "Belmokhtar Seen in Niger\n\nMokhtar Belmokhtar was seen near the border with Libya last week, officials said.\n");

        Assert.Equal(before + 1, await ArticlesMentioningAsync("Mokhtar Belmokhtar"));
        var libya = await app.QueryAsync(db => db.Entities.CountAsync(e => e.Canonical == "Libya"));
        Assert.Equal(1, libya);
        Assert.True(await app.QueryAsync(db => db.Entities.CountAsync()) <= entitiesBefore + 1);
    }

    [Fact]
    public async Task Ingest_ReplacedArticle_DropsEntitiesNothingMentionsAnyMore()
    {
        await IngestAsync("a.txt", "A Headline\n\nZorbert Quillfeather met officials in Bamako.\n");
        Assert.Equal(1, await app.QueryAsync(db => db.Entities.CountAsync(e => e.Canonical == "Zorbert Quillfeather")));

        await IngestAsync("a.txt", "A Headline\n\nNobody met officials in Bamako.\n");

        Assert.Equal(0, await app.QueryAsync(db => db.Entities.CountAsync(e => e.Canonical == "Zorbert Quillfeather")));
        Assert.Equal(0, await app.QueryAsync(db => db.EntityAliases.CountAsync(a => a.Name == "Zorbert Quillfeather")));
    }
}
