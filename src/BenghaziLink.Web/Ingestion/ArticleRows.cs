using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Ingestion;

/// <summary>
/// The rows an article's extraction becomes, and their removal when it is extracted again. The article row itself
/// (its text, identity, supplied metadata and address) stays: only what the pipeline derived from it is replaced.
/// </summary>
internal static class ArticleRows
{
    /// <returns>The entities that lost mentions with the old extraction, to refresh once the new one is linked.</returns>
    public static async Task<HashSet<int>> DeleteExtractionAsync(BenghaziLinkDb db, int articleId, CancellationToken ct)
    {
        var entities = await db.ArticleMentions.Where(m => m.ArticleId == articleId).Select(m => m.EntityId).Distinct().ToListAsync(ct).ConfigureAwait(false);
        // A group that held one of these claims no longer says what it said: it goes now and is rebuilt by the
        // regrouping, so no page ever shows a group whose members disagree with the claims.
        await db.ClaimGroups.Where(g => g.Members.Any(m => db.ArticleClaims.Any(c => c.Id == m.ClaimId && c.ArticleId == articleId)))
            .ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.ArticleClaims.Where(c => c.ArticleId == articleId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.ArticleRoles.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.ArticleMentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.EntityEvidence.Where(e => e.ArticleId == articleId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.ArticleDates.Where(d => d.ArticleId == articleId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.ArticleSentences.Where(s => s.ArticleId == articleId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.ArticleBlocks.Where(b => b.ArticleId == articleId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.ArticleFurniture.Where(f => f.ArticleId == articleId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.ArticleFacts.Where(f => f.ArticleId == articleId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM ArticleSearch WHERE rowid = {articleId}", ct).ConfigureAwait(false);
        return [.. entities];
    }

    /// <summary>What the pipeline read about the article as a whole: headline, dateline, byline, resolved outlet and date.</summary>
    public static void Describe(Article article, ArticleDocument document, ResolvedValue<PartialDate>? published, ResolvedValue<string>? outlet)
    {
        article.Headline = document.Headline?.Value ?? Path.GetFileNameWithoutExtension(article.SourceName);
        article.Standfirst = document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Standfirst)?.Span.Of(document.Text);
        article.Dateline = document.Dateline?.Value;
        article.Byline = document.Byline?.Value;
        article.WordCount = document.WordCount;
        article.Outlet = outlet?.Value;
        article.OutletProvenance = outlet?.Provenance;
        article.OutletBasis = outlet?.Basis;
        article.Published = published?.Value.ToIso();
        article.PublishedPrecision = published?.Value.Precision;
        article.PublishedProvenance = published?.Provenance;
        article.PublishedBasis = published?.Basis;
    }

    public static void Add(BenghaziLinkDb db, int articleId, ArticleDocument document)
    {
        db.ArticleBlocks.AddRange(document.Blocks.Select((b, i) => new ArticleBlock
        {
            ArticleId = articleId, Ordinal = i, Kind = b.Kind, Furniture = b.Furniture, Start = b.Span.Start, End = b.Span.End, Processor = b.Processor,
        }));
        db.ArticleFurniture.AddRange(document.Furniture.Select(f => new ArticleFurniture
        {
            ArticleId = articleId, Kind = f.Kind, Start = f.Span.Start, End = f.Span.End, Processor = f.Processor,
        }));
        db.ArticleFacts.AddRange(Facts(document).Select(f => { f.ArticleId = articleId; return f; }));
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
    public static string Basis(ArticleDocument document, TextSpan span)
    {
        const int MaxLength = 200;
        var line = (document.Blocks.FirstOrDefault(b => b.Span.Contains(span))?.Span ?? span).Of(document.Text);
        return $"Stated in the text: “{(line.Length <= MaxLength ? line : line[..MaxLength] + "…")}”";
    }

    /// <summary>The author's text without furniture, for the full-text index.</summary>
    public static string SearchBody(ArticleDocument document) => string.Join("\n\n", document.BodyBlocks
        .Where(b => b.Kind != BlockKind.Headline)
        .Select(b => b.Span.Of(document.Text)));
}
