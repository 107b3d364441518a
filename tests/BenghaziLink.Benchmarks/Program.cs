using System.Diagnostics;
using BenchmarkDotNet.Running;
using BenghaziLink.Benchmarks;
using BenghaziLink.Extraction.Pipeline;

// "quick": a stopwatch estimate in a few seconds (for a sanity check while developing);
// anything else goes to BenchmarkDotNet (the figures in docs/benchmarks.md come from there).
if (args is ["quick"])
{
    var corpus = Corpus.Load();
    var pipeline = ExtractionPipelineBuilder.CreateDefault(corpus.Catalog);
    for (var i = 0; i < 200; i++) foreach (var a in corpus.Articles) pipeline.Process(a.Text, new(a.Name, a.Reference));
    var watch = Stopwatch.StartNew();
    var runs = 0;
    while (watch.Elapsed < TimeSpan.FromSeconds(3))
    {
        foreach (var a in corpus.Articles) pipeline.Process(a.Text, new(a.Name, a.Reference));
        runs++;
    }
    Console.WriteLine($"{corpus.Words} words x {runs} runs in {watch.Elapsed.TotalSeconds:F2} s: {corpus.Words * runs / watch.Elapsed.TotalSeconds:N0} words/s");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
