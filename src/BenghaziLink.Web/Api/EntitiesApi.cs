using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Api;

/// <summary>Canonical entities as JSON: type, kind, every alias and how often the corpus mentions them.</summary>
internal static class EntitiesApi
{
    public static void MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities", async (string? q, BenghaziLinkDb db, EntityLookup lookup, CancellationToken ct) =>
        {
            // ?q= ranks entities by name (typos and transliterations included), best first.
            if (q is not null)
            {
                var hits = await lookup.FindAsync(q, 20, ct);
                return Results.Ok(hits.Select(h => new
                {
                    h.Slug, h.Canonical, Type = Lower(h.Type), Kind = EntityKinds.Name(h.Kind), h.MatchedName, Match = h.How,
                    MentionCount = h.Mentions, h.Score, Url = $"/entities/{h.Slug}",
                }));
            }
            var entities = await db.Entities
                .Select(e => new
                {
                    e.Id, e.Slug, e.Canonical, e.Type, e.Kind,
                    Aliases = e.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                    Mentions = db.ArticleMentions.Count(m => m.EntityId == e.Id),
                    Articles = db.ArticleMentions.Where(m => m.EntityId == e.Id).Select(m => m.ArticleId).Distinct().Count(),
                })
                .ToListAsync(ct);
            return Results.Ok(entities
                .OrderByDescending(e => e.Mentions).ThenBy(e => e.Canonical, StringComparer.Ordinal)
                .Select(e => new EntityJson(e.Slug, e.Canonical, Lower(e.Type), EntityKinds.Name(e.Kind), e.Aliases, e.Mentions, e.Articles, $"/entities/{e.Slug}")));
        });
    }

    internal static string Lower(EntityType type) => type.ToString().ToLowerInvariant();

    internal sealed record EntityJson(string Slug, string Canonical, string Type, string? Kind, IReadOnlyList<string> Aliases, int MentionCount, int ArticleCount, string Url);
}
