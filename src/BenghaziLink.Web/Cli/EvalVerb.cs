using System.Text.Json;
using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Claims.Matching;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Evaluation;
using BenghaziLink.Web.Ingestion;
using Microsoft.Extensions.Options;

namespace BenghaziLink.Web.Cli;

/// <summary>
/// <c>eval --gold &lt;file|dir&gt; [--articles &lt;dir&gt;] [--without-catalog] [--verbose] [--json]</c>: runs the
/// pipeline on each article a gold file names and prints how its output scores against the gold. Scores are
/// reported, not asserted: the exit code is 1 only when a gold file or an article cannot be read.
/// <c>eval --pairs FILE</c> scores the same-claim decision instead (<see cref="PairsEval"/>).
/// </summary>
internal static class EvalVerb
{
    public const string Gold = "--gold";
    public const string Articles = "--articles";
    public const string Verbose = "--verbose";
    public const string Json = "--json";
    /// <summary>A gold file annotates one article (tens of kilobytes); anything far larger is not one.</summary>
    private const int MaxGoldBytes = 64 * 1024 * 1024;
    public const string Usage =
        "usage: eval --gold <file|dir>... [--articles <dir>] [--without-catalog] [--without-meaning] [--verbose] [--json]\n" +
        "       score the pipeline against gold files (a folder: every *.json in it that names an \"article\",\n" +
        "       and claim clusters from any file that is an array of {id, members, relation});\n" +
        "       articles are looked up by name under --articles (default: the configured Ingestion:SeedsPath)\n" +
        "usage: eval --pairs <file> [--json] [--held-out] [--fit <weights.tsv>] [--without-meaning] [--meaning-cache <file>]\n" +
        "       score the same-claim decision on sentence pairs (tab-separated: Quality, #1 ID, #2 ID, #1 String, #2 String):\n" +
        "       precision, recall and F1 of \"same\"; --held-out scores every fourth pair only, --fit fits the model on the\n" +
        "       other pairs and writes its weights";

