using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Ingestion;

/// <summary>
/// Upgrading a store made by the previous release (schema 8, EF Core 6, no migrations): <c>Upgrade/release-schema8.sqlite3</c>
/// was made by that release's <c>ingest</c> verb from the five seeds (with their sidecar) and one invented article in a
/// folder of its own with a curated date and outlet. The sidecars are out of reach here, as after a move.
/// </summary>
public sealed class UpgradeTests : IDisposable
{
    private readonly ScratchFolder scratch = new("benghazilink-upgrade-");

    public void Dispose() => scratch.Dispose();

    private sealed record Row(long Id, string Slug, string? Published, string? PublishedProvenance, string? Outlet, string? OutletProvenance);

    private string CopyRelease(params string[] sql)
    {
        var path = scratch.PathOf("store.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Upgrade", "release-schema8.sqlite3"), path);
        StoreFile.Execute(path, sql);
        return path;
    }

    private static List<Row> ReadRows(string path)
    {
        using var connection = StoreFile.Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Slug, Published, PublishedProvenance, Outlet, OutletProvenance FROM Articles ORDER BY Id";
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            rows.Add(new Row(reader.GetInt64(0), reader.GetString(1), Text(2), Text(3), Text(4), Text(5)));
        }
        return rows;
    }

    [Fact]
    public async Task Start_StoreOfThePreviousRelease_KeepsEveryArticleItsAddressAndItsMetadata()
    {
        var path = CopyRelease();
        var before = ReadRows(path);

        using var app = new StoreFactory(path);
        var pending = await app.QueryAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        _ = app.Services; // starts the host, which brings the store up to date
        var after = ReadRows(path);

        Assert.Empty(pending);
        Assert.Equal(6, before.Count);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Start_PreviousReleaseStoreAndANewPipeline_ExtractsEveryArticleAgainWithItsSuppliedMetadata()
    {
        var path = CopyRelease("UPDATE Articles SET PipelineVersion = 'previous'");
        var before = ReadRows(path);

        using var app = new StoreFactory(path);
        var current = app.Services.GetRequiredService<ExtractionPipeline>().Version;
        _ = app.Services; // starts the host, which brings the store up to date
        var after = ReadRows(path);
        var versions = await app.QueryAsync(db => db.Articles.Select(a => a.PipelineVersion).Distinct().ToListAsync());
        var sentences = await app.QueryAsync(db => db.Articles.Select(a => db.ArticleSentences.Count(s => s.ArticleId == a.Id)).ToListAsync());

        // Four of the five seeds' dates and the invented article's outlet exist only in sidecars this start cannot see.
        Assert.Equal(before, after);
        Assert.Equal([current], versions);
        Assert.All(sentences, count => Assert.True(count > 0));
    }

    [Fact]
    public async Task Start_StoreOlderThanSchema8_IngestsEachOfItsArticlesAgainFromItsText()
    {
        var path = CopyRelease("UPDATE StoreInfo SET Value = '7' WHERE Key = 'schema_version'");

        using var app = new StoreFactory(path);
        var headlines = await app.QueryAsync(db => db.Articles.Select(a => a.Headline).ToListAsync());
        var legacyLeft = await app.QueryAsync(db => db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_master WHERE name = 'LegacyArticles'").SingleAsync());

        Assert.Equal(6, headlines.Count);
        Assert.Contains("Convoy seized near desert border post, officials say", headlines);
        Assert.Equal(0, legacyLeft);
    }

    [Fact]
    public async Task Start_ArticleTheNewPipelineFailsOn_KeepsItsEarlierExtractionAndSaysWhy()
    {
        var path = CopyRelease("UPDATE Articles SET PipelineVersion = 'previous'");
        var convoyMentions = StoreFile.Scalar(path, "SELECT COUNT(*) FROM ArticleMentions WHERE ArticleId = 6");

        using var app = new StoreFactory(path, failOn: "Convoy seized");
        var articles = await app.QueryAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.PipelineVersion, a.ExtractionError }).ToListAsync());
        var mentionsAfter = await app.QueryAsync(db => db.ArticleMentions.CountAsync(m => m.ArticleId == 6));

        Assert.Equal(6, articles.Count);
        var convoy = articles.Single(a => a.Id == 6);
        Assert.Equal("previous", convoy.PipelineVersion);
        Assert.Contains("the pipeline failed", convoy.ExtractionError, StringComparison.Ordinal);
        Assert.True(convoyMentions > 0);
        Assert.Equal(convoyMentions, mentionsAfter);
        Assert.All(articles.Where(a => a.Id != 6), a => Assert.Null(a.ExtractionError));
        Assert.All(articles.Where(a => a.Id != 6), a => Assert.NotEqual("previous", a.PipelineVersion));
    }

    [Fact]
    public async Task Ingest_FileThePipelineFailsOn_IsReportedAndTheRestIngests()
    {
        var folder = Directory.CreateDirectory(scratch.PathOf("articles")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "Convoy seized near Ghat\n\nGunmen seized a convoy on Monday.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), "Talks resume in Tripoli\n\nOfficials met on Tuesday.\n");
        using var app = new StoreFactory(scratch.PathOf("fresh.db"), failOn: "Convoy seized");

        var summary = await app.WithScopeAsync(sp => sp.GetRequiredService<BenghaziLink.Web.Ingestion.IngestionRunner>()
            .IngestPathsAsync([folder], null, CancellationToken.None));

        var failed = Assert.Single(summary.Results, r => r.Status == BenghaziLink.Web.Ingestion.IngestStatus.Failed);
        Assert.Equal("a.txt", failed.Source);
        Assert.StartsWith("the pipeline failed", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(1, summary.Ingested);
    }

    [Fact]
    public async Task Start_StoreOfANewerRelease_RefusesWithOneLineAndLeavesItAlone()
    {
        var path = CopyRelease("CREATE TABLE \"__EFMigrationsHistory\" (MigrationId TEXT PRIMARY KEY, ProductVersion TEXT NOT NULL)",
            "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261207130423_Schema8', '10.0.15'), ('29991231000000_FromTheFuture', '99.0.0')");

        var (exit, _, errors) = await Cli.AppProcess.RunAsync("--urls=http://127.0.0.1:0", $"--ConnectionStrings:BenghaziLink=Data Source={path}",
            "--Ingestion:IngestSeedsAtStartup=false");

        Assert.Equal(2, exit);
        Cli.AppProcess.AssertOneLine(errors, $"the store at {path} was made by a newer release of BenghaziLink (migration 29991231000000_FromTheFuture)");
        Assert.Equal(6, ReadRows(path).Count);
        Assert.Equal(0, StoreFile.Scalar(path, "SELECT COUNT(*) FROM pragma_table_info('Articles') WHERE name = 'SuppliedMetadata'"));
    }

    /// <summary>The app over a given store file, without seed ingestion (so no sidecar is read), optionally with a pipeline that fails on one article.</summary>
    internal sealed class StoreFactory(string path, string? failOn = null) : EmptyAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:BenghaziLink", $"Data Source={path}");
            if (failOn is null) return;
            builder.ConfigureTestServices(services => services.AddSingleton(sp => new ExtractionPipelineBuilder()
                .UseArticleStructure().UseDates().UseEntities(sp.GetRequiredService<EntityCatalog>()).UseClaims()
                .Use(new FailingProcessor(failOn)).Build()));
        }
    }

    /// <summary>A processor that throws on one article, as a pipeline bug would.</summary>
    private sealed class FailingProcessor(string marker) : IDocumentProcessor
    {
        public string Name => "fails-on-one-article";
        public Annotations Requires => Annotations.None;
        public Annotations Produces => Annotations.None;

        public void Process(DocumentBuilder document)
        {
            if (document.Text.Contains(marker, StringComparison.Ordinal)) throw new ArgumentOutOfRangeException(nameof(document), "invented failure");
        }
    }
}
