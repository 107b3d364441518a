using BenghaziLink.Web.Docs;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BenghaziLink.Web.Pages.Method;

/// <summary>The methods note for journalists (<c>docs/method.md</c>): how each finding is worked out and how far to trust it.</summary>
public sealed class IndexModel : PageModel
{
    public RenderedDoc Doc { get; } = ReaderDocs.Method;
}
