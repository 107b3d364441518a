using System.Globalization;

namespace BenghaziLink.Web.Pages;

/// <summary>
/// One page of a list: its items, which page it is (from 1) and how many items the whole list holds, so a page
/// can link to the pages beside it. A list that does not fill one page is one page; an empty list is one page too.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < Pages;
    /// <summary>The place in the whole list of this page's first item, from 1 (for an ordered list's <c>start</c>).</summary>
    public int First => (Page - 1) * PageSize + 1;
}

public static class Paging
{
    /// <summary>
    /// A page number from a query string as pages take it: absent, not a whole number or below 1 is the first page
    /// (a page always answers); beyond the last page is clamped by <see cref="Clamp"/> once the total is known.
    /// Razor Pages keep the route value "page" (the page's path) ahead of the query, so pages read
    /// <c>Request.Query["page"]</c> rather than binding it.
    /// </summary>
    public static int Read(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1;

    /// <summary>
    /// A link to <paramref name="path"/> with the query values that are set (the page's filters and list pages; a
    /// first page is left out) and an optional fragment, so a pager link keeps every other choice the user made.
    /// </summary>
    public static string Url(string path, IEnumerable<(string Name, string? Value)> query, string? fragment = null)
    {
        var parts = query.Where(q => !string.IsNullOrEmpty(q.Value))
            .Select(q => $"{Uri.EscapeDataString(q.Name)}={Uri.EscapeDataString(q.Value!)}").ToList();
        return path + (parts.Count == 0 ? "" : "?" + string.Join('&', parts)) + (fragment is null ? "" : "#" + fragment);
    }

    /// <summary>A page number as a query value; none for the first page, which a link without it shows.</summary>
    public static string? Value(int page) => page <= 1 ? null : page.ToString(CultureInfo.InvariantCulture);

    /// <summary>The page to show of a list of <paramref name="total"/> items: never past the last page.</summary>
    public static int Clamp(int page, int total, int pageSize) => Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));

    /// <summary>Pages a query that is already ordered: counts it, clamps the page, then reads only that page.</summary>
    public static async Task<Paged<T>> PageAsync<T>(IQueryable<T> ordered, int page, int pageSize, CancellationToken ct)
    {
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(ordered, ct);
        page = Clamp(page, total, pageSize);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(ordered.Skip((page - 1) * pageSize).Take(pageSize), ct);
        return new Paged<T>(items, page, pageSize, total);
    }
}

/// <summary>
/// What the pager partial draws: the page shown, how many there are, and a link for any page number that keeps the
/// rest of the request's state (filters, the other lists' pages). <paramref name="Label"/> names the list for
/// screen readers ("Pages of claims").
/// </summary>
public sealed record Pager(int Page, int Pages, int Total, string Label, Func<int, string> Link)
{
    public static Pager Of<T>(Paged<T> paged, string label, Func<int, string> link) => new(paged.Page, paged.Pages, paged.Total, label, link);
}
