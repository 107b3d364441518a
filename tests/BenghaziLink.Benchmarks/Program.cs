using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using BenghaziLink.Benchmarks;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Text;

// "quick": a stopwatch estimate in half a minute (for a sanity check while developing), with the time of each stage;
// "scale": one stopwatch run of the claim grouper per corpus size, for sizes too slow for BenchmarkDotNet;
// anything else goes to BenchmarkDotNet (the figures in docs/benchmarks.md come from there).
if (args is ["quick"])
{
    var corpus = Corpus.Load();
    var words = corpus.Words;

    // Each stage's cost is the difference between a pipeline with it and the same pipeline without it.
    var stages = new (string Name, Func<ExtractionPipelineBuilder, ExtractionPipelineBuilder> Add)[]
    {
        ("article structure", b => b.UseArticleStructure()),
        ("dates", b => b.UseDates()),
        ("sentences", b => b.Use(new SentenceSplitter())),
        ("names", b => b.Use(new NameRecognizer(corpus.Catalog))),
        ("learned names", b => b.Use(new BenghaziLink.Extraction.Entities.Tagging.LearnedNames(BenghaziLink.Extraction.Entities.Tagging.NameTaggerModel.Default))),
        ("aliases", b => b.Use(new AliasResolver(corpus.Catalog))),
        ("roles", b => b.Use(new RoleRecognizer())),
        ("claims", b => b.UseClaims()),
    };
    // A first pass over the full pipeline to discard: the first seconds of each processor run unoptimised code.
    var full = ExtractionPipelineBuilder.CreateDefault(corpus.Catalog);
    Measure(full, corpus, TimeSpan.FromSeconds(2));
    var builder = new ExtractionPipelineBuilder();
    var before = TimeSpan.Zero;
    foreach (var (name, add) in stages)
    {
        var cumulative = Measure(add(builder).Build(), corpus, TimeSpan.FromSeconds(1));
        Console.WriteLine($"  {name,-18} {(cumulative - before).TotalMilliseconds,7:F3} ms per corpus");
        before = cumulative;
    }
    var perCorpus = Measure(full, corpus, TimeSpan.FromSeconds(2));
    Console.WriteLine($"{words} words: {perCorpus.TotalMilliseconds:F3} ms per corpus, {words / perCorpus.TotalSeconds:N0} words/s");
    return;
}
// "train-tagger": fits the learned name tagger on a CoNLL-2003 file and writes the weights the library embeds
// (src/BenghaziLink.Extraction/Entities/Tagging/name-tagger.bin.gz; the README beside it has the exact command).
// "--dev FILE" also prints the span precision, recall and F1 on another CoNLL file (never trained on).
if (args is ["train-tagger", var trainFile, var modelFile, .. var trainOptions])
{
    var options = TaggerTraining.Options.Parse(trainOptions);
    TaggerTraining.Run(trainFile, modelFile, options);
    return;
}
// "mentions FILE|DIR [--rules]": each name the pipeline finds in a file, with its type, kind and cue (to see why a name
// was typed so); "--rules": as the hand-written rules alone find them, before the learned tagger joins in.
if (args is ["mentions", var mentionsFile, .. var mentionsOptions])
{
    var pipeline = mentionsOptions is ["--rules"]
        ? new ExtractionPipelineBuilder().UseArticleStructure().UseDates().Use(new SentenceSplitter()).Use(new NameRecognizer(EntityCatalog.Empty)).Build()
        : ExtractionPipelineBuilder.CreateDefault();
    foreach (var path in Directory.Exists(mentionsFile) ? [.. Directory.GetFiles(mentionsFile, "*.txt").Order()] : new[] { mentionsFile })
    {
        var document = pipeline.Process(File.ReadAllText(path), new(Path.GetFileName(path), null));
        foreach (var mention in document.Mentions.OrderBy(m => m.Span.Start)) Console.WriteLine($"{Path.GetFileName(path)} {mention.Span.Start,6} {mention.Type,-6} {EntityKinds.Name(mention.Kind),-10} {mention.Cue,-20} {mention.Surface}");
    }
    return;
}
// "dump": the groups of the seeds repeated TIMES times, serialised, so two builds of the grouper can be compared
// byte for byte (an optimisation must not change what it groups).
if (args is ["dump", var timesText, var file] && int.TryParse(timesText, out var dumpTimes) && dumpTimes > 0)
{
    var articles = ClaimGroupingBenchmarks.Build(Corpus.Load(), dumpTimes);
    File.WriteAllText(file, System.Text.Json.JsonSerializer.Serialize(ClaimGrouper.Group(articles), new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    return;
}
if (args is ["scale", .. var scaleArgs])
{
    // "--add N": after the batch, how long each of the next N articles takes to add to a grouping of that many
    // (ClaimGrouping.Add), and whether the grouping then equals the batch over the same articles.
    // "--no-batch": only the incremental grouping (the batch at 10,000 articles takes minutes, and a profile of the adds
    // should not see it).
    var noBatch = scaleArgs is [.., "--no-batch"];
    if (noBatch) scaleArgs = scaleArgs[..^1];
    var added = scaleArgs is ["--add", var n, ..] && int.TryParse(n, out var count) && count > 0 ? count : 0;
    var sizes = added > 0 ? scaleArgs[2..] : scaleArgs;
    if (sizes.Length == 0 || !sizes.All(t => int.TryParse(t, out var n) && n > 0))
    {
        Environment.ExitCode = 2;
        Console.Error.WriteLine("usage: scale [--add N] <times>... [--no-batch] (how many times the seeds appear, each a positive whole number, e.g. scale --add 20 1 200 2000)");
        return;
    }
    var corpus = Corpus.Load();
    foreach (var times in sizes.Select(int.Parse))
    {
        var all = ClaimGroupingBenchmarks.Build(corpus, times + (added + corpus.Articles.Count - 1) / corpus.Articles.Count);
        var articles = all.Take(times * corpus.Articles.Count).ToList();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var groups = noBatch && added > 0 ? 0 : ClaimGrouper.Group(articles).Length;
        watch.Stop();
        Console.WriteLine($"{articles.Count,5} articles, {articles.Sum(a => a.Claims.Length),6} claims: {groups,4} groups in {watch.Elapsed.TotalSeconds,8:F3} s, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,8:F1} MB allocated (batch)");
        if (added == 0) continue;
        var grouping = new ClaimGrouping();
        watch.Restart();
        grouping.AddRange(articles);
        Console.WriteLine($"{"",5} the same as one ClaimGrouping.AddRange in {watch.Elapsed.TotalSeconds,8:F3} s");
        var each = new List<double>();
        var changed = 0;
        allocated = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var article in all.Skip(articles.Count).Take(added))
        {
            watch.Restart();
            var changes = grouping.Add(article);
            each.Add(watch.Elapsed.TotalMilliseconds);
            changed += changes.Added.Length;
        }
        var perArticle = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0 / added;
        // Checked against a batch over the same articles up to 2,000 articles (beyond, the batch takes minutes more).
        var same = grouping.Articles.Count > 2000 || noBatch ? "not checked"
            : System.Text.Json.JsonSerializer.Serialize(grouping.Groups) == System.Text.Json.JsonSerializer.Serialize(ClaimGrouper.Group(grouping.Articles)) ? "yes" : "NO";
        each.Sort();
        Console.WriteLine($"{"",5} then {added} articles added one by one: {each.Average(),8:F1} ms per article (median {each[each.Count / 2]:F1}, max {each[^1]:F1}), {perArticle:F1} MB allocated per article, {changed / (double)added:F1} groups changed per article; equal to the batch: {same}");
    }
    return;
}
// ONNX Runtime's managed assembly is flagged as not optimised (it is a release package); the check would refuse to run.
BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator));

// The best of several rounds after a warm-up by time: on a shared machine the mean mostly measures the neighbours,
// and tiered compilation needs a while to replace the first code.
static TimeSpan Measure(ExtractionPipeline pipeline, Corpus corpus, TimeSpan duration)
{
    void RunOnce() { foreach (var a in corpus.Articles) pipeline.Process(a.Text, new(a.Name, a.Reference)); }
    var warmUp = System.Diagnostics.Stopwatch.StartNew();
    while (warmUp.Elapsed < duration) RunOnce();
    var best = TimeSpan.MaxValue;
    for (var round = 0; round < 10; round++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var runs = 0;
        while (watch.Elapsed < duration / 10)
        {
            RunOnce();
            runs++;
        }
        best = TimeSpan.FromTicks(Math.Min(best.Ticks, (watch.Elapsed / runs).Ticks));
    }
    return best;
}
