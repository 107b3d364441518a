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
    public async Task Ingest_ArticleWithRoles_StoresEachRoleWithTheEntityOfItsMention()
    {
        const string text = "A Headline\n\nZorbert Quillfeather, leader of the Quill Brigade, met officials in Bamako.\n";

        await IngestAsync("roles.txt", text);

        var stored = await app.QueryAsync(db => db.ArticleRoles
            .Join(db.Articles, r => r.ArticleId, a => a.Id, (r, a) => new { r, a.SourceName, a.Text })
            .Where(x => x.SourceName == "roles.txt")
            .Select(x => new { x.r.Start, x.r.End, x.r.Surface, x.r.Cue, x.r.Processor, x.r.EntityId, x.r.MentionStart, x.r.MentionEnd, x.r.ArticleId, x.Text })
            .ToListAsync());
        var role = Assert.Single(stored);
        Assert.Equal("leader of the Quill Brigade", role.Surface);
        Assert.Equal(role.Text[role.Start..role.End], role.Surface);
        Assert.Equal("appositive", role.Cue);
        Assert.Equal("roles", role.Processor);
        var mention = await app.QueryAsync(db => db.ArticleMentions.SingleAsync(m => m.ArticleId == role.ArticleId && m.Start == role.MentionStart && m.End == role.MentionEnd));
        Assert.Equal(mention.EntityId, role.EntityId);
        Assert.Equal("Zorbert Quillfeather", await app.QueryAsync(db => db.Entities.Where(e => e.Id == role.EntityId).Select(e => e.Canonical).SingleAsync()));
    }

    [Fact]
    public async Task Ingest_ReplacedArticle_DropsTheRolesOfTheOldText()
    {
        await IngestAsync("a.txt", "A Headline\n\nZorbert Quillfeather, leader of the Quill Brigade, met officials in Bamako.\n");
        Assert.Equal(1, await app.QueryAsync(db => db.ArticleRoles.CountAsync(r => r.Surface == "leader of the Quill Brigade")));

        await IngestAsync("a.txt", "A Headline\n\nZorbert Quillfeather met officials in Bamako on Monday.\n");

        Assert.Equal(0, await app.QueryAsync(db => db.ArticleRoles.CountAsync(r => r.Surface == "leader of the Quill Brigade")));
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
