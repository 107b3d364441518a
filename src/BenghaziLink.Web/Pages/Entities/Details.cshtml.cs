using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Gazetteer;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Links;
using BenghaziLink.Web.Maps;
using BenghaziLink.Web.Pages.Articles;

namespace BenghaziLink.Web.Pages.Entities;

public sealed class DetailsModel(BenghaziLinkDb db, ProfileQuery profileQuery, WorldMap worldMap, BenghaziLink.Web.Pages.Claims.ClaimQuery claimQuery) : PageModel
{
    public sealed record AliasUse(string Alias, IReadOnlyList<ArticleRef> Articles);

    public sealed record ArticleRef(string Slug, string Headline, int Mentions, int FirstBlock);

    /// <summary>One reason for one name, with every article where it applied.</summary>
    public sealed record Evidence(string Alias, string Reason, IReadOnlyList<ArticleRef> Articles);

    /// <summary>A sentence that mentions the entity, with the mention highlighted, and its anchor in the article.</summary>
    public sealed record Quote(IHtmlContent Html, int Sentence);

    public sealed record ArticleQuotes(string Slug, string Headline, IReadOnlyList<Quote> Quotes);

    /// <summary>A sentence both entities appear in, both highlighted, and its anchor in the article.</summary>
    public sealed record SharedQuote(string Slug, string Headline, int Ordinal, IHtmlContent Html);

    public sealed record Connected(string Slug, string Name, EntityType Type, double Score, int SharedArticles, IReadOnlyList<SharedQuote> Quotes);

    /// <summary>One thing the articles say the entity is, worded as most of them word it, with every sentence that says it.</summary>
    public sealed record RoleGroup(string Text, IReadOnlyList<RoleQuote> Quotes);

    /// <summary>A sentence that gives a role, the role highlighted, and where the sentence stands (its ordinal in the article).</summary>
    public sealed record RoleQuote(IHtmlContent Html, string Slug, string Headline, int Sentence);

    public ProfileEntity Entity { get; private set; } = null!;
    public IReadOnlyList<Connected> Connections { get; private set; } = [];
    /// <summary>News outlets cited in the entity's sentences, ranked as <see cref="Connections"/> but apart from them.</summary>
    public IReadOnlyList<Connected> Outlets { get; private set; } = [];

    /// <summary>One ranked list as a table; the classes tell the actors' table from the outlets' for styles and tests.</summary>
    public sealed record ConnectedTable(IReadOnlyList<Connected> Rows, string TableClass, string LinkClass);

    public ConnectedTable ActorsTable => new(Connections, "connected-table", "connected-entity");
    public ConnectedTable OutletsTable => new(Outlets, "outlets-table", "cited-outlet");
    public IReadOnlyList<ArticleQuotes> InContext { get; private set; } = [];
    public IReadOnlyList<RoleGroup> Roles { get; private set; } = [];
    public IReadOnlyList<AliasUse> Aliases { get; private set; } = [];
    public IReadOnlyList<ArticleRef> Articles { get; private set; } = [];
    public IReadOnlyList<Evidence> Merges { get; private set; } = [];
    /// <summary>The dated statements in sentences that mention the entity, earliest first.</summary>
    public IReadOnlyList<BenghaziLink.Web.Pages.Timeline.TimelineEntry> Timeline { get; private set; } = [];
    /// <summary>What the entity said itself: claims where it is a source in the chain, grouped claims (carried by several articles) first.</summary>
    public Paged<BenghaziLink.Web.Pages.Claims.ClaimView> Said { get; private set; } = new([], 1, 1, 0);

    /// <summary>What is said about the entity: claims that name it and that it did not make, grouped claims first.</summary>
    public Paged<BenghaziLink.Web.Pages.Claims.ClaimView> About { get; private set; } = new([], 1, 1, 0);

    /// <summary>The page of <see cref="Said"/>, as text: a page always answers (first page for no number, last page past the end).</summary>
    [BindProperty(SupportsGet = true, Name = "said")]
    public string? SaidPage { get; set; }

    /// <summary>The page of <see cref="About"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "about")]
    public string? AboutPage { get; set; }

    public Pager SaidPager => Pager.Of(Said, "Pages of claims the entity made", p => ClaimsUrl(p, About.Page, "said-heading"));
    public Pager AboutPager => Pager.Of(About, "Pages of claims about the entity", p => ClaimsUrl(Said.Page, p, "about-heading"));

    private string ClaimsUrl(int said, int about, string fragment) =>
        Paging.Url($"/entities/{Entity.Slug}", [("said", Paging.Value(said)), ("about", Paging.Value(about))], fragment);

