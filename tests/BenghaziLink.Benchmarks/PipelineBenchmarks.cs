using BenchmarkDotNet.Attributes;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Benchmarks;

/// <summary>
/// The whole extraction pipeline (structure, dates, sentences, names, aliases, roles, claims) over the five seed
/// articles, one thread. Words per second = <see cref="Corpus.Words"/> / mean time per operation.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private ExtractionPipeline withCatalog = null!;
    private ExtractionPipeline withoutCatalog = null!;
    private Corpus corpus = null!;

    [GlobalSetup]
    public void Setup()
    {
        corpus = Corpus.Load();
        withCatalog = ExtractionPipelineBuilder.CreateDefault(corpus.Catalog);
        withoutCatalog = ExtractionPipelineBuilder.CreateDefault();
    }

    [Benchmark(Baseline = true)]
    public int SeedsWithCatalog() => Run(withCatalog);

    [Benchmark]
    public int SeedsWithoutCatalog() => Run(withoutCatalog);

    private int Run(ExtractionPipeline pipeline)
    {
        var found = 0;
        foreach (var article in corpus.Articles)
        {
            var document = pipeline.Process(article.Text, new ExtractionContext(article.Name, article.Reference));
            found += document.Mentions.Length + document.Dates.Length + document.Roles.Length + document.Claims.Length;
        }
        return found;
    }
}
