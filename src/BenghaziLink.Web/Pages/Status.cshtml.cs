using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BenghaziLink.Web.Pages;

/// <summary>Status-code pages (404 and the like), re-executed by the status-code middleware.</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;
}
