using System.Text;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Ingestion;

/// <summary>Each test owns an empty store and a scratch folder of article files.</summary>
public sealed class IngestionTests : IDisposable
{
    private const string Story = "Test Headline About Benghazi\n\nA first paragraph about the attack in Benghazi.\n\nA second paragraph.\n";
    private readonly EmptyAppFactory app = new();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benghazilink-ingest-");

    public void Dispose()
    {
        app.Dispose();
        folder.Delete(recursive: true);
    }

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private Task<IngestSummary> IngestAsync(params string[] paths) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IngestionRunner>().IngestPathsAsync(paths, null, CancellationToken.None));

    private Task<List<string>> SourcesAsync() => app.QueryAsync(db => db.Articles.OrderBy(a => a.SourceName).Select(a => a.SourceName).ToListAsync());

    [Fact]
    public async Task Ingest_Folder_StoresArticlesWithBlocksAndSearchIndex()
    {
        Write("a.txt", Story);
        Write("b.txt", Story.Replace("Benghazi", "Bamako", StringComparison.Ordinal));
        Write("ignored.json", "{}");

        var summary = await IngestAsync(folder.FullName);

        Assert.Equal(2, summary.Ingested);
        Assert.Equal(["a.txt", "b.txt"], await SourcesAsync());
        var article = await app.QueryAsync(db => db.Articles.Include(a => a.Blocks).SingleAsync(a => a.SourceName == "a.txt"));
        Assert.Equal("Test Headline About Benghazi", article.Headline);
        Assert.Equal(Story, article.Text);
        Assert.All(article.Blocks, b => Assert.Equal(b.End - b.Start, article.Text[b.Start..b.End].Length));
        var hits = await app.WithScopeAsync(sp => sp.GetRequiredService<BenghaziLink.Web.Search.ArticleSearch>().SearchAsync("Bamako", 1, CancellationToken.None));
        Assert.Equal(1, hits.Total);
    }

    [Fact]
    public async Task Ingest_Twice_ChangesNothing()
    {
        var path = Write("a.txt", Story);
        await IngestAsync(path);
        var before = await app.QueryAsync(db => db.Articles.Select(a => new { a.Id, a.IngestedAtUtc }).SingleAsync());

        var summary = await IngestAsync(path);

        Assert.Equal(1, summary.Unchanged);
        Assert.Equal(0, summary.Ingested);
        var after = await app.QueryAsync(db => db.Articles.Select(a => new { a.Id, a.IngestedAtUtc }).SingleAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Ingest_ChangedFile_ReplacesItsOldVersion()
    {
        var path = Write("a.txt", Story);
        await IngestAsync(path);
        Write("a.txt", Story.Replace("first paragraph", "revised paragraph", StringComparison.Ordinal));

        var summary = await IngestAsync(path);

        Assert.Equal(IngestStatus.Replaced, summary.Results.Single().Status);
        var texts = await app.QueryAsync(db => db.Articles.Select(a => a.Text).ToListAsync());
        Assert.Contains("revised paragraph", Assert.Single(texts), StringComparison.Ordinal);
        var search = await app.WithScopeAsync(sp => sp.GetRequiredService<BenghaziLink.Web.Search.ArticleSearch>().SearchAsync("revised", 1, CancellationToken.None));
        Assert.Equal(1, search.Total);
        var stale = await app.WithScopeAsync(sp => sp.GetRequiredService<BenghaziLink.Web.Search.ArticleSearch>().SearchAsync("first", 1, CancellationToken.None));
        Assert.Equal(0, stale.Total);
    }

    [Fact]
    public async Task Ingest_SameContentUnderAnotherName_IsNotStoredTwice()
    {
        var first = Write("a.txt", Story);
        var copy = Write("copy-of-a.txt", Story);

        var summary = await IngestAsync(first, copy);

        Assert.Equal(IngestStatus.Unchanged, summary.Results[1].Status);
        Assert.Contains("a.txt", summary.Results[1].Reason, StringComparison.Ordinal);
        Assert.Single(await SourcesAsync());
    }

    [Fact]
    public async Task Ingest_StoryRepublishedWithALineAdded_StoresBothAndEveryGroupOfTheirClaims()
    {
        // A republished wire story repeats every claim, so one claim can open both a figure group and a statement group.
        var seed = Path.Combine(RepoPaths.SeedArticles, "001_c10d8d51cd459538.txt");
        var text = await File.ReadAllTextAsync(seed);
        var original = Write("original.txt", text);
        var republished = Write("republished.txt", text + "\nRepublished with permission.\n");

        var summary = await IngestAsync(original, republished);

        Assert.Equal(2, summary.Ingested);
        var groups = await app.QueryAsync(db => db.ClaimGroups.Select(g => new { g.Quantity, Members = g.Members.Count }).ToListAsync());
        Assert.Contains(groups, g => g.Quantity is not null);
        Assert.Contains(groups, g => g.Quantity is null);
    }

    [Fact]
    public async Task Ingest_NewPipelineVersion_ReingestsArticle()
    {
        var path = Write("a.txt", Story);
        await IngestAsync(path);
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE Articles SET PipelineVersion = 'old'"));

        var summary = await IngestAsync(path);

        Assert.Equal(IngestStatus.Replaced, summary.Results.Single().Status);
        Assert.NotEqual("old", await app.QueryAsync(db => db.Articles.Select(a => a.PipelineVersion).SingleAsync()));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty file" },
        { "blank.txt", Encoding.UTF8.GetBytes(" \n\t\n"), "only white space" },
        { "binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "binary file" },
        { "latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 in Alg\u00e9rie, a headline\n\nText."), "invalid UTF-8" },
        { "controls.txt", Encoding.UTF8.GetBytes("Head\u0001line\u0002 \u0003 \u0004 \u0005 \u0006 text"), "control characters" },
        { "huge.txt", Encoding.UTF8.GetBytes(new string('a', 2 * 1024 * 1024 + 1)), "over the" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Ingest_BadFile_IsReportedAndSkippedWhileTheRestIngests(string name, byte[] content, string reason)
    {
        var good = Write("good.txt", Story);
        var bad = WriteBytes(name, content);

        var summary = await IngestAsync(bad, good);

        var failure = Assert.Single(summary.Results, r => r.Status == IngestStatus.Failed);
        Assert.Equal(name, failure.Source);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
        Assert.Equal(["good.txt"], await SourcesAsync());
    }

    [Fact]
    public async Task Ingest_MissingDirectory_IsReportedAndTheRestIngests()
    {
        var good = Write("good.txt", Story);
        var missing = Path.Combine(folder.FullName, "no-such-folder");

        var summary = await IngestAsync(missing, good);

        Assert.Equal("no such file or directory", summary.Results.Single(r => r.Status == IngestStatus.Failed).Reason);
        Assert.Equal(1, summary.Ingested);
    }

    [Fact]
    public async Task Ingest_FailureInsideTheTransaction_LeavesNoHalfArticle()
    {
        var path = Write("a.txt", Story);
        // Without its search index the article's last write fails, after the article rows were written.
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE ArticleSearch"));

        var summary = await IngestAsync(path);

        Assert.Equal(IngestStatus.Failed, summary.Results.Single().Status);
        Assert.Contains("could not store", summary.Results.Single().Reason, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Articles.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.ArticleBlocks.CountAsync()));
    }

    [Fact]
    public async Task Ingest_WithSidecar_UsesItsMetadataAndProvenance()
    {
        var path = Write("a.txt", Story);
        File.WriteAllText(Path.Combine(folder.FullName, SidecarReader.FileName), """
            { "articles": { "a.txt": {
                "published": { "value": "2013-01", "provenance": "curated", "basis": "archive record" },
                "outlet": { "value": "Example Wire", "provenance": "inferred", "basis": "style" } } } }
            """);

        await IngestAsync(path);

        var article = await app.QueryAsync(db => db.Articles.SingleAsync());
        Assert.Equal("2013-01", article.Published);
        Assert.Equal(BenghaziLink.Extraction.DatePrecision.Month, article.PublishedPrecision);
        Assert.Equal(Provenance.Curated, article.PublishedProvenance);
        Assert.Equal("archive record", article.PublishedBasis);
        Assert.Equal("Example Wire", article.Outlet);
        Assert.Equal(Provenance.Inferred, article.OutletProvenance);
    }

    [Fact]
    public async Task Ingest_WithBrokenSidecar_StillIngestsTheArticle()
    {
        var path = Write("a.txt", Story);
        File.WriteAllText(Path.Combine(folder.FullName, SidecarReader.FileName), "{ not json");

        var summary = await IngestAsync(path);

        Assert.Equal(1, summary.Ingested);
        Assert.Null(await app.QueryAsync(db => db.Articles.Select(a => a.Published).SingleAsync()));
    }

    [Fact]
    public async Task Ingest_StatedPublicationDate_IsMarkedStatedInText()
    {
        var path = Write("a.txt", "Some Headline\n\nPublished on 2016 March 19, Saturday\n\nBody text of the article.\n");

        await IngestAsync(path);

        var article = await app.QueryAsync(db => db.Articles.SingleAsync());
        Assert.Equal("2016-03-19", article.Published);
        Assert.Equal(Provenance.StatedInText, article.PublishedProvenance);
    }
}
