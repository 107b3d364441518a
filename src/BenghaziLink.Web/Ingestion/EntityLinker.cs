using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Ingestion;

/// <summary>
/// Stores an article's entities as corpus entities: each is linked to an existing entity by
/// <see cref="CorpusLinker"/> or becomes a new one; mentions, the roles the text gives them and the evidence
/// for every merge are kept.
/// Runs inside the article's transaction.
/// </summary>
internal static class EntityLinker
{
    private static readonly IReadOnlySet<string> NoKeys = new HashSet<string>();

    /// <returns>The ids of the entities the article's mentions now belong to.</returns>
    public static async Task<HashSet<int>> LinkAsync(BenghaziLinkDb db, int articleId, ArticleDocument document, EntityCatalog catalog, CancellationToken ct)
    {
        // The catalog's one-line descriptions, for the entities that are its central actors.
        var descriptions = catalog.Entries.Where(e => e.Description is not null)
            .GroupBy(e => (e.Canonical, e.Type)).ToDictionary(g => g.Key, g => g.First().Description!);
        var touched = new HashSet<int>();
        if (document.Entities.IsEmpty) return touched;
        var corpus = await LoadCorpusAsync(db, ct).ConfigureAwait(false);
        foreach (var entity in document.Entities)
        {
            var link = CorpusLinker.Link(entity, corpus);
            Entity target;
            if (link.EntityId is int id)
            {
                target = await db.Entities.SingleAsync(e => e.Id == id, ct).ConfigureAwait(false);
                // A fuller name seen later becomes the canonical one ("Belmokhtar" → "Mokhtar Belmokhtar").
                if (Words(entity.Canonical) > Words(target.Canonical)) target.Canonical = entity.Canonical;
                target.Kind ??= entity.Kind;
                target.Description ??= descriptions.GetValueOrDefault((target.Canonical, target.Type));
                db.EntityEvidence.Add(new EntityEvidence { EntityId = id, ArticleId = articleId, Alias = entity.Canonical, Reason = link.Reason });
            }
            else
            {
                target = new Entity
                {
                    Slug = await UniqueSlugAsync(db, entity.Canonical, ct).ConfigureAwait(false), Canonical = entity.Canonical, Type = entity.Type, Kind = entity.Kind,
                    Description = descriptions.GetValueOrDefault((entity.Canonical, entity.Type)),
                };
                db.Entities.Add(target);
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }
            var keys = entity.Mentions.Select(m => NameKey.Of(m.Surface)).Append(NameKey.Of(entity.Canonical)).ToHashSet(StringComparer.Ordinal);
            var index = corpus.FindIndex(c => c.Id == target.Id);
            if (index >= 0) keys.UnionWith(corpus[index].AliasKeys);
            var updated = new CorpusEntity(target.Id, target.Canonical, target.Type, keys);
            if (index >= 0) corpus[index] = updated;
            else corpus.Add(updated);

            db.ArticleMentions.AddRange(entity.Mentions.Select(m => new ArticleMention
            {
                ArticleId = articleId, EntityId = target.Id, Start = m.Span.Start, End = m.Span.End, Surface = m.Surface,
                Type = m.Type, Kind = m.Kind, Cue = m.Cue, Processor = m.Processor,
            }));
            // A role belongs to the entity its mention was linked to: known only now.
            db.ArticleRoles.AddRange(document.Roles.Where(r => entity.Mentions.Contains(r.Mention)).Select(r => new ArticleRole
            {
                ArticleId = articleId, EntityId = target.Id, MentionStart = r.Mention.Span.Start, MentionEnd = r.Mention.Span.End,
                Start = r.Span.Start, End = r.Span.End, Surface = r.Surface, Cue = r.Cue, Processor = r.Processor,
            }));
            db.EntityEvidence.AddRange(entity.Evidence.Select(e => new EntityEvidence { EntityId = target.Id, ArticleId = articleId, Alias = e.Alias, Reason = e.Reason }));
            touched.Add(target.Id);
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return touched;
    }

    /// <summary>Rebuilds the aliases of the given entities from their mentions and drops entities no article mentions any more.</summary>
    public static async Task RefreshAsync(BenghaziLinkDb db, int[] entityIds, CancellationToken ct)
    {
        if (entityIds.Length == 0) return;
        var surfaces = await db.ArticleMentions.Where(m => entityIds.Contains(m.EntityId)).Select(m => new { m.EntityId, m.Surface }).ToListAsync(ct).ConfigureAwait(false);
        await db.EntityAliases.Where(a => entityIds.Contains(a.EntityId)).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        foreach (var group in surfaces.GroupBy(s => s.EntityId))
        {
            db.EntityAliases.AddRange(group
                .Select(s => (Name: Normalise(s.Surface), Key: NameKey.Of(s.Surface)))
                .Where(a => a.Key.Length > 0)
                .GroupBy(a => a.Key)
                .Select(g => new EntityAlias { EntityId = group.Key, Name = g.First().Name, Key = g.Key }));
        }
        var orphans = entityIds.Except(surfaces.Select(s => s.EntityId)).ToArray();
        if (orphans.Length > 0)
        {
            await db.Entities.Where(e => orphans.Contains(e.Id)).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private static async Task<List<CorpusEntity>> LoadCorpusAsync(BenghaziLinkDb db, CancellationToken ct)
    {
        var entities = await db.Entities.Select(e => new { e.Id, e.Canonical, e.Type }).ToListAsync(ct).ConfigureAwait(false);
        var aliases = await db.EntityAliases.Select(a => new { a.EntityId, a.Key }).ToListAsync(ct).ConfigureAwait(false);
        var keys = aliases.GroupBy(a => a.EntityId).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(a => a.Key).ToHashSet(StringComparer.Ordinal));
        return [.. entities.Select(e => new CorpusEntity(e.Id, e.Canonical, e.Type, keys.GetValueOrDefault(e.Id) ?? NoKeys))];
    }

    private static async Task<string> UniqueSlugAsync(BenghaziLinkDb db, string canonical, CancellationToken ct)
    {
        var slug = Slugs.From(canonical, "entity");
        var candidate = slug;
        for (var n = 2; await db.Entities.AnyAsync(e => e.Slug == candidate, ct).ConfigureAwait(false); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }

    /// <summary>A name as shown: white space (non-breaking spaces included) folded to single spaces.</summary>
    private static string Normalise(string surface) => string.Join(' ', surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int Words(string name) => name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
