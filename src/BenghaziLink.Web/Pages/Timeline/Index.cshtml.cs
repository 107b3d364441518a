using BenghaziLink.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BenghaziLink.Web.Pages.Timeline;

public sealed class IndexModel(TimelineQuery timeline, EntityLookup lookup) : PageModel
{
    /// <summary>An entity's slug, or a name to look up (typos included): only sentences about it are shown.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    public EntityChoice? Filter { get; private set; }
    public bool FilterNotFound { get; private set; }
    public IReadOnlyList<TimelineEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        int? entityId = null;
        if (!string.IsNullOrWhiteSpace(Entity))
        {
            var found = await lookup.ResolveAsync(Entity, cancellationToken);
            if (found is null)
            {
                FilterNotFound = true;
                return;
            }
            Filter = found;
            entityId = found.Id;
        }
        Entries = await timeline.LoadAsync(entityId, cancellationToken);
    }
}
