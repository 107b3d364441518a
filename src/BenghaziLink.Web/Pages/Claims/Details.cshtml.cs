using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BenghaziLink.Web.Pages.Claims;

public sealed class DetailsModel(ClaimQuery claims) : PageModel
{
    /// <summary>The page of related claims ("See also"), as text: a page always answers (first page for no number, last page past the end).</summary>
    [BindProperty(SupportsGet = true, Name = "also")]
    public string? SeeAlsoPage { get; set; }

    public GroupPage Claim { get; private set; } = null!;
    public GroupView Group => Claim.Group;

    public Pager ReportsPager => Pager.Of(Claim.Reports, "Pages of reports", p => PageUrl(p, Claim.SeeAlso.Page, "reports-heading"));
    public Pager SeeAlsoPager => Pager.Of(Claim.SeeAlso, "Pages of related claims", p => PageUrl(Claim.Reports.Page, p, "see-also-heading"));

    private string PageUrl(int reports, int also, string fragment) =>
        Paging.Url($"/claims/{Group.Id}", [("page", Paging.Value(reports)), ("also", Paging.Value(also))], fragment);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var claim = await claims.GroupPageAsync(id, Paging.Read(Request.Query["page"]), Paging.Read(SeeAlsoPage), cancellationToken);
        if (claim is null) return NotFound();
        Claim = claim;
        return Page();
    }
}
