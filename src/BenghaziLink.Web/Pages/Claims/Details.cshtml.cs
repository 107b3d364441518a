using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BenghaziLink.Web.Pages.Claims;

public sealed class DetailsModel(ClaimQuery claims) : PageModel
{
    public GroupView Group { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var group = await claims.GroupAsync(id, cancellationToken);
        if (group is null) return NotFound();
        Group = group;
        return Page();
    }
}
