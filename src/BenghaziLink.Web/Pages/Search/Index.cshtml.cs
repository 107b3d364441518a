using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using BenghaziLink.Web.Search;

namespace BenghaziLink.Web.Pages.Search;

public sealed class IndexModel(ArticleSearch search, EntityLookup entities) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    /// <summary>People, groups and places whose names match, shown above the articles.</summary>
    public IReadOnlyList<EntityHit> Entities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Query"] = Query;
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Results = await search.SearchAsync(Query, PageNumber, cancellationToken);
            Entities = await entities.FindAsync(Query, 5, cancellationToken);
        }
    }
}
