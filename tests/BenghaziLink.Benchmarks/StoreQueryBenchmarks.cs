using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Links;
using BenghaziLink.Web.Pages.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BenghaziLink.Benchmarks;

/// <summary>
/// The link computations the pages run at query time (<see cref="EntityConnections"/>, <see cref="RelatedArticles"/>)
/// and the timeline, on a SQLite store filled through the app's own <see cref="ArticleIngestor"/> with the seeds and
/// perturbed copies of them. Each operation opens a fresh context, as a request does.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class StoreQueryBenchmarks
{
    private DbContextOptions<BenghaziLinkDb> options = null!;
    private int entityId;
    private string slug = null!;

    /// <summary>
    /// Perturbed copies of each seed beside the seeds (0: the five seeds; 9: 50 articles). Not 100 copies: ingest
    /// regroups every claim of the corpus per article, so that store would take hours to build (docs/benchmarks.md).
    /// </summary>
    [Params(0, 4, 9)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Load();
        var pipeline = ExtractionPipelineBuilder.CreateDefault(corpus.Catalog);
        var path = StorePath(Copies, pipeline.Version);
        // Ingesting regroups the whole corpus per article, so a large store takes minutes to build: built once per
        // size, pipeline and schema, then reused by every benchmark process and run.
        if (!IsCurrent(path).GetAwaiter().GetResult()) Build(corpus, pipeline, Copies, path).GetAwaiter().GetResult();
        options = new DbContextOptionsBuilder<BenghaziLinkDb>().UseSqlite(ConnectionString(path)).Options;

        using var db = new BenghaziLinkDb(options);
        // The most mentioned entity: the profile with the most connections to weigh.
        entityId = db.ArticleMentions.GroupBy(m => m.EntityId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).First();
        slug = db.Articles.Where(a => a.SourceName == corpus.Articles[0].Name).Select(a => a.Slug).Single();
    }

    [Benchmark]
    public async Task<int> EntityConnectionsForEntity()
    {
        using var db = new BenghaziLinkDb(options);
        return (await new EntityConnections(db).ForEntityAsync(entityId, 15, CancellationToken.None)).Actors.Count;
    }

    [Benchmark]
    public async Task<int> RelatedArticlesForArticle()
    {
        using var db = new BenghaziLinkDb(options);
        return (await new RelatedArticles(db).ForArticleAsync(slug, RelatedArticles.Shown, CancellationToken.None))!.Count;
    }

    [Benchmark]
    public async Task<int> TimelineOfCorpus()
    {
        using var db = new BenghaziLinkDb(options);
        return (await new TimelineQuery(db).LoadAsync(null, CancellationToken.None)).Count;
    }

    [Benchmark]
    public async Task<int> TimelineOfEntity()
    {
        using var db = new BenghaziLinkDb(options);
        return (await new TimelineQuery(db).LoadAsync(entityId, CancellationToken.None)).Count;
    }

    private static string ConnectionString(string path) => StoreConnection.Resolve($"Data Source={path}", Path.GetDirectoryName(path)!);

    /// <summary>
    /// A store per size under the temp folder, named after the pipeline version, so a changed pipeline builds anew
    /// (not after the assemblies: BenchmarkDotNet rebuilds them in a folder of its own per run, which changes their ids).
    /// </summary>
    private static string StorePath(int copies, string pipelineVersion)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pipelineVersion)))[..12];
        var root = Path.Combine(Path.GetTempPath(), "benghazilink-bench");
        foreach (var stale in Directory.Exists(root) ? Directory.GetDirectories(root).Where(d => Path.GetFileName(d) != key) : [])
        {
            Directory.Delete(stale, recursive: true);
        }
        return Path.Combine(root, key, $"store-{copies}.db");
    }

    /// <summary>Whether the store exists and holds articles, once the app's initializer has migrated it to the current schema.</summary>
    private static async Task<bool> IsCurrent(string path)
    {
        if (!File.Exists(path)) return false;
        var writer = new StoreWriter(ConnectionString(path));
        await using (writer.ConfigureAwait(false))
        {
            await new StoreInitializer(writer, NullLogger<StoreInitializer>.Instance).InitializeAsync(CancellationToken.None).ConfigureAwait(false);
            return await ArticleCount(path).ConfigureAwait(false) > 0;
        }
    }

    private static async Task<int> ArticleCount(string path)
    {
        using var db = new BenghaziLinkDb(new DbContextOptionsBuilder<BenghaziLinkDb>().UseSqlite(ConnectionString(path)).Options);
        return await db.Articles.CountAsync().ConfigureAwait(false);
    }

    private static async Task Build(Corpus corpus, ExtractionPipeline pipeline, int copies, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var building = path + ".building";
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(building + suffix);
        var writer = new StoreWriter(ConnectionString(building));
        await using (writer.ConfigureAwait(false))
        {
            await new StoreInitializer(writer, NullLogger<StoreInitializer>.Instance).InitializeAsync(CancellationToken.None).ConfigureAwait(false);
            var ingestor = new ArticleIngestor(writer, pipeline, corpus.Catalog, new CorpusGrouping(NullLogger<CorpusGrouping>.Instance),
                Options.Create(new IngestionOptions()), NullLogger<ArticleIngestor>.Instance);
            var articles = corpus.WithCopies(copies);
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < articles.Count; i++)
            {
                var a = articles[i];
                var started = watch.Elapsed;
                var result = await ingestor.IngestAsync(new ArticleInput(a.Name, null, Encoding.UTF8.GetBytes(a.Text),
                    new SidecarEntry(new SidecarValue(a.Published, "curated", "benchmark copy"), null)), CancellationToken.None).ConfigureAwait(false);
                if (result.Status != IngestStatus.Ingested) throw new InvalidOperationException($"{a.Name}: {result.Status} {result.Reason}");
                // The cost of one more article grows with the corpus: the figures for docs/benchmarks.md.
                if ((i + 1) % 5 == 0) Console.WriteLine($"// ingest: article {i + 1} took {(watch.Elapsed - started).TotalSeconds:F2} s ({watch.Elapsed.TotalSeconds:F1} s in all)");
            }
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // Checkpointed into one file, then renamed: a store half built by an interrupted run is never reused.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString(building)))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(building, path, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(building + suffix);
    }
}
