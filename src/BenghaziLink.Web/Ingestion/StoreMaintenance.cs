using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Ingestion;

/// <summary>What bringing the store up to date did.</summary>
public sealed record MaintenanceReport(int Reextracted, int Legacy, IReadOnlyList<IngestResult> Failures, bool DiskFull);

/// <summary>
/// Brings the store up to this release before anything else uses it (the app at start-up, the <c>ingest</c> verb):
/// migrations, then the texts kept from a pre-migration store, then every article extracted with another pipeline
/// version, each in its own transaction. What is done is recorded as it is done (an article's pipeline version, a kept
/// text's removal), so a run that is killed resumes where it stopped; an article that fails keeps its earlier
/// extraction, is reported, and is tried again next time. Claim groups made stale on the way are rebuilt last.
/// </summary>
public sealed class StoreMaintenance(
    StoreInitializer initializer,
    ArticleIngestor ingestor,
    StoreWriter writer,
    SidecarReader sidecars,
    ILogger<StoreMaintenance> logger)
{
    private const int ProgressEvery = 100;

    public async Task<MaintenanceReport> RunAsync(CancellationToken cancellationToken)
    {
        await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var failures = new List<IngestResult>();
        var legacy = await IngestLegacyAsync(failures, cancellationToken).ConfigureAwait(false);
        var (reextracted, done) = (0, 0);
        var stale = failures.Any(f => f.DiskFull) ? [] : await ingestor.StaleArticlesAsync(cancellationToken).ConfigureAwait(false);
        if (stale.Count > 0) logger.ReextractionStarting(stale.Count);
        foreach (var id in stale)
        {
            var result = await ingestor.ReextractAsync(id, cancellationToken).ConfigureAwait(false);
            if (result.Status == IngestStatus.Failed) failures.Add(result);
            else if (result.Status == IngestStatus.Replaced) reextracted++;
            if (result.DiskFull) break;
            if (++done % ProgressEvery == 0) logger.ReextractionProgress(done, stale.Count);
        }
        var diskFull = failures.Any(f => f.DiskFull);
        if (diskFull) logger.StoreFull(failures.First(f => f.DiskFull).Reason!);
        else await ingestor.RegroupClaimsIfStaleAsync(cancellationToken).ConfigureAwait(false);
        if (legacy + reextracted + failures.Count > 0) logger.MaintenanceDone(reextracted, legacy, failures.Count);
        return new MaintenanceReport(reextracted, legacy, failures, diskFull);
    }

    private sealed record LegacyRow(long RowId, string SourceName, string? SourcePath, string Text);

    /// <summary>Ingests the texts a pre-migration store left, removing each once it is stored (ingesting is idempotent by content).</summary>
    private async Task<int> IngestLegacyAsync(List<IngestResult> failures, CancellationToken cancellationToken)
    {
        var rows = await writer.WriteAsync(async (db, ct) =>
        {
            var present = await db.Database.SqlQueryRaw<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name = '{StoreSchema.LegacyArticles}'")
                .AnyAsync(ct).ConfigureAwait(false);
            return present
                ? await db.Database.SqlQueryRaw<LegacyRow>($"SELECT rowid AS RowId, SourceName, SourcePath, Text FROM {StoreSchema.LegacyArticles} ORDER BY rowid").ToListAsync(ct).ConfigureAwait(false)
                : null;
        }, cancellationToken).ConfigureAwait(false);
        if (rows is null) return 0;
        var done = 0;
        foreach (var row in rows)
        {
            var sidecar = row.SourcePath is null ? null : sidecars.Find(row.SourcePath);
            var result = await ingestor.IngestAsync(new ArticleInput(row.SourceName, row.SourcePath, System.Text.Encoding.UTF8.GetBytes(row.Text), sidecar), cancellationToken).ConfigureAwait(false);
            if (result.Status == IngestStatus.Failed)
            {
                failures.Add(result);
                if (result.DiskFull) return done;
                continue;
            }
            await writer.WriteAsync((db, ct) => db.Database.ExecuteSqlAsync($"DELETE FROM LegacyArticles WHERE rowid = {row.RowId}", ct), cancellationToken).ConfigureAwait(false);
            done++;
        }
        if (failures.Count == 0)
        {
            await writer.WriteAsync((db, ct) => db.Database.ExecuteSqlRawAsync($"DROP TABLE {StoreSchema.LegacyArticles}", ct), cancellationToken).ConfigureAwait(false);
        }
        return done;
    }
}
