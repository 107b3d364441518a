using System.Diagnostics.CodeAnalysis;
using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Evaluation;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Web.Ingestion;

namespace BenghaziLink.Web.Cli;

/// <summary>
/// Runs the pipeline on article files as ingestion would (same decoding, same sidecar reference date),
/// without the store: what <c>extract</c> prints and <c>eval</c> scores.
/// </summary>
internal sealed class ArticleFiles(ExtractionPipeline pipeline, SidecarReader sidecars, int maxBytes)
{
    public bool TryExtract(string path, [NotNullWhen(true)] out ArticleAnnotations? annotations, [NotNullWhen(false)] out string? reason)
    {
        var extracted = TryExtract(path, out ArticleDocument? document, out reason);
        annotations = extracted ? ArticleAnnotations.Of(document!) : null;
        return extracted;
    }

    /// <summary>The document itself, for what the gold form leaves out (claim spans, for scoring and grouping).</summary>
    public bool TryExtract(string path, [NotNullWhen(true)] out ArticleDocument? document, [NotNullWhen(false)] out string? reason)
    {
        document = null;
        var read = ArticlePaths.Read(path, maxBytes);
        if (read.Content is not { } content)
        {
            reason = read.Refusal!;
            return false;
        }
        if (!ArticleDecoder.TryDecode(content, maxBytes, out var text, out var refused))
        {
            reason = refused ?? "not readable as text";
            return false;
        }
        reason = null;

        // A sidecar date is the reference date; without one the pipeline goes by the date the text states.
        var context = new ExtractionContext(Path.GetFileName(path), sidecars.Find(path)?.ReferenceDate);
        document = pipeline.Process(text, context);
        return true;
    }
}
