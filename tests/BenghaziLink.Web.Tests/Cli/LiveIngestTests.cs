using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Cli;

/// <summary>
/// The `ingest` verb writing into the store of a running app: the new article shows up in profiles, links and
/// the timeline without a restart, and its names join the existing canonical entities.
/// </summary>
[Collection(nameof(SerialConsole))]
public sealed class LiveIngestTests : IDisposable
{
    private readonly AppFactory app = new();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benghazilink-live-");

    public void Dispose()
    {
        app.Dispose();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task IngestVerb_WhileTheAppRuns_NewArticleJoinsProfilesLinksAndTimeline()
    {
        var belmokhtar = await app.QueryAsync(db => db.EntityAliases.Where(a => a.Name == "Belmokhtar")
            .Join(db.Entities, a => a.EntityId, e => e.Id, (a, e) => e.Slug).SingleAsync());
        var entitiesBefore = await app.QueryAsync(db => db.Entities.Select(e => e.Slug).ToListAsync());
        var timelineBefore = (await app.GetDocumentAsync("/timeline")).QuerySelectorAll("li.timeline-entry").Length;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Cli", "Examples", "late-report.txt"), Path.Combine(folder.FullName, "late-report.txt"));

        var (exit, output, _) = EntryPoint.Run("ingest", folder.FullName, $"--ConnectionStrings:BenghaziLink=Data Source={app.DatabasePath}");

        Assert.Equal(0, exit);
        var slug = await app.QueryAsync(db => db.Articles.Where(a => a.SourceName == "late-report.txt").Select(a => a.Slug).SingleAsync());
        Assert.Contains($"/articles/{slug}", output, StringComparison.Ordinal);
        var profile = await app.GetDocumentAsync($"/entities/{belmokhtar}");
        Assert.Contains(profile.QuerySelectorAll("ul.entity-articles a"), a => a.GetAttribute("href")!.StartsWith($"/articles/{slug}#", StringComparison.Ordinal));
        var timeline = await app.GetDocumentAsync("/timeline");
        Assert.True(timeline.QuerySelectorAll("li.timeline-entry").Length > timelineBefore);
        Assert.Contains(timeline.QuerySelectorAll("li.timeline-entry blockquote a"), a => a.GetAttribute("href")!.StartsWith($"/articles/{slug}#s", StringComparison.Ordinal));
        var links = await app.GetDocumentAsync("/links");
        Assert.Contains(links.QuerySelectorAll("table.links-table td a"), a => a.GetAttribute("href") == $"/articles/{slug}");
        var article = await app.GetDocumentAsync($"/articles/{slug}");
        Assert.NotEmpty(article.QuerySelectorAll("section[aria-labelledby=related-heading] a[href^='/articles/']"));
        var linked = article.QuerySelectorAll("a.mention").Select(a => a.GetAttribute("href")!.Split('/')[^1]).Distinct().ToList();
        // Belmokhtar, In Amenas, Libya, the battalion…: names the seeds know resolve to their existing entities.
        Assert.Contains(belmokhtar, linked);
        Assert.True(linked.Count(entitiesBefore.Contains) >= 4, string.Join(", ", linked));
    }
}
