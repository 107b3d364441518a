using BenghaziLink.Extraction.Evaluation;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Web.Ingestion;
using Microsoft.Extensions.Options;

namespace BenghaziLink.Web.Cli;

/// <summary>
/// <c>extract [--without-catalog] &lt;file|dir&gt;...</c>: runs the pipeline on text files and prints one JSON
/// array, an object per file in the gold-file format, to stdout. The store is not touched. Files that cannot
/// be read as text are reported on stderr and skipped; the exit code is then 1.
/// </summary>
internal static class ExtractVerb
{
    public const string WithoutCatalog = "--without-catalog";
    public const string Usage =
        "usage: extract [--without-catalog] <file|dir>...   run the extraction pipeline on text files (a folder: every *.txt below it)\n" +
        "       and print a JSON array, one object per file: {article, published, entities: [{type, kind, canonical, mentions, roles?: [{text, of, cue}]}], dates: [{text, value}],\n" +
        "       claims: [{quote, attribution_chain: [outermost, ..., innermost], hedge, quantities: [{value, counts, qualifier, outcome, text}]}]}";

    public static int Run(IServiceProvider services, IReadOnlyList<string> arguments)
    {
        var options = VerbOptions.Parse(arguments, [WithoutCatalog, "-h", "--help"], [], out var error);
        if (options is not null && (options.Has("-h") || options.Has("--help")))
        {
            Console.Out.WriteLine(Usage);
            return 0;
        }
        if (options is null || options.Paths.Count == 0)
        {
            // Usage goes to stderr: stdout is for JSON only.
            if (error is not null) Console.Error.WriteLine($"extract: {error}");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var files = Create(services, options.Has(WithoutCatalog));
        var walk = ArticlePaths.Walk(options.Paths.Select(CallerPath.Resolve));
        var failed = walk.Refused.Count;
        foreach (var refused in walk.Refused) Console.Error.WriteLine($"extract: {refused.Path}: {refused.Reason}");
        var articles = new List<ArticleAnnotations>();
        foreach (var path in walk.Files)
        {
            if (files.TryExtract(path, out ArticleAnnotations? annotations, out var reason))
            {
                articles.Add(annotations);
            }
            else
            {
                Console.Error.WriteLine($"extract: {Path.GetFileName(path)}: {reason}");
                failed++;
            }
        }
        Console.Out.WriteLine(AnnotationJson.Write(articles));
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The product's pipeline (with the configured catalog), or one without a catalog to measure what the text alone gives.</summary>
    internal static ArticleFiles Create(IServiceProvider services, bool withoutCatalog) => new(
        withoutCatalog ? ExtractionPipelineBuilder.CreateDefault() : services.GetRequiredService<ExtractionPipeline>(),
        services.GetRequiredService<SidecarReader>(),
        services.GetRequiredService<IOptions<IngestionOptions>>().Value.MaxArticleBytes);
}
