using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using BenghaziLink.Web.Data;

namespace BenghaziLink.Web.Pages;

public sealed class IndexModel(BenghaziLinkDb db) : PageModel
{
    public const int LatestCount = 10;

    public int ArticleCount { get; private set; }
    public int WordCount { get; private set; }
    public int OutletCount { get; private set; }
    public PublishedDateView? Earliest { get; private set; }
    public PublishedDateView? Latest { get; private set; }
    public IReadOnlyList<Articles.IndexModel.Row> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ArticleCount = await db.Articles.CountAsync(cancellationToken);
        WordCount = await db.Articles.SumAsync(a => a.WordCount, cancellationToken);
        OutletCount = await db.Articles.Where(a => a.Outlet != null).Select(a => a.Outlet).Distinct().CountAsync(cancellationToken);
        var dated = db.Articles.Where(a => a.Published != null);
        Earliest = await dated.OrderBy(a => a.Published).Select(a => new PublishedDateView(a.Published, a.PublishedProvenance, a.PublishedBasis)).FirstOrDefaultAsync(cancellationToken);
        Latest = await dated.OrderByDescending(a => a.Published).Select(a => new PublishedDateView(a.Published, a.PublishedProvenance, a.PublishedBasis)).FirstOrDefaultAsync(cancellationToken);
        Articles = await BenghaziLink.Web.Pages.Articles.IndexModel.QueryRows(db, Pages.Articles.IndexModel.SortOrder.NewestFirst)
            .Take(LatestCount).ToListAsync(cancellationToken);
    }
}
