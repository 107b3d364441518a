using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Links;
using BenghaziLink.Web.Pages.Timeline;
using BenghaziLink.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Api;

/// <summary>Canonical entities as JSON: type, kind, every alias and how often the corpus mentions them.</summary>
internal static class EntitiesApi
{
    public static void MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities/{slug}", ProfileAsync);
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

    /// <summary>
    /// One entity's profile as data: what the page shows, with plain sentence text and spans in place of
    /// markup, so a client can quote and link every statement back to its sentence.
    /// </summary>
    private static async Task<IResult> ProfileAsync(string slug, BenghaziLinkDb db, EntityConnections connections, TimelineQuery timeline, CancellationToken ct)
    {
        var entity = await db.Entities.Where(e => e.Slug == slug)
            .Select(e => new { e.Id, e.Slug, e.Canonical, e.Type, e.Kind, e.Description })
            .SingleOrDefaultAsync(ct);
        if (entity is null) return Results.Problem($"No entity has the slug '{slug}'.", statusCode: StatusCodes.Status404NotFound);
        var mentions = await db.ArticleMentions.Where(m => m.EntityId == entity.Id)
            .Join(db.Articles, m => m.ArticleId, a => a.Id, (m, a) => new { m.ArticleId, a.Slug, a.Headline, m.Surface, m.Start, m.End })
            .ToListAsync(ct);
        var articleIds = mentions.Select(m => m.ArticleId).Distinct().ToArray();
        var sentences = (await db.ArticleSentences.Where(s => articleIds.Contains(s.ArticleId))
            .Select(s => new { s.ArticleId, s.Ordinal, s.Start, s.End }).ToListAsync(ct)).ToLookup(s => s.ArticleId);
        var texts = await db.Articles.Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Text, ct);
        var roles = await db.ArticleRoles.Where(r => r.EntityId == entity.Id)
            .Join(db.Articles, r => r.ArticleId, a => a.Id, (r, a) => new { r.ArticleId, a.Slug, a.Headline, r.Surface, r.Cue, r.Start, r.End })
            .ToListAsync(ct);
        var connected = await connections.ForEntityAsync(entity.Id, 15, ct);
        var dated = await timeline.LoadAsync(entity.Id, ct);
        var inContext = mentions.OrderBy(m => m.Slug, StringComparer.Ordinal).ThenBy(m => m.Start).Select(m =>
        {
            var sentence = sentences[m.ArticleId].FirstOrDefault(s => s.Start <= m.Start && m.End <= s.End);
            return new
            {
                Article = m.Slug, m.Headline, m.Surface, m.Start, m.End,
                Sentence = sentence?.Ordinal,
                SentenceText = sentence is null ? null : texts[m.ArticleId][sentence.Start..sentence.End],
                Url = sentence is null ? $"/articles/{m.Slug}" : $"/articles/{m.Slug}#s{sentence.Ordinal}",
            };
        }).ToList();
        return Results.Ok(new
        {
            entity.Slug, entity.Canonical, Type = Lower(entity.Type), Kind = EntityKinds.Name(entity.Kind), entity.Description,
            MentionCount = mentions.Count,
            ArticleCount = articleIds.Length,
            Aliases = mentions.GroupBy(m => string.Join(' ', m.Surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                .OrderByDescending(g => g.Count())
                .Select(g => new { Name = g.Key, Mentions = g.Count(), Articles = g.Select(m => m.Slug).Distinct().Order(StringComparer.Ordinal).ToList() }),
            Articles = mentions.GroupBy(m => (m.Slug, m.Headline)).OrderByDescending(g => g.Count())
                .Select(g => new { g.Key.Slug, g.Key.Headline, Mentions = g.Count(), Url = $"/articles/{g.Key.Slug}" }),
            Roles = roles.OrderBy(r => r.Slug, StringComparer.Ordinal).ThenBy(r => r.Start).Select(r =>
            {
                var sentence = sentences[r.ArticleId].FirstOrDefault(s => s.Start <= r.Start && r.End <= s.End);
                return new
                {
                    Text = r.Surface, r.Cue, Article = r.Slug, r.Headline, r.Start, r.End, Sentence = sentence?.Ordinal,
                    SentenceText = sentence is null ? null : texts[r.ArticleId][sentence.Start..sentence.End],
                    Url = sentence is null ? $"/articles/{r.Slug}" : $"/articles/{r.Slug}#s{sentence.Ordinal}",
                };
            }),
            // Where a place is, and on what basis (a city's own point, a country's centre, a curated centre).
            Location = entity.Type == EntityType.Place && BenghaziLink.Web.Maps.PlaceLocator.Locate(entity.Canonical, entity.Kind, mentions.Select(m => m.Surface)) is { } at
                ? new { at.Latitude, at.Longitude, Basis = at.Basis.ToString(), Country = at.CountryCode }
                : null,
            Mentions = inContext,
            Connected = connected.Select(c => new
            {
                c.Slug, c.Name, Type = Lower(c.Type), Score = Math.Round(c.Score, 2), SharedSentences = c.Sentences.Count, c.SharedArticles,
                Url = $"/entities/{c.Slug}",
            }),
            Timeline = dated.Select(e => new { e.Value, Label = e.Period?.Label, Precision = e.Period?.Granularity, e.Surface, e.Relative, e.ResolvedFrom, Article = e.Slug, e.Sentence, e.SentenceText, e.Url }),
            Url = $"/entities/{entity.Slug}",
        });
    }

    internal static string Lower(EntityType type) => type.ToString().ToLowerInvariant();

    internal sealed record EntityJson(string Slug, string Canonical, string Type, string? Kind, IReadOnlyList<string> Aliases, int MentionCount, int ArticleCount, string Url);
}
