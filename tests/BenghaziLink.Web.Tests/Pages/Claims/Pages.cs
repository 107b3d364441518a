using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Pages.Claims;

/// <summary>Walks a paged list to its end by its own "next" links, as a reader would.</summary>
internal static class Pages
{
    public static async Task<List<IDocument>> WalkAsync(AppFactory app, string url, string next = "a.pager-next")
    {
        var pages = new List<IDocument>();
        for (string? at = url; at is not null && pages.Count < 1000;)
        {
            var document = await app.GetDocumentAsync(at);
            pages.Add(document);
            at = document.QuerySelector(next)?.GetAttribute("href");
        }
        return pages;
    }

    /// <summary>Every group of <c>/api/claims</c> (with its filters), following <c>next</c>.</summary>
    public static async Task<List<JsonElement>> WalkApiAsync(HttpClient client, string url)
    {
        var groups = new List<JsonElement>();
        for (string? at = url; at is not null && groups.Count < 100_000;)
        {
            var page = await client.GetFromJsonAsync<JsonElement>(new Uri(at, UriKind.Relative));
            groups.AddRange(page.GetProperty("groups").EnumerateArray());
            at = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
        }
        return groups;
    }
}
