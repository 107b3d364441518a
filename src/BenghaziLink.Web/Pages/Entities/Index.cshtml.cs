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

    /// <summary>A name to look up: typos, prefixes and transliterations are found too.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public EntityType? Type { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var hits = await lookup.FindAsync(Query, 50, cancellationToken);
            Rows = [.. hits.Where(h => Type is null || h.Type == Type)
                .Select(h => new Row(h.Slug, h.Canonical, h.Type, h.Kind, h.Mentions, 0, $"{h.MatchedName} ({h.How})"))];
            return;
        }
        var entities = db.Entities.AsQueryable();
        if (Type is { } type) entities = entities.Where(e => e.Type == type);
        Rows = await entities
            .OrderByDescending(e => db.ArticleMentions.Count(m => m.EntityId == e.Id)).ThenBy(e => e.Canonical)
            .Select(e => new Row(e.Slug, e.Canonical, e.Type, e.Kind,
                db.ArticleMentions.Count(m => m.EntityId == e.Id),
                db.ArticleMentions.Where(m => m.EntityId == e.Id).Select(m => m.ArticleId).Distinct().Count(), null))
            .ToListAsync(cancellationToken);
    }
}
