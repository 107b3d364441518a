using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Data;

namespace BenghaziLink.Web.Pages.Entities;

public sealed class IndexModel(BenghaziLinkDb db) : PageModel
{
    public sealed record Row(string Slug, string Canonical, EntityType Type, EntityKind? Kind, int Mentions, int Articles);

    [BindProperty(SupportsGet = true)]
    public EntityType? Type { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entities = db.Entities.AsQueryable();
        if (Type is { } type) entities = entities.Where(e => e.Type == type);
        Rows = await entities
            .OrderByDescending(e => db.ArticleMentions.Count(m => m.EntityId == e.Id)).ThenBy(e => e.Canonical)
            .Select(e => new Row(e.Slug, e.Canonical, e.Type, e.Kind,
                db.ArticleMentions.Count(m => m.EntityId == e.Id),
                db.ArticleMentions.Where(m => m.EntityId == e.Id).Select(m => m.ArticleId).Distinct().Count()))
            .ToListAsync(cancellationToken);
    }
}
