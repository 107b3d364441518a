using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Search;

/// <summary>An entity a filter settled on: a slug given as it is, or the best match for a name.</summary>
public sealed record EntityChoice(int Id, string Slug, string Canonical);

public sealed record EntityHit(string Slug, string Canonical, EntityType Type, EntityKind? Kind, string MatchedName, string How, int Mentions, double Score);

/// <summary>
/// Entity search by name, shared by the search page, the entity list and the API: ranks every entity's
/// names with <see cref="NameSearch"/> (typos, prefixes, transliterations) and says which name matched.
/// </summary>
public sealed class EntityLookup(BenghaziLinkDb db)
{
    public async Task<IReadOnlyList<EntityHit>> FindAsync(string? query, int limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query) || query.Length > 200) return [];
        var entities = await db.Entities
            .Select(e => new
            {
                e.Id, e.Slug, e.Canonical, e.Type, e.Kind,
                Names = e.Aliases.Select(a => a.Name).ToList(),
                Mentions = db.ArticleMentions.Count(m => m.EntityId == e.Id),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byId = entities.ToDictionary(e => e.Id);
        var ranked = NameSearch.Rank(query, entities.Select(e => new NameSearchCandidate(e.Id, e.Canonical, e.Names, e.Mentions)), limit);
        return [.. ranked.Select(m =>
        {
            var e = byId[m.Candidate.Id];
            return new EntityHit(e.Slug, e.Canonical, e.Type, e.Kind, m.MatchedName, m.How, e.Mentions, Math.Round(m.Score, 2));
        })];
    }

    /// <summary>Every name the corpus uses for the entity with that slug, its canonical name first.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(string slug, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.Where(e => e.Slug == slug).Select(e => new { e.Canonical, Names = e.Aliases.Select(a => a.Name).ToList() })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return entity is null ? [] : [entity.Canonical, .. entity.Names];
    }

    /// <summary>
    /// The entity a page filter means: the entity with that slug, or else the best match for it as a name
    /// (so "?entity=Belmoktar" works as well as a link's slug); null when nothing matches.
    /// </summary>
    public async Task<EntityChoice?> ResolveAsync(string slugOrName, CancellationToken cancellationToken)
    {
        var found = await db.Entities.Where(e => e.Slug == slugOrName).Select(e => new EntityChoice(e.Id, e.Slug, e.Canonical))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (found is null && await FindAsync(slugOrName, 1, cancellationToken).ConfigureAwait(false) is [var hit])
        {
            found = await db.Entities.Where(e => e.Slug == hit.Slug).Select(e => new EntityChoice(e.Id, e.Slug, e.Canonical))
                .SingleAsync(cancellationToken).ConfigureAwait(false);
        }
        return found;
    }
}
