using BenghaziLink.Extraction.Dates;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Links;

public sealed record SharedEntity(string Slug, string Name, EntityType Type, double Weight);

public sealed record SharedDate(string Value, DateGranularity Granularity, double Weight);

/// <summary>A claim group both articles carry, with the words that stand for it.</summary>
public sealed record SharedClaim(int Group, string Quote, double Weight);

/// <summary>Another article that shares names and dated events with one article, with the reason in words.</summary>
public sealed record RelatedArticle(string Slug, string Headline, double Score, string Reason,
    IReadOnlyList<SharedEntity> SharedEntities, IReadOnlyList<SharedDate> SharedDates, IReadOnlyList<SharedClaim> SharedClaims);

/// <summary>
/// Related articles, computed at query time from stored mentions and dates, for the article page and the
/// API. Score = sum of the <see cref="RelatedScoring.Weight"/> of every shared entity (news outlets left out) and every shared
/// event date (same value at day or month precision) and every claim group both carry (a fact both report
/// weighs like a name: less the more articles carry it).
/// </summary>
public sealed class RelatedArticles(BenghaziLinkDb db)
{
    /// <summary>How many the article page and the API show, so both list the same articles.</summary>
    public const int Shown = 10;

    /// <returns>Null when no article has the slug; otherwise the related articles, best first.</returns>
    public async Task<IReadOnlyList<RelatedArticle>?> ForArticleAsync(string slug, int limit, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.Select(a => new { a.Id, a.Slug, a.Headline })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var subject = articles.FirstOrDefault(a => a.Slug == slug);
        if (subject is null) return null;

        var mentioned = await db.ArticleMentions.Select(m => new { m.ArticleId, m.EntityId }).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var dated = await db.ArticleDates.Where(d => d.Value != null && (d.Granularity == DateGranularity.Day || d.Granularity == DateGranularity.Month))
            .Select(d => new { d.ArticleId, Value = d.Value!, d.Granularity }).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var entityIds = mentioned.Where(m => m.ArticleId == subject.Id).Select(m => m.EntityId).ToList();
        // News outlets are sources the articles cite, not actors of the story: two articles quoting Reuters are no
        // more related than two articles quoting anyone, so an outlet neither scores nor appears in the reason.
        var entities = await db.Entities.Where(e => entityIds.Contains(e.Id) && e.Kind != EntityKind.Media)
            .Select(e => new { e.Id, e.Slug, e.Canonical, e.Type })
            .ToDictionaryAsync(e => e.Id, cancellationToken).ConfigureAwait(false);

        var n = articles.Count;
        var entityWeight = mentioned.GroupBy(m => m.EntityId).ToDictionary(g => g.Key, g => RelatedScoring.Weight(g.Count(), n));
        var dateWeight = dated.GroupBy(d => (d.Value, d.Granularity)).ToDictionary(g => g.Key, g => RelatedScoring.Weight(g.Count(), n));
        var carried = await db.ClaimGroupMembers
            .Join(db.ArticleClaims, m => m.ClaimId, c => c.Id, (m, c) => new { m.GroupId, c.ArticleId })
            .Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var subjectGroups = carried.Where(c => c.ArticleId == subject.Id).Select(c => c.GroupId).ToHashSet();
        var quotes = (await db.ClaimGroupMembers.Where(m => subjectGroups.Contains(m.GroupId))
            .Join(db.ArticleClaims, m => m.ClaimId, c => c.Id, (m, c) => new { m.GroupId, c.Id, c.Surface })
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(q => q.GroupId).ToDictionary(g => g.Key, g => g.MinBy(q => q.Id)!.Surface);
        var groupWeight = carried.GroupBy(c => c.GroupId).ToDictionary(g => g.Key, g => RelatedScoring.Weight(g.Count(), n));
        var subjectEntities = entities.Keys.ToHashSet();
        var subjectDates = dated.Where(d => d.ArticleId == subject.Id).Select(d => (d.Value, d.Granularity)).ToHashSet();

        var related = new List<RelatedArticle>();
        foreach (var other in articles.Where(a => a.Id != subject.Id))
        {
            var sharedEntities = mentioned.Where(m => m.ArticleId == other.Id && subjectEntities.Contains(m.EntityId))
                .Select(m => entities[m.EntityId])
                .Select(e => new SharedEntity(e.Slug, e.Canonical, e.Type, entityWeight[e.Id]))
                .OrderByDescending(e => e.Weight).ThenBy(e => e.Name, StringComparer.Ordinal)
                .ToList();
            var sharedDates = dated.Where(d => d.ArticleId == other.Id && subjectDates.Contains((d.Value, d.Granularity)))
                .Select(d => new SharedDate(d.Value, d.Granularity, dateWeight[(d.Value, d.Granularity)]))
                .OrderByDescending(d => d.Weight).ThenBy(d => d.Value, StringComparer.Ordinal)
                .ToList();
            var sharedClaims = carried.Where(c => c.ArticleId == other.Id && subjectGroups.Contains(c.GroupId))
                .Select(c => new SharedClaim(c.GroupId, quotes.GetValueOrDefault(c.GroupId, ""), groupWeight[c.GroupId]))
                .OrderByDescending(c => c.Weight).ThenBy(c => c.Group)
                .ToList();
            var score = RelatedScoring.Score(sharedEntities.Select(e => e.Weight).Concat(sharedDates.Select(d => d.Weight)).Concat(sharedClaims.Select(c => c.Weight)));
            if (score <= 0) continue;
            var reason = RelatedScoring.Reason([.. sharedEntities.Select(e => e.Name)], [.. sharedDates.Select(d => d.Value)], [.. sharedClaims.Select(c => c.Quote)]);
            related.Add(new RelatedArticle(other.Slug, other.Headline, Math.Round(score, 2), reason, sharedEntities, sharedDates, sharedClaims));
        }
        return [.. related.OrderByDescending(r => r.Score).ThenBy(r => r.Headline, StringComparer.Ordinal).Take(limit)];
    }
}
