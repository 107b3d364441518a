using System.Security.Cryptography;
using System.Text.Json;
using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BenghaziLink.Web.Ingestion;

public enum IngestStatus { Ingested, Replaced, Unchanged, Failed }

/// <summary>One article to ingest: its bytes and where they came from.</summary>
public sealed record ArticleInput(string SourceName, string? SourcePath, byte[] Content, SidecarEntry? Sidecar);

public sealed record IngestResult(string Source, IngestStatus Status, long Bytes, string? Slug = null, string? Headline = null, string? Reason = null)
{
    /// <summary>The store's disk is full: nothing more can be written, so the run stops here.</summary>
    public bool DiskFull { get; init; }

    public static IngestResult Failed(string source, long bytes, string reason) => new(source, IngestStatus.Failed, bytes, Reason: reason);
}

/// <summary>
/// Ingests one article at a time: decode, extract, and store the article with everything extracted from it in one
/// transaction, so a failure never leaves half an article behind. An article is the same when its path is (new bytes at
/// that path replace it in place, keeping its address) or its bytes are (a copy, or a file that moved). Stored articles
/// are extracted again from their stored text and their supplied metadata when the pipeline changes.
/// </summary>
public sealed class ArticleIngestor(
    StoreWriter writer,
    ExtractionPipeline pipeline,
    EntityCatalog catalog,
    CorpusGrouping grouping,
    IOptions<IngestionOptions> options,
    ILogger<ArticleIngestor> logger)
{
    private static readonly JsonSerializerOptions MetadataJson = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public async Task<IngestResult> IngestAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        if (!ArticleDecoder.TryDecode(input.Content, options.Value.MaxArticleBytes, out var text, out var reason))
        {
            return Fail(IngestResult.Failed(input.SourceName, input.Content.LongLength, reason!));
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(input.Content));
        try
        {
            var result = await writer.WriteAsync((db, ct) => StoreAsync(db, input, text, hash, ct), cancellationToken).ConfigureAwait(false);
            if (result.Status is IngestStatus.Ingested or IngestStatus.Replaced)
            {
                logger.ArticleStored(result.Status, result.Source, result.Slug);
            }
            return result.Status == IngestStatus.Failed ? Fail(result) : result;
        }
        catch (Exception ex) when (IsStoreError(ex))
        {
            return Fail(StoreFailure(input.SourceName, input.Content.LongLength, ex));
        }
    }

    /// <summary>
    /// Extracts a stored article again with this pipeline, from its stored text and supplied metadata, in one transaction.
    /// If that fails the article keeps its earlier extraction and the reason is recorded on it.
    /// </summary>
    public async Task<IngestResult> ReextractAsync(int articleId, CancellationToken cancellationToken)
    {
        var stored = await writer.WriteAsync((db, ct) => db.Articles.Where(a => a.Id == articleId)
            .Select(a => new { a.SourceName, a.Text, a.SuppliedMetadata, a.PipelineVersion, a.Slug, Bytes = (long)a.Text.Length })
            .SingleOrDefaultAsync(ct), cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.PipelineVersion == pipeline.Version)
        {
            return new IngestResult(stored?.SourceName ?? $"article {articleId}", IngestStatus.Unchanged, 0, stored?.Slug);
        }
        var supplied = Supplied(stored.SuppliedMetadata);
        ArticleDocument document;
        try
        {
            document = pipeline.Process(stored.Text, new ExtractionContext(stored.SourceName, supplied?.ReferenceDate));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A pipeline bug on one text must not cost the article, nor stop the others.
            return await ReextractionFailedAsync(articleId, IngestResult.Failed(stored.SourceName, stored.Bytes, $"the pipeline failed: {Innermost(ex).Message}"), cancellationToken).ConfigureAwait(false);
        }
        try
        {
            await writer.WriteAsync(async (db, ct) =>
            {
                await InTransactionAsync(db, stored.SourceName, async () =>
                {
                    var article = await db.Articles.SingleAsync(a => a.Id == articleId, ct).ConfigureAwait(false);
                    await ApplyAsync(db, article, document, supplied, ct).ConfigureAwait(false);
                }, ct).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
            return new IngestResult(stored.SourceName, IngestStatus.Replaced, stored.Bytes, stored.Slug);
        }
        catch (Exception ex) when (IsStoreError(ex))
        {
            return await ReextractionFailedAsync(articleId, StoreFailure(stored.SourceName, stored.Bytes, ex), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IngestResult> ReextractionFailedAsync(int articleId, IngestResult failed, CancellationToken cancellationToken)
    {
        logger.ReextractionFailed(failed.Source, failed.Reason!);
        if (!failed.DiskFull) await RecordErrorAsync(articleId, failed.Reason!, cancellationToken).ConfigureAwait(false);
        return failed;
    }

    /// <summary>The ids of the articles extracted with another pipeline version, oldest first.</summary>
    public Task<List<int>> StaleArticlesAsync(CancellationToken cancellationToken) =>
        writer.WriteAsync((db, ct) => db.Articles.Where(a => a.PipelineVersion != pipeline.Version).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct), cancellationToken);

    /// <summary>
    /// Brings the claim groups up to date (<see cref="CorpusGrouping.UpdateAsync"/>: the new articles' claims added to
    /// the groups kept in memory, else the whole corpus regrouped) in a transaction of its own, once per ingest run
    /// rather than per article. Until it runs, a new article's claims stand alone and the store says so; a failure keeps
    /// it so, to be repaired next time.
    /// </summary>
    public async Task<bool> RegroupClaimsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await writer.WriteAsync(async (db, ct) =>
            {
                await InTransactionAsync(db, "claim groups", () => grouping.UpdateAsync(db, ct), ct).ConfigureAwait(false);
                // Only once the groups are in the store does the grouping in memory stand for them.
                grouping.Committed();
                return true;
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (IsStoreError(ex))
        {
            logger.RegroupFailed(Innermost(ex).Message);
            return false;
        }
    }

    /// <summary>Groups the claims again only when the stored groups are stale (another grouper version, or claims changed since).</summary>
    public async Task<bool> RegroupClaimsIfStaleAsync(CancellationToken cancellationToken) =>
        await writer.WriteAsync((db, ct) => ClaimLinker.IsStaleAsync(db, ct), cancellationToken).ConfigureAwait(false)
        && await RegroupClaimsAsync(cancellationToken).ConfigureAwait(false);

    private IngestResult Fail(IngestResult result)
    {
        logger.ArticleSkipped(result.Source, result.Reason);
        return result;
    }

    private async Task<IngestResult> StoreAsync(BenghaziLinkDb db, ArticleInput input, string text, string hash, CancellationToken ct)
    {
        // Decided once before extracting (most files of a re-run are unchanged and cost no extraction) and again
        // under the write lock, where another process may have stored the same file in the meantime.
        var early = await DecideAsync(db, input, hash, ct).ConfigureAwait(false);
        if (early.Result is not null) return early.Result;
        var supplied = input.Sidecar ?? Supplied(early.Target?.SuppliedMetadata);
        ArticleDocument document;
        try
        {
            document = pipeline.Process(text, new ExtractionContext(input.SourceName, supplied?.ReferenceDate));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A pipeline bug on one text costs that file, not the run: it is reported and the rest ingests.
            return IngestResult.Failed(input.SourceName, input.Content.LongLength, $"the pipeline failed: {Innermost(ex).Message}");
        }

        IngestResult? outcome = null;
        await InTransactionAsync(db, input.SourceName, async () =>
        {
            var decision = await DecideAsync(db, input, hash, ct).ConfigureAwait(false);
            if (decision.Result is not null)
            {
                outcome = decision.Result;
                return;
            }
            var article = decision.Target is null ? null : await db.Articles.SingleAsync(a => a.Id == decision.Target.Id, ct).ConfigureAwait(false);
            article ??= db.Articles.Add(new Article
            {
                Slug = "", SourceName = input.SourceName, ContentHash = hash, Text = text, PipelineVersion = "", Headline = "", IngestedAtUtc = DateTime.UtcNow,
            }).Entity;
            article.SourceName = input.SourceName;
            article.SourcePath = input.SourcePath;
            article.ContentHash = hash;
            article.Text = text;
            await ApplyAsync(db, article, document, supplied, ct).ConfigureAwait(false);
            outcome = new IngestResult(input.SourceName, decision.Target is null ? IngestStatus.Ingested : IngestStatus.Replaced,
                input.Content.LongLength, article.Slug, article.Headline);
        }, ct).ConfigureAwait(false);
        return outcome!;
    }

    private sealed record Known(int Id, string SourceName, string? SourcePath, string ContentHash, string PipelineVersion, string Slug, string? SuppliedMetadata);

    /// <summary>What to do with a file: nothing (<c>Result</c>), replace an article in place (<c>Target</c>), or add a new one (neither).</summary>
    private sealed record Decision(IngestResult? Result, Known? Target);

    private async Task<Decision> DecideAsync(BenghaziLinkDb db, ArticleInput input, string hash, CancellationToken ct)
    {
        var path = input.SourcePath;
        var known = await db.Articles
            .Where(a => (path != null && a.SourcePath == path) || a.ContentHash == hash)
            .Select(a => new Known(a.Id, a.SourceName, a.SourcePath, a.ContentHash, a.PipelineVersion, a.Slug, a.SuppliedMetadata))
            .ToListAsync(ct).ConfigureAwait(false);
        var bytes = input.Content.LongLength;
        var samePath = path is null ? null : known.FirstOrDefault(a => a.SourcePath == path);
        if (samePath is not null && samePath.ContentHash == hash)
        {
            // Same file, same bytes: only a new pipeline (or new supplied metadata) makes it worth extracting again.
            var sameMetadata = input.Sidecar is null || Serialize(input.Sidecar) == samePath.SuppliedMetadata;
            return samePath.PipelineVersion == pipeline.Version && sameMetadata
                ? new(new IngestResult(input.SourceName, IngestStatus.Unchanged, bytes, samePath.Slug), null)
                : new(null, samePath);
        }
        var twin = known.FirstOrDefault(a => a.ContentHash == hash);
        if (twin is not null)
        {
            // The same bytes elsewhere: a copy, or the same file moved (its old path is gone), which is recorded.
            var moved = twin.SourcePath is not null && path is not null && !File.Exists(twin.SourcePath);
            if (moved) await db.Articles.Where(a => a.Id == twin.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.SourcePath, path).SetProperty(a => a.SourceName, input.SourceName), ct).ConfigureAwait(false);
            return new(new IngestResult(input.SourceName, IngestStatus.Unchanged, bytes, twin.Slug,
                Reason: moved ? $"same article as before, moved from {twin.SourcePath}" : $"same content as {twin.SourceName}, already ingested"), null);
        }
        // New bytes at a known path replace that article; anything else is a new article. A file of the same name
        // elsewhere is never taken for an old one whose file is gone: guessing wrong would replace an article the
        // user may not be able to load again.
        return new(null, samePath);
    }

    /// <summary>Writes a document's extraction onto an article, replacing whatever was extracted from it before.</summary>
    private async Task ApplyAsync(BenghaziLinkDb db, Article article, ArticleDocument document, SidecarEntry? supplied, CancellationToken ct)
    {
        var added = article.Id == 0;
        var touched = added ? [] : await ArticleRows.DeleteExtractionAsync(db, article.Id, ct).ConfigureAwait(false);
        var published = MetadataResolver.Published(supplied?.Published, document.PublishedDate, span => ArticleRows.Basis(document, span), logger, article.SourceName);
        var outlet = MetadataResolver.Outlet(supplied?.Outlet, document.Outlet, span => ArticleRows.Basis(document, span), logger, article.SourceName);
        ArticleRows.Describe(article, document, published, outlet);
        article.PipelineVersion = pipeline.Version;
        article.SuppliedMetadata = supplied is null ? null : Serialize(supplied);
        article.ExtractionError = null;
        if (article.Slug.Length == 0)
        {
            var slug = Slugs.From(article.Headline, Path.GetFileNameWithoutExtension(article.SourceName));
            article.Slug = await db.Articles.AnyAsync(a => a.Slug == slug, ct).ConfigureAwait(false) ? $"{slug}-{article.ContentHash[..8]}" : slug;
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        ArticleRows.Add(db, article.Id, document);
        ClaimLinker.AddClaims(db, article.Id, document);
        touched.UnionWith(await EntityLinker.LinkAsync(db, article.Id, document, catalog, ct).ConfigureAwait(false));
        await EntityLinker.RefreshAsync(db, [.. touched], ct).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO ArticleSearch(rowid, headline, body) VALUES ({article.Id}, {article.Headline}, {ArticleRows.SearchBody(document)})", ct).ConfigureAwait(false);
        // A new article's claims join the groups as they stand; claims replaced change groups already made, which only
        // grouping the whole corpus again puts right (CorpusGrouping).
        if (added) await ClaimLinker.MarkAddedAsync(db, ct).ConfigureAwait(false);
        else await ClaimLinker.MarkStaleAsync(db, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction. Its dispose can throw on its own (on a full disk, efcore#36561)
    /// and hide the error that made us roll back, so the transaction is disposed by hand and that error kept.
    /// </summary>
    private async Task InTransactionAsync(BenghaziLinkDb db, string what, Func<Task> work, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        try
        {
            await work().ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }
        catch (Exception original)
        {
            try
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception rollback) when (rollback is SqliteException or InvalidOperationException)
            {
                logger.RollbackFailed(what, rollback.Message);
            }
            throw new InvalidOperationException(original.Message, original);
        }
        finally
        {
            db.ChangeTracker.Clear();
            try
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception dispose) when (dispose is SqliteException or InvalidOperationException)
            {
                logger.TransactionDisposeFailed(what, dispose.Message);
            }
        }
    }

    private async Task RecordErrorAsync(int articleId, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await writer.WriteAsync((db, ct) => db.Articles.Where(a => a.Id == articleId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ExtractionError, $"pipeline {pipeline.Version}: {reason}"), ct), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStoreError(ex))
        {
            // The log line already reports the failure; the store cannot take more.
        }
    }

    private static string Serialize(SidecarEntry entry) => JsonSerializer.Serialize(entry, MetadataJson);

    private static SidecarEntry? Supplied(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<SidecarEntry>(json, MetadataJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsStoreError(Exception ex) => ex is SqliteException or DbUpdateException or InvalidOperationException or IOException;

    private static IngestResult StoreFailure(string source, long bytes, Exception ex) => StoreErrors.IsDiskFull(ex)
        ? IngestResult.Failed(source, bytes, "disk full: the store cannot grow; free some space and run again") with { DiskFull = true }
        : IngestResult.Failed(source, bytes, $"could not store the article: {Innermost(ex).Message}");

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        return ex;
    }
}
