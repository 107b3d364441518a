using System.Diagnostics;
using BenghaziLink.Extraction.Entities.Tagging;

namespace BenghaziLink.Benchmarks;

/// <summary>The "train-tagger" command: reads CoNLL files, trains, writes the model, and reports the time and size.</summary>
internal static class TaggerTraining
{
    public sealed record Options(int Iterations, float Prune, string? Dev)
    {
        public static Options Parse(string[] args)
        {
            var options = new Options(Iterations: 12, Prune: 0.05f, Dev: null);
            for (var k = 0; k + 1 < args.Length; k += 2)
            {
                options = args[k] switch
                {
                    "--iterations" => options with { Iterations = int.Parse(args[k + 1], System.Globalization.CultureInfo.InvariantCulture) },
                    "--prune" => options with { Prune = float.Parse(args[k + 1], System.Globalization.CultureInfo.InvariantCulture) },
                    "--dev" => options with { Dev = args[k + 1] },
                    _ => throw new ArgumentException($"unknown option {args[k]} (--iterations N, --prune W, --dev FILE)"),
                };
            }
            return options;
        }
    }

    public static void Run(string trainFile, string modelFile, Options options)
    {
        var watch = Stopwatch.StartNew();
        List<TaggedDocument> documents;
        using (var reader = File.OpenText(trainFile)) documents = ConllReader.Read(reader);
        Console.WriteLine($"{documents.Count} documents, {documents.Sum(d => d.Sentences.Count)} sentences, {documents.Sum(d => d.Sentences.Sum(s => s.Words.Length))} words");
        var model = NameTaggerTrainer.Train(documents, options.Iterations, options.Prune,
            (iteration, accuracy) => Console.WriteLine($"iteration {iteration}: {accuracy:P2} of words tagged right while training ({watch.Elapsed.TotalSeconds:F0} s)"));
        using (var output = File.Create(modelFile)) model.Write(output);
        Console.WriteLine($"{model.FeatureCount} features kept (|weight| >= {options.Prune}); {new FileInfo(modelFile).Length:N0} bytes; {watch.Elapsed.TotalSeconds:F0} s");
        if (options.Dev is null) return;
        using var devReader = File.OpenText(options.Dev);
        using var written = File.OpenRead(modelFile);
        var shipped = NameTaggerModel.Read(written);
        var (p, r, f) = NameTaggerTrainer.Score(shipped, ConllReader.Read(devReader));
        Console.WriteLine($"dev spans: P {p:F3} R {r:F3} F1 {f:F3}");
    }
}
