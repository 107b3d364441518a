using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Gazetteer;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Links;
using BenghaziLink.Web.Maps;

namespace BenghaziLink.Web.Pages.Entities;

public sealed class DetailsModel(BenghaziLinkDb db, EntityConnections connections, BenghaziLink.Web.Pages.Timeline.TimelineQuery timeline, WorldMap worldMap, BenghaziLink.Web.Pages.Claims.ClaimQuery claimQuery) : PageModel
{
    public sealed record Summary(int Id, string Slug, string Canonical, EntityType Type, EntityKind? Kind, string? Description);

    public sealed record AliasUse(string Alias, IReadOnlyList<ArticleRef> Articles);

    public sealed record ArticleRef(string Slug, string Headline, int Mentions, int FirstBlock);

    /// <summary>One reason for one name, with every article where it applied.</summary>
    public sealed record Evidence(string Alias, string Reason, IReadOnlyList<ArticleRef> Articles);

    /// <summary>A sentence that mentions the entity, with the mention highlighted, and its anchor in the article.</summary>
    public sealed record Quote(Microsoft.AspNetCore.Html.IHtmlContent Html, int Sentence);

    public sealed record ArticleQuotes(string Slug, string Headline, IReadOnlyList<Quote> Quotes);

    /// <summary>A sentence both entities appear in, both highlighted, and its anchor in the article.</summary>
    public sealed record SharedQuote(string Slug, string Headline, int Ordinal, Microsoft.AspNetCore.Html.IHtmlContent Html);

    public sealed record Connected(string Slug, string Name, EntityType Type, double Score, int SharedArticles, IReadOnlyList<SharedQuote> Quotes);

    /// <summary>Enough to read at a glance; the statistic ranks the rest below any use.</summary>
    public const int ConnectedShown = 15;
    /// <summary>One thing the articles say the entity is, worded as most of them word it, with every sentence that says it.</summary>
    public sealed record RoleGroup(string Text, IReadOnlyList<RoleQuote> Quotes);

    /// <summary>A sentence that gives a role, the role highlighted, and where the sentence stands (its ordinal in the article).</summary>
    public sealed record RoleQuote(Microsoft.AspNetCore.Html.IHtmlContent Html, string Slug, string Headline, int Sentence);

    public Summary Entity { get; private set; } = null!;
    public IReadOnlyList<Connected> Connections { get; private set; } = [];
    public IReadOnlyList<ArticleQuotes> InContext { get; private set; } = [];
    public IReadOnlyList<RoleGroup> Roles { get; private set; } = [];
    public IReadOnlyList<AliasUse> Aliases { get; private set; } = [];
    public IReadOnlyList<ArticleRef> Articles { get; private set; } = [];
    public IReadOnlyList<Evidence> Merges { get; private set; } = [];
    /// <summary>The dated statements in sentences that mention the entity, earliest first.</summary>
    public IReadOnlyList<BenghaziLink.Web.Pages.Timeline.TimelineEntry> Timeline { get; private set; } = [];
    /// <summary>The claims whose words name the entity, grouped claims (carried by several articles) first.</summary>
    public IReadOnlyList<BenghaziLink.Web.Pages.Claims.ClaimView> Claims { get; private set; } = [];

    /// <summary>Enough to read on the profile; the claims page lists every group about the entity.</summary>
    public const int ClaimsShown = 20;

    /// <summary>Where a place is, in figures and drawn; <see cref="Location"/> is null when the gazetteer cannot place it.</summary>
    public sealed record PlaceMap(PlaceLocation? Location, string Coordinates, MapDrawing? Drawing);

    /// <summary>Null for people and groups.</summary>
    public PlaceMap? Map { get; private set; }

    private PlaceMap LocatePlace(Summary entity, IEnumerable<string> names)
    {
        var location = PlaceLocator.Locate(entity.Canonical, entity.Kind, names);
        if (location is null) return new PlaceMap(null, "", null);
        var coordinates = WorldMap.FormatCoordinates(location.Latitude, location.Longitude, 1);
        // A place standing at its country's centre gets no dot: the map shows the country, not a position
        // the data does not give.
        var drawing = location.Basis == LocationBasis.ContainingCountry
            ? worldMap.DrawPlace($"Map: {PlaceLocator.Label(entity.Canonical, location)}, shown by its country (centre {coordinates})",
                location.Latitude, location.Longitude, location.CountryNumeric, label: null)
            : worldMap.DrawPlace($"Map: {PlaceLocator.Label(entity.Canonical, location)} ({coordinates})",
                location.Latitude, location.Longitude, location.CountryNumeric, entity.Canonical);
        return new PlaceMap(location, WorldMap.FormatCoordinates(location.Latitude, location.Longitude, 3), drawing);
    }

