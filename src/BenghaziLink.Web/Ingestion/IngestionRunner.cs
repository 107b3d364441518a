using System.Diagnostics;
using BenghaziLink.Web.Data;
using Microsoft.Extensions.Options;

namespace BenghaziLink.Web.Ingestion;

public sealed record IngestSummary(IReadOnlyList<IngestResult> Results, TimeSpan Elapsed)
{
    public int Count(IngestStatus status) => Results.Count(r => r.Status == status);
    public int Ingested => Count(IngestStatus.Ingested) + Count(IngestStatus.Replaced);
    public int Unchanged => Count(IngestStatus.Unchanged);
    public int Failed => Count(IngestStatus.Failed);
    public long Bytes => Results.Sum(r => r.Bytes);
}

/// <summary>
/// Ingests files and folders (a folder: every <c>*.txt</c> below it, in name order). A path that does not
/// exist, or a file that cannot be read, is reported as failed and the rest goes on.
/// </summary>
public sealed class IngestionRunner(ArticleIngestor ingestor, SidecarReader sidecars, IOptions<IngestionOptions> options)
{
    public async Task<IngestSummary> IngestPathsAsync(IEnumerable<string> paths, Action<IngestResult, int, int>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var (files, missing) = Expand(paths);
        var results = new List<IngestResult>(files.Count + missing.Count);
        var total = files.Count + missing.Count;
        foreach (var failure in missing)
        {
            results.Add(failure);
            progress?.Invoke(failure, results.Count, total);
        }
        foreach (var file in files)
        {
            var result = await IngestFileAsync(file, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            progress?.Invoke(result, results.Count, total);
        }
        return await FinishAsync(results, stopwatch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Re-ingests articles kept from a store of an older schema, from their stored text.</summary>
    public async Task<IngestSummary> IngestPreservedAsync(IReadOnlyList<PreservedArticle> articles, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var results = new List<IngestResult>(articles.Count);
        foreach (var article in articles)
        {
            var sidecar = article.SourcePath is null ? null : sidecars.Find(article.SourcePath);
            var input = new ArticleInput(article.SourceName, article.SourcePath, System.Text.Encoding.UTF8.GetBytes(article.Text), sidecar);
            results.Add(await ingestor.IngestAsync(input, cancellationToken).ConfigureAwait(false));
        }
        return await FinishAsync(results, stopwatch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Once the run has stored something, the corpus's claims are grouped again, once for the whole run; when it
    /// stored nothing, only if the groups were made by another grouper version (a start-up after an upgrade).
    /// </summary>
    private async Task<IngestSummary> FinishAsync(List<IngestResult> results, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        if (results.Any(r => r.Status is IngestStatus.Ingested or IngestStatus.Replaced))
        {
            await ingestor.RegroupClaimsAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ingestor.RegroupClaimsIfStaleAsync(cancellationToken).ConfigureAwait(false);
        }
        return new IngestSummary(results, stopwatch.Elapsed);
    }

    private async Task<IngestResult> IngestFileAsync(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        var read = ArticlePaths.Read(path, options.Value.MaxArticleBytes);
        if (read.Content is null) return IngestResult.Failed(name, read.Length, read.Refusal!);
        return await ingestor.IngestAsync(new ArticleInput(name, Path.GetFullPath(path), read.Content, sidecars.Find(path)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Walking is <see cref="ArticlePaths"/>'s: a path it refuses (missing, not a regular file, a folder it cannot list) is a failed result.</summary>
    private static (IReadOnlyList<string> Files, List<IngestResult> Missing) Expand(IEnumerable<string> paths)
    {
        var walk = ArticlePaths.Walk(paths);
        return (walk.Files, [.. walk.Refused.Select(r => IngestResult.Failed(r.Path, 0, r.Reason))]);
    }
}
