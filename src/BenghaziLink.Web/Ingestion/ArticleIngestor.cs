using System.Security.Cryptography;
using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Parsing;
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
    public static IngestResult Failed(string source, long bytes, string reason) => new(source, IngestStatus.Failed, bytes, Reason: reason);
}

/// <summary>
/// Ingests one article at a time: decode, extract, and store the article with everything extracted
/// from it in one transaction, so a failure never leaves half an article behind.
/// </summary>
public sealed class ArticleIngestor(
    StoreWriter writer,
    ExtractionPipeline pipeline,
    EntityCatalog catalog,
    IOptions<IngestionOptions> options,
    ILogger<ArticleIngestor> logger)
{
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
            return result;
        }
        catch (Exception ex) when (ex is SqliteException or DbUpdateException or InvalidOperationException or IOException)
        {
            return Fail(IngestResult.Failed(input.SourceName, input.Content.LongLength, $"could not store the article: {Innermost(ex).Message}"));
        }
    }

    /// <summary>
    /// Groups the corpus's claims again (<see cref="ClaimLinker.RegroupAsync"/>) in a transaction of its own, once
    /// per ingest run rather than per article: grouping looks at every claim of the corpus, so doing it in each
    /// article's transaction made a batch of n articles cost n groupings (docs/benchmarks.md). Until it runs, a
    /// new article's claims stand alone; a failure keeps the previous groups and is logged, not thrown.
    /// </summary>
    public async Task<bool> RegroupClaimsAsync(CancellationToken cancellationToken)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var (claims, articles, groups) = await writer.WriteAsync(async (db, ct) =>
            {
                var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
                try
                {
                    await ClaimLinker.RegroupAsync(db, ct).ConfigureAwait(false);
                    await transaction.CommitAsync(ct).ConfigureAwait(false);
                }
                finally
                {
                    // As for an article: a dispose that throws (full disk, efcore#36561) must not hide the real error.
                    try { await transaction.DisposeAsync().ConfigureAwait(false); }
                    catch (SqliteException dispose) { logger.TransactionDisposeFailed("claim groups", dispose.Message); }
                    db.ChangeTracker.Clear();
                }
                return (await db.ArticleClaims.CountAsync(ct).ConfigureAwait(false), await db.Articles.CountAsync(ct).ConfigureAwait(false),
                    await db.ClaimGroups.CountAsync(ct).ConfigureAwait(false));
            }, cancellationToken).ConfigureAwait(false);
            logger.ClaimsRegrouped(claims, articles, groups, stopwatch.Elapsed.TotalMilliseconds);
            return true;
        }
        catch (Exception ex) when (ex is SqliteException or DbUpdateException or InvalidOperationException or IOException)
        {
            logger.RegroupFailed(Innermost(ex).Message);
            return false;
        }
    }

    /// <summary>Groups the claims again only when the stored groups come from another grouper version.</summary>
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
        var existing = await db.Articles
            .Where(a => a.SourceName == input.SourceName || a.ContentHash == hash)
            .Select(a => new { a.Id, a.SourceName, a.ContentHash, a.PipelineVersion, a.Slug })
            .ToListAsync(ct).ConfigureAwait(false);
        var same = existing.FirstOrDefault(a => a.SourceName == input.SourceName);
        if (same is not null && same.ContentHash == hash && same.PipelineVersion == pipeline.Version)
        {
            return new IngestResult(input.SourceName, IngestStatus.Unchanged, input.Content.LongLength, same.Slug);
        }
        var twin = existing.FirstOrDefault(a => a.SourceName != input.SourceName && a.ContentHash == hash);
        if (twin is not null)
        {
            return new IngestResult(input.SourceName, IngestStatus.Unchanged, input.Content.LongLength, twin.Slug,
                Reason: $"same content as {twin.SourceName}, already ingested");
        }

        var context = new ExtractionContext(input.SourceName, input.Sidecar?.ReferenceDate);
        var document = pipeline.Process(text, context);
        var article = ToArticle(input, text, hash, document);

        // Dispose of a transaction can throw on its own (on a full disk, efcore#36561) and hide the
        // error that made us roll back, so the transaction is disposed by hand and that error kept.
        var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        try
        {
            var touched = new HashSet<int>();
            if (same is not null)
            {
                touched.UnionWith(await DeleteAsync(db, same.Id, ct).ConfigureAwait(false));
            }
            article.Slug = await UniqueSlugAsync(db, article.Slug, hash, ct).ConfigureAwait(false);
            db.Articles.Add(article);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            AddSentencesAndDates(db, article.Id, document);
            ClaimLinker.AddClaims(db, article.Id, document);
            touched.UnionWith(await EntityLinker.LinkAsync(db, article.Id, document, catalog, ct).ConfigureAwait(false));
            await EntityLinker.RefreshAsync(db, [.. touched], ct).ConfigureAwait(false);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO ArticleSearch(rowid, headline, body) VALUES ({article.Id}, {article.Headline}, {SearchBody(document)})", ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }
        catch (Exception original)
        {
            try
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception rollback)
            {
                logger.RollbackFailed(input.SourceName, rollback.Message);
            }
            db.ChangeTracker.Clear();
            throw new InvalidOperationException(original.Message, original);
        }
        finally
        {
            try
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception dispose) when (dispose is SqliteException or InvalidOperationException)
            {
                logger.TransactionDisposeFailed(input.SourceName, dispose.Message);
            }
        }
        db.ChangeTracker.Clear();
        return new IngestResult(input.SourceName, same is null ? IngestStatus.Ingested : IngestStatus.Replaced,
            input.Content.LongLength, article.Slug, article.Headline);
    }

    /// <returns>The entities that lost mentions with the article.</returns>
    private static async Task<List<int>> DeleteAsync(BenghaziLinkDb db, int articleId, CancellationToken ct)
    {
        var entities = await db.ArticleMentions.Where(m => m.ArticleId == articleId).Select(m => m.EntityId).Distinct().ToListAsync(ct).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM ArticleSearch WHERE rowid = {articleId}", ct).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM Articles WHERE Id = {articleId}", ct).ConfigureAwait(false);
        return entities;
    }

    private static void AddSentencesAndDates(BenghaziLinkDb db, int articleId, ArticleDocument document)
    {
        db.ArticleSentences.AddRange(document.Sentences.Select((s, i) => new ArticleSentence
        {
            ArticleId = articleId, Ordinal = i, Start = s.Span.Start, End = s.Span.End,
        }));
        db.ArticleDates.AddRange(document.Dates.Select(d => new ArticleDate
        {
            ArticleId = articleId, Start = d.Span.Start, End = d.Span.End, Surface = d.Surface, Value = d.Value, Granularity = d.Granularity,
            Relative = d.Relative, Anchor = d.Anchor, Processor = d.Processor,
        }));
    }

    private static async Task<string> UniqueSlugAsync(BenghaziLinkDb db, string slug, string hash, CancellationToken ct)
    {
        var taken = await db.Articles.AnyAsync(a => a.Slug == slug, ct).ConfigureAwait(false);
        return taken ? $"{slug}-{hash[..8]}" : slug;
    }

    private Article ToArticle(ArticleInput input, string text, string hash, ArticleDocument document)
    {
        var published = MetadataResolver.Published(input.Sidecar?.Published, document.PublishedDate, span => Basis(document, span), logger, input.SourceName);
        var outlet = MetadataResolver.Outlet(input.Sidecar?.Outlet, document.Outlet, span => Basis(document, span), logger, input.SourceName);
        var headline = document.Headline?.Value ?? Path.GetFileNameWithoutExtension(input.SourceName);
        return new Article
        {
            Slug = Slugs.From(headline, Path.GetFileNameWithoutExtension(input.SourceName)),
            SourceName = input.SourceName,
            SourcePath = input.SourcePath,
            ContentHash = hash,
            Text = text,
            PipelineVersion = pipeline.Version,
            IngestedAtUtc = DateTime.UtcNow,
            Headline = headline,
            Standfirst = document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Standfirst)?.Span.Of(text),
            Dateline = document.Dateline?.Value,
            Byline = document.Byline?.Value,
            WordCount = document.WordCount,
            Outlet = outlet?.Value,
            OutletProvenance = outlet?.Provenance,
            OutletBasis = outlet?.Basis,
            Published = published?.Value.ToIso(),
            PublishedPrecision = published?.Value.Precision,
            PublishedProvenance = published?.Provenance,
            PublishedBasis = published?.Basis,
            Blocks = [.. document.Blocks.Select((b, i) => new ArticleBlock
            {
                Ordinal = i, Kind = b.Kind, Furniture = b.Furniture, Start = b.Span.Start, End = b.Span.End, Processor = b.Processor,
            })],
            Furniture = [.. document.Furniture.Select(f => new ArticleFurniture
            {
                Kind = f.Kind, Start = f.Span.Start, End = f.Span.End, Processor = f.Processor,
            })],
            Facts = [.. Facts(document)],
        };
    }

    private static IEnumerable<ArticleFact> Facts(ArticleDocument document)
    {
        static ArticleFact Fact<T>(FactKind kind, TextFact<T> fact, string value) =>
            new() { Kind = kind, Value = value, Start = fact.Span.Start, End = fact.Span.End, Processor = fact.Processor };

        if (document.Headline is { } headline) yield return Fact(FactKind.Headline, headline, headline.Value);
        if (document.Dateline is { } dateline) yield return Fact(FactKind.Dateline, dateline, dateline.Value);
        if (document.Byline is { } byline) yield return Fact(FactKind.Byline, byline, byline.Value);
        if (document.Outlet is { } outlet) yield return Fact(FactKind.Outlet, outlet, outlet.Value);
        if (document.PublishedDate is { } date) yield return Fact(FactKind.Published, date, date.Value.ToIso());
    }

    /// <summary>The line a stated value was read from, quoted: "Copyright 2013 ABC News Radio".</summary>
    private static string Basis(ArticleDocument document, TextSpan span)
    {
        const int MaxLength = 200;
        var line = (document.Blocks.FirstOrDefault(b => b.Span.Contains(span))?.Span ?? span).Of(document.Text);
        return $"Stated in the text: “{(line.Length <= MaxLength ? line : line[..MaxLength] + "…")}”";
    }

    /// <summary>The author's text without furniture, for the full-text index.</summary>
    private static string SearchBody(ArticleDocument document) => string.Join("\n\n", document.BodyBlocks
        .Where(b => b.Kind != BlockKind.Headline)
        .Select(b => b.Span.Of(document.Text)));

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        return ex;
    }
}