    /// <summary>Every sentence that mentions the entity, per article, in text order.</summary>
    private async Task<IReadOnlyList<ArticleQuotes>> QuotesAsync(int entityId, CancellationToken cancellationToken)
    {
        // Each article's text is read once, not once per mention: an entity named 50 times in one article would
        // otherwise bring that text back 50 times.
        var mentions = await db.ArticleMentions.Where(m => m.EntityId == entityId)
            .Select(m => new { m.ArticleId, m.Start, m.End })
            .ToListAsync(cancellationToken);
        var articleIds = mentions.Select(m => m.ArticleId).Distinct().ToList();
        var articles = await db.Articles.Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Headline, a.Text })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var sentences = await db.ArticleSentences.Where(s => articleIds.Contains(s.ArticleId))
            .Select(s => new { s.ArticleId, s.Ordinal, s.Start, s.End })
            .ToListAsync(cancellationToken);
        var quotes = new List<ArticleQuotes>();
        foreach (var group in mentions.GroupBy(m => m.ArticleId).OrderByDescending(g => g.Count()))
        {
            var article = articles[group.Key];
            var list = new List<Quote>();
            foreach (var sentence in sentences.Where(s => s.ArticleId == article.Id).OrderBy(s => s.Start))
            {
                var inside = group.Where(m => m.Start >= sentence.Start && m.End <= sentence.End).ToList();
                if (inside.Count == 0) continue;
                var marks = inside.Select(m => new BenghaziLink.Web.Pages.Articles.Mark(m.Start, m.End, "mark", "mention-hit", [])).ToList();
                list.Add(new Quote(BenghaziLink.Web.Pages.Articles.ArticleMarkup.Render(article.Text, sentence.Start, sentence.End, marks), sentence.Ordinal));
            }
            quotes.Add(new ArticleQuotes(article.Slug, article.Headline, list));
        }
        return quotes;
    }

    private async Task<IReadOnlyList<Connected>> ConnectionsAsync(int entityId, CancellationToken cancellationToken)
    {
        var found = await connections.ForEntityAsync(entityId, ConnectedShown, cancellationToken);
        var articleIds = found.SelectMany(c => c.Sentences).Select(s => s.ArticleId).Distinct().ToList();
        var articles = await db.Articles.Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Headline, a.Text })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return [.. found.Select(c => new Connected(c.Slug, c.Name, c.Type, c.Score, c.SharedArticles, [.. c.Sentences.Select(s =>
        {
            var a = articles[s.ArticleId];
            List<BenghaziLink.Web.Pages.Articles.Mark> marks =
            [
                .. s.Subject.Select(m => new BenghaziLink.Web.Pages.Articles.Mark(m.Start, m.End, "mark", "mention-hit", [])),
                .. s.Partner.Select(m => new BenghaziLink.Web.Pages.Articles.Mark(m.Start, m.End, "mark", "mention-partner", [])),
            ];
            return new SharedQuote(a.Slug, a.Headline, s.Ordinal, BenghaziLink.Web.Pages.Articles.ArticleMarkup.Render(a.Text, s.Start, s.End, marks));
        })]))];
    }

    /// <summary>Every role the articles give the entity, grouped by wording, each with the sentence it was read from.</summary>
    private async Task<IReadOnlyList<RoleGroup>> RolesAsync(int entityId, CancellationToken cancellationToken)
    {
        var roles = await db.ArticleRoles.Where(r => r.EntityId == entityId)
            .Select(r => new { r.ArticleId, r.Start, r.End, r.Surface, r.MentionStart, r.MentionEnd })
            .ToListAsync(cancellationToken);
        if (roles.Count == 0) return [];
        var articleIds = roles.Select(r => r.ArticleId).Distinct().ToList();
        var articles = await db.Articles.Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Headline, a.Text })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var sentences = await db.ArticleSentences.Where(s => articleIds.Contains(s.ArticleId))
            .Select(s => new { s.ArticleId, s.Ordinal, s.Start, s.End })
            .ToListAsync(cancellationToken);
        var quoted = new List<(string Key, string Surface, RoleQuote Quote)>();
        foreach (var role in roles.OrderBy(r => r.ArticleId).ThenBy(r => r.Start))
        {
            var sentence = sentences.FirstOrDefault(s => s.ArticleId == role.ArticleId && s.Start <= role.Start && role.End <= s.End);
            if (sentence is null) continue;
            var article = articles[role.ArticleId];
            BenghaziLink.Web.Pages.Articles.Mark[] marks =
            [
                new(role.Start, role.End, "mark", "role-hit", []),
                new(role.MentionStart, role.MentionEnd, "span", "role-of", []),
            ];
            var html = BenghaziLink.Web.Pages.Articles.ArticleMarkup.Render(article.Text, sentence.Start, sentence.End, marks);
            var surface = string.Join(' ', role.Surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            quoted.Add((RoleKey(surface), surface, new RoleQuote(html, article.Slug, article.Headline, sentence.Ordinal)));
        }
        return [.. quoted.GroupBy(q => q.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => new RoleGroup(
                g.GroupBy(q => q.Surface, StringComparer.Ordinal).OrderByDescending(w => w.Count()).First().Key,
                [.. g.Select(q => q.Quote)]))];
    }

    private static readonly HashSet<string> LeadingRoleWords = new(["a", "an", "the", "then", "now", "once"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// What two wordings of a role have to share to be one role: "the leader of Al Murabitoon", "leader of Al
    /// Murabitoon" and "then a leader of al Murabitoon" say one thing; "former leader of …" says another.
    /// </summary>
    internal static string RoleKey(string surface)
    {
        var words = surface.Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LeadingRoleWords.Contains(words[0])) words.RemoveAt(0);
        return string.Join(' ', words).ToLowerInvariant();
    }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.Where(e => e.Slug == slug)
            .Select(e => new Summary(e.Id, e.Slug, e.Canonical, e.Type, e.Kind, e.Description))
            .SingleOrDefaultAsync(cancellationToken);
        if (entity is null) return NotFound();
        Entity = entity;

        var mentions = await db.ArticleMentions.Where(m => m.EntityId == entity.Id)
            .Join(db.Articles, m => m.ArticleId, a => a.Id, (m, a) => new { m.Surface, m.Start, a.Slug, a.Headline })
            .ToListAsync(cancellationToken);
        var blocks = await db.ArticleBlocks
            .Where(b => db.ArticleMentions.Any(m => m.EntityId == entity.Id && m.ArticleId == b.ArticleId))
            .Join(db.Articles, b => b.ArticleId, a => a.Id, (b, a) => new { a.Slug, b.Ordinal, b.Start, b.End })
            .ToListAsync(cancellationToken);
        int BlockOf(string article, int start) => blocks.FirstOrDefault(b => b.Slug == article && b.Start <= start && start < b.End)?.Ordinal ?? 0;

        Articles = [.. mentions.GroupBy(m => (m.Slug, m.Headline))
            .Select(g => new ArticleRef(g.Key.Slug, g.Key.Headline, g.Count(), BlockOf(g.Key.Slug, g.Min(m => m.Start))))
            .OrderByDescending(a => a.Mentions)];
        Aliases = [.. mentions.GroupBy(m => string.Join(' ', m.Surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Select(g => new AliasUse(g.Key, [.. g.GroupBy(m => (m.Slug, m.Headline)).Select(a => new ArticleRef(a.Key.Slug, a.Key.Headline, a.Count(), BlockOf(a.Key.Slug, a.Min(m => m.Start))))]))
            .OrderByDescending(a => a.Articles.Sum(r => r.Mentions))];
        var evidence = await db.EntityEvidence.Where(e => e.EntityId == entity.Id)
            .Join(db.Articles, e => e.ArticleId, a => a.Id, (e, a) => new { e.Alias, e.Reason, a.Slug, a.Headline })
            .ToListAsync(cancellationToken);
        InContext = await QuotesAsync(entity.Id, cancellationToken);
        Timeline = await timeline.LoadAsync(entity.Id, cancellationToken);
        Claims = [.. (await claimQuery.AboutEntityAsync(entity.Id, cancellationToken)).OrderBy(c => c.GroupId is null)];
        Roles = await RolesAsync(entity.Id, cancellationToken);
        Merges = [.. evidence.GroupBy(e => (e.Alias, e.Reason))
            .Select(g => new Evidence(g.Key.Alias, g.Key.Reason, [.. g.Select(e => (e.Slug, e.Headline)).Distinct().Select(a => new ArticleRef(a.Slug, a.Headline, 0, 0))]))
            .OrderBy(e => e.Reason.StartsWith("catalog", StringComparison.Ordinal)).ThenBy(e => e.Alias, StringComparer.Ordinal)];
        Connections = await ConnectionsAsync(entity.Id, cancellationToken);
        if (entity.Type == EntityType.Place) Map = LocatePlace(entity, Aliases.Select(a => a.Alias));
        return Page();
    }
}