    /// <summary>Where a place is, in figures and drawn; <see cref="Location"/> is null when the gazetteer cannot place it.</summary>
    public sealed record PlaceMap(PlaceLocation? Location, string Coordinates, MapDrawing? Drawing);

    /// <summary>Null for people and groups.</summary>
    public PlaceMap? Map { get; private set; }

    private PlaceMap Draw(ProfileEntity entity, PlaceLocation? location)
    {
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
    private static IReadOnlyList<ArticleQuotes> Quotes(EntityProfile profile) => [.. profile.ByArticle.Select(article => new ArticleQuotes(
        article.Article.Slug, article.Article.Headline,
        [.. article.Mentions.Where(m => m.Sentence is not null).GroupBy(m => m.Sentence!).OrderBy(g => g.Key.Start).Select(g => new Quote(
            ArticleMarkup.Render(article.Article.Text, g.Key.Start, g.Key.End, [.. g.Select(m => new Mark(m.Start, m.End, "mark", "mention-hit", []))]),
            g.Key.Ordinal))]))];

    private static IReadOnlyList<Connected> ConnectedRows(EntityProfile profile, IReadOnlyList<Connection> found) =>
        [.. found.Select(c => new Connected(c.Slug, c.Name, c.Type, c.Score, c.SharedArticles, [.. c.Sentences.Select(s =>
        {
            var a = profile.Articles[s.ArticleId];
            List<Mark> marks =
            [
                .. s.Subject.Select(m => new Mark(m.Start, m.End, "mark", "mention-hit", [])),
                .. s.Partner.Select(m => new Mark(m.Start, m.End, "mark", "mention-partner", [])),
            ];
            return new SharedQuote(a.Slug, a.Headline, s.Ordinal, ArticleMarkup.Render(a.Text, s.Start, s.End, marks));
        })]))];

    /// <summary>Every role the articles give the entity, grouped by wording, each with the sentence it was read from.</summary>
    private static IReadOnlyList<RoleGroup> RoleGroups(EntityProfile profile)
    {
        var quoted = new List<(string Key, string Surface, RoleQuote Quote)>();
        foreach (var role in profile.Roles)
        {
            if (role.Sentence is not { } sentence) continue;
            Mark[] marks =
            [
                new(role.Start, role.End, "mark", "role-hit", []),
                new(role.MentionStart, role.MentionEnd, "span", "role-of", []),
            ];
            var html = ArticleMarkup.Render(role.Article.Text, sentence.Start, sentence.End, marks);
            var surface = string.Join(' ', role.Surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            quoted.Add((RoleKey(surface), surface, new RoleQuote(html, role.Article.Slug, role.Article.Headline, sentence.Ordinal)));
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
        var profile = await profileQuery.LoadAsync(slug, cancellationToken);
        if (profile is null) return NotFound();
        var entity = Entity = profile.Entity;

        static ArticleRef Refer(ProfileArticle article, IReadOnlyCollection<ProfileMention> mentions) =>
            new(article.Slug, article.Headline, mentions.Count, mentions.MinBy(m => m.Start)!.Block);
        Articles = [.. profile.ByArticle.Select(a => Refer(a.Article, a.Mentions))];
        Aliases = [.. profile.Aliases.Select(alias => new AliasUse(alias.Name,
            [.. alias.Mentions.GroupBy(m => m.Article.Id).Select(g => Refer(g.First().Article, [.. g]))]))];
        var evidence = await db.EntityEvidence.Where(e => e.EntityId == entity.Id)
            .Join(db.Articles, e => e.ArticleId, a => a.Id, (e, a) => new { e.Alias, e.Reason, a.Slug, a.Headline })
            .ToListAsync(cancellationToken);
        InContext = Quotes(profile);
        Timeline = profile.Timeline;
        Said = await claimQuery.SaidByEntityAsync(entity.Id, entity.Canonical, Paging.Read(SaidPage), cancellationToken);
        About = await claimQuery.AboutEntityAsync(entity.Id, entity.Canonical, Paging.Read(AboutPage), cancellationToken);
        Roles = RoleGroups(profile);
        Merges = [.. evidence.GroupBy(e => (e.Alias, e.Reason))
            .Select(g => new Evidence(g.Key.Alias, g.Key.Reason, [.. g.Select(e => (e.Slug, e.Headline)).Distinct().Select(a => new ArticleRef(a.Slug, a.Headline, 0, 0))]))
            .OrderBy(e => e.Reason.StartsWith("catalog", StringComparison.Ordinal)).ThenBy(e => e.Alias, StringComparer.Ordinal)];
        Connections = ConnectedRows(profile, profile.Connected.Actors);
        Outlets = ConnectedRows(profile, profile.Connected.Outlets);
        if (entity.Type == EntityType.Place) Map = Draw(profile.Entity, profile.Location);
        return Page();
    }
}
