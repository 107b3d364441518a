using System.Text;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Ingestion;

/// <summary>The ways a reliability probe lost articles or broke pages, each in the store's own terms.</summary>
public sealed class StoreSafetyTests : IDisposable
{
    private readonly ScratchFolder scratch = new("benghazilink-safety-");

    public void Dispose() => scratch.Dispose();

    private static Task<IngestSummary> IngestAsync(AppFactory app, params string[] paths) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IngestionRunner>().IngestPathsAsync(paths, null, CancellationToken.None));

    [Fact]
    public async Task Ingest_TwoFilesOfOneNameInDifferentFolders_AreTwoArticles()
    {
        using var app = new EmptyAppFactory();
        var first = Directory.CreateDirectory(scratch.PathOf("monday")).FullName;
        var second = Directory.CreateDirectory(scratch.PathOf("tuesday")).FullName;
        await File.WriteAllTextAsync(Path.Combine(first, "story.txt"), "Monday Headline\n\nGunmen attacked a convoy near Ghat on Monday.\n");
        await File.WriteAllTextAsync(Path.Combine(second, "story.txt"), "Tuesday Headline\n\nOfficials in Tripoli denied the report on Tuesday.\n");

        var summary = await IngestAsync(app, first, second);

        Assert.Equal(2, summary.Ingested);
        var headlines = await app.QueryAsync(db => db.Articles.OrderBy(a => a.Headline).Select(a => a.Headline).ToListAsync());
        Assert.Equal(["Monday Headline", "Tuesday Headline"], headlines);
    }

    [Fact]
    public async Task Ingest_FileMovedToAnotherFolder_IsTheSameArticleAtItsNewPath()
    {
        using var app = new EmptyAppFactory();
        var before = Directory.CreateDirectory(scratch.PathOf("inbox")).FullName;
        var after = Directory.CreateDirectory(scratch.PathOf("archive")).FullName;
        await File.WriteAllTextAsync(Path.Combine(before, "story.txt"), "A Headline\n\nGunmen attacked a convoy near Ghat on Monday.\n");
        await IngestAsync(app, before);
        var id = await app.QueryAsync(db => db.Articles.Select(a => a.Id).SingleAsync());
        File.Move(Path.Combine(before, "story.txt"), Path.Combine(after, "story.txt"));

        var summary = await IngestAsync(app, after);

        var result = Assert.Single(summary.Results);
        Assert.Equal(IngestStatus.Unchanged, result.Status);
        Assert.Contains("moved from", result.Reason, StringComparison.Ordinal);
        var stored = await app.QueryAsync(db => db.Articles.Select(a => new { a.Id, a.SourcePath }).SingleAsync());
        Assert.Equal(id, stored.Id);
        Assert.Equal(Path.Combine(after, "story.txt"), stored.SourcePath);
    }

    [Fact]
    public async Task Ingest_OtherFileOfTheSameNameAfterTheFirstIsGone_IsANewArticleBesideIt()
    {
        using var app = new EmptyAppFactory();
        var first = Directory.CreateDirectory(scratch.PathOf("2013")).FullName;
        var second = Directory.CreateDirectory(scratch.PathOf("2014")).FullName;
        await File.WriteAllTextAsync(Path.Combine(first, "story.txt"), "First Headline\n\nGunmen attacked a convoy near Ghat on Monday.\n");
        await IngestAsync(app, first);
        Directory.Delete(first, recursive: true);
        await File.WriteAllTextAsync(Path.Combine(second, "story.txt"), "Second Headline\n\nOfficials in Tripoli denied the report on Tuesday.\n");

        var summary = await IngestAsync(app, second);

        Assert.Equal(IngestStatus.Ingested, Assert.Single(summary.Results).Status);
        var headlines = await app.QueryAsync(db => db.Articles.OrderBy(a => a.Headline).Select(a => a.Headline).ToListAsync());
        Assert.Equal(["First Headline", "Second Headline"], headlines);
    }

    [Fact]
    public async Task Ingest_ChangedFile_IsReplacedInPlaceKeepingItsIdAndAddress()
    {
        using var app = new EmptyAppFactory();
        var path = scratch.PathOf("story.txt");
        await File.WriteAllTextAsync(path, "A Headline\n\nGunmen attacked a convoy near Ghat on Monday.\n");
        await IngestAsync(app, path);
        var before = await app.QueryAsync(db => db.Articles.Select(a => new { a.Id, a.Slug }).SingleAsync());
        await File.WriteAllTextAsync(path, "A Headline\n\nGunmen attacked a convoy near Ubari on Monday.\n");

        await IngestAsync(app, path);

        var after = await app.QueryAsync(db => db.Articles.Select(a => new { a.Id, a.Slug, a.Text }).SingleAsync());
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Slug, after.Slug);
        Assert.Contains("Ubari", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_DiskFills_ReportsItOnceStopsAndKeepsEveryStoredArticleWhole()
    {
        using var app = new EmptyAppFactory();
        var articles = scratch.WriteVariants("many", 12);
        var writer = app.Services.GetRequiredService<StoreWriter>();
        // The store may grow by a few articles' worth of pages, then SQLite answers SQLITE_FULL as on a full disk.
        await writer.WriteAsync(async (db, ct) =>
        {
            var pages = await db.Database.SqlQueryRaw<long>("SELECT page_count AS Value FROM pragma_page_count()").SingleAsync(ct);
            // A PRAGMA takes no parameters; the value is a number this test computed.
#pragma warning disable EF1003
            return await db.Database.ExecuteSqlRawAsync("PRAGMA max_page_count = " + (pages + 60).ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
#pragma warning restore EF1003
        }, CancellationToken.None);

        var summary = await IngestAsync(app, articles);

        var failures = summary.Results.Where(r => r.Status == IngestStatus.Failed).ToList();
        var failure = Assert.Single(failures);
        Assert.True(failure.DiskFull);
        Assert.StartsWith("disk full", failure.Reason, StringComparison.Ordinal);
        Assert.True(summary.NotAttempted > 0);
        Assert.Equal(12, summary.Results.Count + summary.NotAttempted);
        var integrity = await app.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT integrity_check AS Value FROM pragma_integrity_check()").ToListAsync());
        Assert.Equal(["ok"], integrity);
        var incomplete = await app.QueryAsync(db => db.Articles.CountAsync(a => !db.ArticleSentences.Any(s => s.ArticleId == a.Id)));
        Assert.Equal(0, incomplete);

        // The writer took a fresh connection after the failure: the next run goes on from where this one stopped.
        var next = await IngestAsync(app, articles);
        Assert.Equal(0, next.Failed);
        Assert.Equal(12, await app.QueryAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Start_AfterARunKilledBeforeRegrouping_PagesAnswerAndTheGroupsAreRebuilt()
    {
        string path;
        using (var app = new AppFactory())
        {
            path = app.DatabasePath + ".kept";
            // As a run killed between storing an article and regrouping: the article is replaced, its groups are gone.
            var seed = Path.Combine(RepoPaths.SeedArticles, "001_c10d8d51cd459538.txt");
            var changed = Encoding.UTF8.GetBytes(await File.ReadAllTextAsync(seed) + "\nRepublished with permission.\n");
            var result = await app.WithScopeAsync(sp => sp.GetRequiredService<ArticleIngestor>().IngestAsync(
                new ArticleInput(Path.GetFileName(seed), seed, changed, null), CancellationToken.None));
            Assert.Equal(IngestStatus.Replaced, result.Status);
            Assert.True(await app.QueryAsync(db => ClaimLinker.IsStaleAsync(db, CancellationToken.None)));

            using var client = app.CreateClient();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/claims", UriKind.Relative))).StatusCode);
            // Related groups are "see also" on the pages of the groups they touch, with no page of their own.
            foreach (var id in await app.QueryAsync(db => db.ClaimGroups.Where(g => g.Status != GroupStatus.Related).Select(g => g.Id).ToListAsync()))
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri($"/claims/{id}", UriKind.Relative))).StatusCode);
            }
            await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"));
            File.Copy(app.DatabasePath, path);
        }
        try
        {
            using var restarted = new UpgradeTests.StoreFactory(path);

            var regrouped = await restarted.QueryAsync(db => db.ClaimGroupMembers.CountAsync(m =>
                db.ArticleClaims.Any(c => c.Id == m.ClaimId && db.Articles.Any(a => a.Id == c.ArticleId && a.SourceName == "001_c10d8d51cd459538.txt"))));
            Assert.False(await restarted.QueryAsync(db => ClaimLinker.IsStaleAsync(db, CancellationToken.None)));
            Assert.True(regrouped > 0);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
