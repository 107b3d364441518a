using BenghaziLink.Web.Data;
using BenghaziLink.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Pages.Timeline;

public sealed class IndexModel(BenghaziLinkDb db, TimelineQuery timeline, EntityLookup lookup) : PageModel
{
    public sealed record EntityRef(string Slug, string Canonical);

    /// <summary>An entity's slug, or a name to look up (typos included): only sentences about it are shown.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    public EntityRef? Filter { get; private set; }
    public bool FilterNotFound { get; private set; }
    public IReadOnlyList<TimelineEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        int? entityId = null;
        if (!string.IsNullOrWhiteSpace(Entity))
        {
            var found = await db.Entities.Where(e => e.Slug == Entity).Select(e => new { e.Id, e.Slug, e.Canonical }).SingleOrDefaultAsync(cancellationToken);
            if (found is null && await lookup.FindAsync(Entity, 1, cancellationToken) is [var hit])
            {
                found = await db.Entities.Where(e => e.Slug == hit.Slug).Select(e => new { e.Id, e.Slug, e.Canonical }).SingleAsync(cancellationToken);
            }
            if (found is null)
            {
                FilterNotFound = true;
                return;
            }
            Filter = new EntityRef(found.Slug, found.Canonical);
            entityId = found.Id;
        }
        Entries = await timeline.LoadAsync(entityId, cancellationToken);
    }
}
