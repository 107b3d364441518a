using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Search;

namespace BenghaziLink.Web.Pages.Entities;

public sealed class IndexModel(BenghaziLinkDb db, EntityLookup lookup) : PageModel
{
    public sealed record Row(string Slug, string Canonical, EntityType Type, EntityKind? Kind, int Mentions, int Articles, string? Matched = null);

    /// <summary>The orders a reader can ask for; anything else falls back to the most mentioned first.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Sorts = [("mentions", "most mentioned"), ("articles", "in most articles"), ("name", "name")];

    /// <summary>A name to look up: typos, prefixes and transliterations are found too.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public EntityType? Type { get; set; }

    /// <summary>The kind as the JSON and gold files name it ("militant", "city", "other").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The kinds on offer for the chosen type (all kinds when no type is chosen), for the filter.</summary>
    public IReadOnlyList<string> Kinds => [.. Enum.GetValues<EntityKind>()
        .Where(k => Type is null || EntityKinds.TypeOf(k) == Type)
        .Select(k => EntityKinds.Name(k)!).Distinct()];

    public string SortKey => Sorts.Any(s => s.Key == Sort) ? Sort! : "mentions";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // "other" is a kind of groups and of places: the type, when chosen, says which.
        var kinds = string.IsNullOrEmpty(Kind) ? null
            : Enum.GetValues<EntityKind>().Where(k => EntityKinds.Name(k) == Kind && (Type is null || EntityKinds.TypeOf(k) == Type)).Cast<EntityKind?>().ToArray();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var hits = await lookup.FindAsync(Query, 50, cancellationToken);
            Rows = [.. hits.Where(h => (Type is null || h.Type == Type) && (kinds is null || kinds.Contains(h.Kind)))
                .Select(h => new Row(h.Slug, h.Canonical, h.Type, h.Kind, h.Mentions, 0, $"{h.MatchedName} ({h.How})"))];
            return;
        }
        var entities = db.Entities.AsQueryable();
        if (Type is { } type) entities = entities.Where(e => e.Type == type);
        if (kinds is not null) entities = entities.Where(e => kinds.Contains(e.Kind));
        var rows = entities.Select(e => new
        {
            e.Slug, e.Canonical, e.Type, e.Kind,
            Mentions = db.ArticleMentions.Count(m => m.EntityId == e.Id),
            Articles = db.ArticleMentions.Where(m => m.EntityId == e.Id).Select(m => m.ArticleId).Distinct().Count(),
        });
        rows = SortKey switch
        {
            "name" => rows.OrderBy(r => r.Canonical),
            "articles" => rows.OrderByDescending(r => r.Articles).ThenByDescending(r => r.Mentions).ThenBy(r => r.Canonical),
            _ => rows.OrderByDescending(r => r.Mentions).ThenBy(r => r.Canonical),
        };
        Rows = await rows.Select(r => new Row(r.Slug, r.Canonical, r.Type, r.Kind, r.Mentions, r.Articles, null)).ToListAsync(cancellationToken);
    }
}
