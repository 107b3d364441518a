using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Gazetteer;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Links;
using BenghaziLink.Web.Maps;
using BenghaziLink.Web.Pages.Timeline;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Pages.Entities;

public sealed record ProfileEntity(int Id, string Slug, string Canonical, EntityType Type, EntityKind? Kind, string? Description);

public sealed record ProfileArticle(int Id, string Slug, string Headline, string Text);

/// <summary>The sentence a statement stands in: its ordinal (the article page's <c>#s</c> anchor) and half-open span.</summary>
public sealed record ProfileSentence(int Ordinal, int Start, int End)
{
    public string Text(ProfileArticle article) => article.Text[Start..End];
}

/// <summary>One mention of the entity, with the block it opens in (<c>#b</c> anchor) and its sentence, null when it stands in none.</summary>
public sealed record ProfileMention(ProfileArticle Article, string Surface, int Start, int End, int Block, ProfileSentence? Sentence);

/// <summary>One thing an article says the entity is, with the mention it describes and its sentence.</summary>
public sealed record ProfileRole(ProfileArticle Article, string Surface, string Cue, int Start, int End, int MentionStart, int MentionEnd, ProfileSentence? Sentence);

/// <summary>A name the entity goes by (white space folded) and every mention that uses it.</summary>
public sealed record ProfileAlias(string Name, IReadOnlyList<ProfileMention> Mentions);

/// <summary>
/// What the corpus says about one entity, as data: the profile page marks it up, <c>GET /api/entities/{slug}</c>
/// serialises it, so both show the same names, mentions, roles, connections, dates and place.
/// </summary>
public sealed record EntityProfile(
    ProfileEntity Entity,
    IReadOnlyList<ProfileMention> Mentions,
    IReadOnlyList<ProfileRole> Roles,
    ConnectedEntities Connected,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<ProfileAlias> Aliases,
    PlaceLocation? Location)
{
    /// <summary>The articles that mention the entity, most mentions first, each with its mentions.</summary>
    public IReadOnlyList<(ProfileArticle Article, IReadOnlyList<ProfileMention> Mentions)> ByArticle { get; } =
        [.. Mentions.GroupBy(m => m.Article.Id).OrderByDescending(g => g.Count()).Select(g => (g.First().Article, (IReadOnlyList<ProfileMention>)[.. g]))];

    /// <summary>Every article of the profile by id, for quoting a connection's shared sentences.</summary>
    public IReadOnlyDictionary<int, ProfileArticle> Articles { get; } =
        Mentions.Select(m => m.Article).Concat(Roles.Select(r => r.Article)).DistinctBy(a => a.Id).ToDictionary(a => a.Id);
}

/// <summary>
/// Reads one entity's profile from the store, for the profile page and the API (the two would otherwise each
/// compute it and drift apart). It queries the <see cref="BenghaziLinkDb"/> directly with projections, as a page
/// model does; what only the page shows (claims, merge evidence, the drawn map) stays in the page model.
/// </summary>
public sealed class ProfileQuery(BenghaziLinkDb db, EntityConnections connections, TimelineQuery timeline)
{
    /// <summary>Enough to read at a glance, for the actors and for the outlets; the statistic ranks the rest below any use.</summary>
    public const int ConnectedShown = 15;

    /// <returns>Null when no entity has the slug.</returns>
    public async Task<EntityProfile?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.Where(e => e.Slug == slug)
            .Select(e => new ProfileEntity(e.Id, e.Slug, e.Canonical, e.Type, e.Kind, e.Description))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (entity is null) return null;

        var mentions = await db.ArticleMentions.Where(m => m.EntityId == entity.Id).OrderBy(m => m.Id)
            .Select(m => new { m.ArticleId, m.Surface, m.Start, m.End })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var roles = await db.ArticleRoles.Where(r => r.EntityId == entity.Id)
            .OrderBy(r => r.ArticleId).ThenBy(r => r.Start)
            .Select(r => new { r.ArticleId, r.Surface, r.Cue, r.Start, r.End, r.MentionStart, r.MentionEnd })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Each article's text is read once, not once per mention: an entity named 50 times in one article would
        // otherwise bring that text back 50 times.
        var articleIds = mentions.Select(m => m.ArticleId).Concat(roles.Select(r => r.ArticleId)).Distinct().ToList();
        var articles = await db.Articles.Where(a => articleIds.Contains(a.Id))
            .Select(a => new ProfileArticle(a.Id, a.Slug, a.Headline, a.Text))
            .ToDictionaryAsync(a => a.Id, cancellationToken).ConfigureAwait(false);
        var sentences = (await db.ArticleSentences.Where(s => articleIds.Contains(s.ArticleId))
            .OrderBy(s => s.ArticleId).ThenBy(s => s.Start)
            .Select(s => new { s.ArticleId, Sentence = new ProfileSentence(s.Ordinal, s.Start, s.End) })
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(s => s.ArticleId, s => s.Sentence);
        var blocks = (await db.ArticleBlocks.Where(b => articleIds.Contains(b.ArticleId))
            .Select(b => new { b.ArticleId, b.Ordinal, b.Start, b.End })
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(b => b.ArticleId);
        ProfileSentence? SentenceOf(int article, int start, int end) => sentences[article].FirstOrDefault(s => s.Start <= start && end <= s.End);

        List<ProfileMention> placed = [.. mentions.Select(m => new ProfileMention(articles[m.ArticleId], m.Surface, m.Start, m.End,
            blocks[m.ArticleId].FirstOrDefault(b => b.Start <= m.Start && m.Start < b.End)?.Ordinal ?? 0, SentenceOf(m.ArticleId, m.Start, m.End)))];
        List<ProfileAlias> aliases = [.. placed.GroupBy(m => string.Join(' ', m.Surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Select(g => new ProfileAlias(g.Key, [.. g]))
            .OrderByDescending(a => a.Mentions.Count)];
        var connected = await connections.ForEntityAsync(entity.Id, ConnectedShown, cancellationToken).ConfigureAwait(false);
        var dated = await timeline.LoadAsync(entity.Id, cancellationToken).ConfigureAwait(false);
        var location = entity.Type == EntityType.Place ? PlaceLocator.Locate(entity.Canonical, entity.Kind, aliases.Select(a => a.Name)) : null;
        return new EntityProfile(entity, placed,
            [.. roles.Select(r => new ProfileRole(articles[r.ArticleId], r.Surface, r.Cue, r.Start, r.End, r.MentionStart, r.MentionEnd, SentenceOf(r.ArticleId, r.Start, r.End)))],
            connected, dated, aliases, location);
    }
}
