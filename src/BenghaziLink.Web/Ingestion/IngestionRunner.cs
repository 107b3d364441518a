using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace BenghaziLink.Web.Ingestion;

public sealed record IngestSummary(IReadOnlyList<IngestResult> Results, TimeSpan Elapsed)
{
    /// <summary>Files not attempted because the run stopped (the store's disk is full).</summary>
    public int NotAttempted { get; init; }
    public bool DiskFull => Results.Any(r => r.DiskFull);
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
public sealed class IngestionRunner(ArticleIngestor ingestor, SidecarReader sidecars, IOptions<IngestionOptions> options, MeaningProgress? meaning = null)
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
        var attempted = 0;
        foreach (var file in files)
        {
            var result = await IngestFileAsync(file, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            attempted++;
            progress?.Invoke(result, results.Count, total);
            // A full disk fails every file after it the same way: say it once and stop, with the store as it was.
            if (result.DiskFull) return new IngestSummary(results, stopwatch.Elapsed) { NotAttempted = files.Count - attempted };
        }
        // Once for the whole run, and only when something changed since the groups were made (this run, an earlier
        // run killed before it regrouped, or a new grouper version).
        await ingestor.RegroupClaimsIfStaleAsync(cancellationToken).ConfigureAwait(false);
        // The new claims' meaning is computed in the background (MeaningService), which regroups again when it is done.
        meaning?.Wake();
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
