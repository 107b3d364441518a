using System.ComponentModel.DataAnnotations;

namespace BenghaziLink.Web.Pages.Claims;

/// <summary>How long a page of a claims list is (claim groups, a claim's reports, an article's or an entity's claims).</summary>
public sealed class ClaimListOptions
{
    public const string Section = "Claims";

    /// <summary>Items per page: enough to read in a sitting; tests make it small to walk through pages.</summary>
    [Range(1, 500)]
    public int PageSize { get; set; } = 20;
}
