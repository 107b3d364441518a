using System.ComponentModel;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Links;
using BenghaziLink.Web.Pages.Entities;
using BenghaziLink.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Api;

/// <summary>Canonical entities as JSON: type, kind, every alias and how often the corpus mentions them.</summary>
internal static class EntitiesApi
{
    public static void MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities/{slug}", ProfileAsync)
            .WithName("GetEntity").WithTags("Entities")
            .WithSummary("One entity's profile: names and their mentions, roles, location, connected entities, cited outlets and timeline, each linked to its sentence.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/entities", async ([Description("A name to look up (typos and transliterations found too); omitted, every entity.")] string? q, BenghaziLinkDb db, EntityLookup lookup, CancellationToken ct) =>
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
        })
            .WithName("ListEntities").WithTags("Entities")
            .WithSummary("Every canonical entity, most mentioned first, with type, kind, aliases and counts; with q, the best name matches instead.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
    }

    /// <summary>
    /// One entity's profile as data: what the page shows, with plain sentence text and spans in place of
    /// markup, so a client can quote and link every statement back to its sentence.
    /// </summary>
    private static async Task<IResult> ProfileAsync(string slug, ProfileQuery query, CancellationToken ct)
    {
        if (await query.LoadAsync(slug, ct) is not { } profile) return Results.Problem($"No entity has the slug '{slug}'.", statusCode: StatusCodes.Status404NotFound);
        var entity = profile.Entity;
        return Results.Ok(new
        {
            entity.Slug, entity.Canonical, Type = Lower(entity.Type), Kind = EntityKinds.Name(entity.Kind), entity.Description,
            MentionCount = profile.Mentions.Count,
            ArticleCount = profile.ByArticle.Count,
            Aliases = profile.Aliases.Select(a => new
            {
                a.Name, Mentions = a.Mentions.Count,
                Articles = a.Mentions.Select(m => m.Article.Slug).Distinct().Order(StringComparer.Ordinal).ToList(),
            }),
            Articles = profile.ByArticle.Select(a => new { a.Article.Slug, a.Article.Headline, Mentions = a.Mentions.Count, Url = $"/articles/{a.Article.Slug}" }),
            Roles = profile.Roles.OrderBy(r => r.Article.Slug, StringComparer.Ordinal).ThenBy(r => r.Start).Select(r => new
            {
                Text = r.Surface, r.Cue, Article = r.Article.Slug, r.Article.Headline, r.Start, r.End, Sentence = r.Sentence?.Ordinal,
                SentenceText = r.Sentence?.Text(r.Article), Url = SentenceUrl(r.Article, r.Sentence),
            }),
            // Where a place is, and on what basis (a city's own point, a country's centre, a curated centre).
            Location = profile.Location is { } at ? new { at.Latitude, at.Longitude, Basis = at.Basis.ToString(), Country = at.CountryCode } : null,
            Mentions = profile.Mentions.OrderBy(m => m.Article.Slug, StringComparer.Ordinal).ThenBy(m => m.Start).Select(m => new
            {
                Article = m.Article.Slug, m.Article.Headline, m.Surface, m.Start, m.End, Sentence = m.Sentence?.Ordinal,
                SentenceText = m.Sentence?.Text(m.Article), Url = SentenceUrl(m.Article, m.Sentence),
            }),
            Connected = profile.Connected.Actors.Select(Json),
            // News outlets are sources the articles cite, not actors, so they are ranked apart from the connected entities.
            Outlets = profile.Connected.Outlets.Select(Json),
            Timeline = profile.Timeline.Select(e => new { e.Value, Label = e.Period?.Label, Granularity = e.Period?.Granularity, e.Surface, e.Relative, e.ResolvedFrom, Article = e.Slug, e.Sentence, e.SentenceText, e.Url }),
            Url = $"/entities/{entity.Slug}",
        });
    }

    private static string SentenceUrl(ProfileArticle article, ProfileSentence? sentence) =>
        sentence is null ? $"/articles/{article.Slug}" : $"/articles/{article.Slug}#s{sentence.Ordinal}";

    private static ConnectionJson Json(Connection c) =>
        new(c.Slug, c.Name, Lower(c.Type), Math.Round(c.Score, 2), c.Sentences.Count, c.SharedArticles, $"/entities/{c.Slug}");

    internal static string Lower(EntityType type) => type.ToString().ToLowerInvariant();

    internal sealed record ConnectionJson(string Slug, string Name, string Type, double Score, int SharedSentences, int SharedArticles, string Url);

    internal sealed record EntityJson(string Slug, string Canonical, string Type, string? Kind, IReadOnlyList<string> Aliases, int MentionCount, int ArticleCount, string Url);
}
