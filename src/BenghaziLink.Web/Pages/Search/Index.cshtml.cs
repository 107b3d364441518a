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

    [BindProperty(SupportsGet = true, Name = "entity")]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true, Name = "outlet")]
    public string? Outlet { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public SearchResults? Results { get; private set; }

    /// <summary>What is wrong with a filter parameter, in words; null when they are fine.</summary>
    public string? FilterProblem { get; private set; }

    /// <summary>The link to these results with one parameter changed (null removes it) and the first page.</summary>
    public string Link(string name, string? value)
    {
        var parameters = new Dictionary<string, string?> { ["q"] = Query, ["entity"] = Entity, ["outlet"] = Outlet, ["year"] = Year, ["sort"] = Sort };
        parameters[name] = value;
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search", parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }

    /// <summary>People, groups and places whose names match, shown above the articles.</summary>
    public IReadOnlyList<EntityHit> Entities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Query"] = Query;
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var (filter, problem) = SearchFilter.Parse(Entity, Outlet, Year, Sort);
            FilterProblem = problem;
            Entities = await entities.FindAsync(Query, 5, cancellationToken);
            Results = await search.SearchAsync(Query, PageNumber, cancellationToken, filter: filter ?? SearchFilter.None, names: Entities);
        }
    }
}
