using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using BenghaziLink.Web.Data;

namespace BenghaziLink.Web.Pages.Articles;

public sealed class IndexModel(BenghaziLinkDb db) : PageModel
{
    public enum SortOrder { NewestFirst, OldestFirst, Headline, Outlet, Words }

    public sealed record Row(string Slug, string Headline, string? Outlet, PublishedDateView Published, int WordCount);

    [BindProperty(SupportsGet = true)]
    public SortOrder Sort { get; set; } = SortOrder.NewestFirst;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await QueryRows(db, Sort).ToListAsync(cancellationToken);

    /// <summary>Shared with the overview page. Undated articles always sort last.</summary>
    internal static IQueryable<Row> QueryRows(BenghaziLinkDb db, SortOrder sort)
    {
        var articles = db.Articles.AsQueryable();
        articles = sort switch
        {
            SortOrder.OldestFirst => articles.OrderBy(a => a.Published == null).ThenBy(a => a.Published).ThenBy(a => a.Headline),
            SortOrder.Headline => articles.OrderBy(a => a.Headline),
            SortOrder.Outlet => articles.OrderBy(a => a.Outlet == null).ThenBy(a => a.Outlet).ThenBy(a => a.Headline),
            SortOrder.Words => articles.OrderByDescending(a => a.WordCount).ThenBy(a => a.Headline),
            _ => articles.OrderBy(a => a.Published == null).ThenByDescending(a => a.Published).ThenBy(a => a.Headline),
        };
        return articles.Select(a => new Row(a.Slug, a.Headline, a.Outlet,
            new PublishedDateView(a.Published, a.PublishedProvenance, a.PublishedBasis), a.WordCount));
    }
}
