using BenchmarkDotNet.Attributes;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Benchmarks;

/// <summary>
/// <see cref="ClaimGrouper.Group"/> over the seeds' claims and over the seeds repeated under other names and
/// publication dates: the web app regroups the whole corpus in every article's ingest transaction, so this is the
/// cost one more article adds. Identical copies are the worst case for the grouper: every copy of a statement is
/// merged, so the clustering runs one merge per copy. Few iterations: one operation takes seconds at the top size.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ClaimGroupingBenchmarks
{
    private List<ArticleClaims> articles = null!;

    /// <summary>How many times the five seeds appear (1 = the seeds alone).</summary>
    [Params(1, 2, 4, 8)]
    public int Times { get; set; }

    public int Claims => articles.Sum(a => a.Claims.Length);

    [GlobalSetup]
    public void Setup() => articles = Build(Corpus.Load(), Times);

    [Benchmark]
    public int Group() => ClaimGrouper.Group(articles).Length;

    /// <summary>The seeds' claims as the pipeline extracts them, under <paramref name="times"/> names and dates each.</summary>
    public static List<ArticleClaims> Build(Corpus corpus, int times)
    {
        var pipeline = ExtractionPipelineBuilder.CreateDefault(corpus.Catalog);
        var claims = corpus.Articles.ToDictionary(a => a.Name, a => pipeline.Process(a.Text, new(a.Name, a.Reference)).Claims);
        return [.. Enumerable.Range(0, times).SelectMany(k => corpus.Articles.Select(a => a.Copy(k)).Zip(corpus.Articles))
            .Select(p => new ArticleClaims(p.First.Name, p.First.Published, claims[p.Second.Name]))];
    }
}