    public static int Run(IServiceProvider services, IReadOnlyList<string> arguments)
    {
        var options = VerbOptions.Parse(arguments, [ExtractVerb.WithoutCatalog, Verbose, "-v", Json, "-h", "--help", PairsEval.HeldOut, PairsEval.WithoutMeaning],
            [Gold, Articles, PairsEval.Pairs, PairsEval.Fit, PairsEval.MeaningCache], out var error);
        if (options is not null && (options.Has("-h") || options.Has("--help")))
        {
            Console.Out.WriteLine(Usage);
            return 0;
        }
        error ??= options is null ? null
            : options.All(Gold).Count == 0 && options.Value(PairsEval.Pairs) is null ? $"{Gold} is required (or {PairsEval.Pairs} to score sentence pairs)"
            : options.All(Gold).Count > 0 && options.Value(PairsEval.Pairs) is not null ? $"{Gold} and {PairsEval.Pairs} do not go together"
            : options.Paths.Count > 0 ? $"unexpected argument {options.Paths[0]}"
            : null;
        if (options is null || error is not null)
        {
            Console.Error.WriteLine($"eval: {error}");
            Console.Error.WriteLine(Usage);
            return 2;
        }
        if (options.Value(PairsEval.Pairs) is not null) return PairsEval.Run(services, options);

        var withoutCatalog = options.Has(ExtractVerb.WithoutCatalog);
        var articlesFolder = options.Value(Articles) is { } given ? CallerPath.Resolve(given) : Path.GetFullPath(
            services.GetRequiredService<IOptions<IngestionOptions>>().Value.SeedsPath,
            services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var files = ExtractVerb.Create(services, withoutCatalog);

        var failed = 0;
        var pairs = new List<ScoredArticle>();
        var clusters = new List<GoldCluster>();
        foreach (var goldPath in GoldFiles(options.All(Gold), ref failed))
        {
            var gold = ReadGold(goldPath, clusters, ref failed);
            if (gold is null) continue;
            var articlePath = Path.Combine(articlesFolder, gold.Article);
            if (!File.Exists(articlePath))
            {
                Console.Error.WriteLine($"eval: {Path.GetFileName(goldPath)}: article {gold.Article} not found in {articlesFolder}");
                failed++;
            }
            else if (files.TryExtract(articlePath, out ArticleDocument? document, out var reason))
            {
                pairs.Add(new ScoredArticle(gold, ArticleAnnotations.Of(document), document));
            }
            else
            {
                Console.Error.WriteLine($"eval: {gold.Article}: {reason}");
                failed++;
            }
        }
        if (pairs.Count == 0 && failed == 0)
        {
            Console.Error.WriteLine($"eval: no gold article files in {string.Join(", ", options.All(Gold))}");
            return 1;
        }

        // Grouped as the app groups once its background embedding is done: with each claim's meaning vector.
        var meanings = options.Has(PairsEval.WithoutMeaning) ? null : ClaimMeanings(services, pairs);
        var report = Scorer.Score(pairs, [.. clusters], meanings);
        int? catalogEntries = withoutCatalog ? null : services.GetRequiredService<EntityCatalog>().Entries.Length;
        var setup = new EvalSetup(string.Join(", ", options.All(Gold)), articlesFolder, catalogEntries, meanings?.Count);
        Console.Out.Write(options.Has(Json)
            ? EvalReport.Json(report, setup, options.Has(Verbose) || options.Has("-v"))
            : EvalReport.Text(report, setup, options.Has(Verbose) || options.Has("-v")));
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The meaning vector of every distinct claim content, keyed as the grouper looks them up; null when the model cannot run (said once).</summary>
    private static Dictionary<string, float[]>? ClaimMeanings(IServiceProvider services, List<ScoredArticle> articles)
    {
        var texts = articles.SelectMany(a => a.Document.Claims).Select(ClaimContent.Of)
            .DistinctBy(MeaningKey.Of, StringComparer.Ordinal).ToList();
        if (texts.Count == 0) return null;
        try
        {
            var vectors = services.GetRequiredService<ISentenceEncoder>().Encode(texts);
            return texts.Select((t, i) => (Key: MeaningKey.Of(t), Vector: vectors[i])).ToDictionary(e => e.Key, e => e.Vector, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or TypeInitializationException or DllNotFoundException)
        {
            Console.Error.WriteLine($"eval: meaning model unavailable ({e.Message}); claims grouped without it");
            return null;
        }
    }

    /// <summary>Gold files given and the <c>*.json</c> directly in the folders given, walked as articles are.</summary>
    private static IReadOnlyList<string> GoldFiles(IReadOnlyList<string> paths, ref int failed)
    {
        var walk = ArticlePaths.Walk(paths.Select(CallerPath.Resolve), "*.json", recursive: false);
        foreach (var refused in walk.Refused) Console.Error.WriteLine($"eval: {refused.Path}: {refused.Reason}");
        failed += walk.Refused.Count;
        return walk.Files;
    }

    /// <summary>
    /// One article's gold, or null: for a claim-cluster file (its clusters are added to <paramref name="clusters"/>),
    /// another kind of file, or a broken one, reported.
    /// </summary>
    private static ArticleAnnotations? ReadGold(string path, List<GoldCluster> clusters, ref int failed)
    {
        try
        {
            var read = ArticlePaths.Read(path, MaxGoldBytes);
            if (read.Content is null) throw new IOException(read.Refusal);
            // As File.ReadAllText did: a byte-order mark picks the encoding and is not part of the JSON.
            using var text = new StreamReader(new MemoryStream(read.Content), detectEncodingFromByteOrderMarks: true);
            using var document = JsonDocument.Parse(text.ReadToEnd(), AnnotationJson.ReadOptions);
            if (GoldCluster.IsClusterFile(document.RootElement)) clusters.AddRange(GoldCluster.Read(document.RootElement));
            return AnnotationJson.IsArticle(document.RootElement) ? AnnotationJson.Read(document.RootElement) : null;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"eval: {Path.GetFileName(path)}: not a usable gold file: {ex.Message}");
            failed++;
            return null;
        }
    }
}

/// <summary>What was scored with what, for the report's heading.</summary>
/// <summary>What a scoring run was given; <see cref="Meanings"/> is how many claim contents had a meaning vector when grouped (null: grouped without meaning).</summary>
internal sealed record EvalSetup(string Gold, string Articles, int? CatalogEntries, int? Meanings = null);
