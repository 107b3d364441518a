using BenchmarkDotNet.Attributes;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Benchmarks;

/// <summary>
/// <see cref="ClaimGrouper.Group"/> over the seeds' claims and over the seeds repeated under other names and
/// publication dates: the web app regroups the whole corpus once per ingest run, so this is the cost of a run that
/// adds one article in batch (<c>scale --add N</c> measures adding to a <see cref="ClaimGrouping"/> instead). Identical copies are the worst case for the grouper: every copy of a statement is
/// judged the same as the copies before it and shares all its runs of words, so every index key is full. Few
/// iterations: one operation takes seconds at 100 articles and half a minute at 1,000 (<c>Times</c> = 200); divide by
/// the articles for the cost per added article, which index caps keep from growing with the corpus.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ClaimGroupingBenchmarks
{
    private List<ArticleClaims> articles = null!;

    /// <summary>How many times the five seeds appear (1 = the seeds alone).</summary>
    [Params(1, 20, 200)]
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
