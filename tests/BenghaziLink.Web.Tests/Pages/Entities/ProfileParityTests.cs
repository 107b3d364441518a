using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Entities;

/// <summary>
/// The profile page and <c>GET /api/entities/{slug}</c> read one profile, so for any entity they show the same names,
/// the same sentences and the same roles. The entities are chosen from the store (most mentioned, most described), so
/// nothing here names what the pipeline should find.
/// </summary>
public sealed class ProfileParityTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<List<string>> SampleAsync() => app.QueryAsync(async db =>
    {
        var mentioned = await db.ArticleMentions.GroupBy(m => m.EntityId).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Select(g => g.Key).Take(4).ToListAsync();
        var described = await db.ArticleRoles.GroupBy(r => r.EntityId).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Select(g => g.Key).Take(4).ToListAsync();
        var ids = mentioned.Concat(described).Distinct().ToList();
        return await db.Entities.Where(e => ids.Contains(e.Id)).Select(e => e.Slug).ToListAsync();
    });

    private static List<string> Sorted(IEnumerable<string?> items) => [.. items.Select(i => i ?? "").Order(StringComparer.Ordinal)];

    [Fact]
    public async Task GetProfile_PageAndApi_ShowTheSameAliasesMentionsAndRoles()
    {
        var slugs = await SampleAsync();
        using var client = app.CreateClient();

        foreach (var slug in slugs)
        {
            var page = await app.GetDocumentAsync($"/entities/{slug}");
            var json = await client.GetFromJsonAsync<JsonElement>($"/api/entities/{slug}");

            var aliases = json.GetProperty("aliases").EnumerateArray().ToList();
            var items = page.QuerySelectorAll("ul.aliases > li").ToList();
            Assert.Equal(items.Select(li => li.QuerySelector("strong")!.TextContent), aliases.Select(a => a.GetProperty("name").GetString()));
            Assert.Equal(
                items.Select(li => string.Join(',', Sorted(li.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!.Split('#')[0]["/articles/".Length..])))),
                aliases.Select(a => string.Join(',', Sorted(a.GetProperty("articles").EnumerateArray().Select(s => s.GetString())))));

            var mentions = json.GetProperty("mentions").EnumerateArray().Where(m => m.GetProperty("sentence").ValueKind == JsonValueKind.Number).ToList();
            Assert.Equal(Sorted(page.QuerySelectorAll("ul.mention-context a.context-link").Select(a => a.GetAttribute("href"))),
                Sorted(mentions.Select(m => m.GetProperty("url").GetString()).Distinct()));
            Assert.Equal(Sorted(page.QuerySelectorAll("ul.mention-context li").SelectMany(li => li.QuerySelectorAll("mark.mention-hit").Select(mark => Href(li, "a.context-link") + " " + mark.TextContent))),
                Sorted(mentions.Select(m => m.GetProperty("url").GetString() + " " + m.GetProperty("surface").GetString())));

            var roles = json.GetProperty("roles").EnumerateArray().Where(r => r.GetProperty("sentence").ValueKind == JsonValueKind.Number).ToList();
            Assert.Equal(Sorted(page.QuerySelectorAll("ul.role-quotes > li").Select(li => Href(li, "a.role-source") + " " + li.QuerySelector("mark.role-hit")!.TextContent)),
                Sorted(roles.Select(r => r.GetProperty("url").GetString() + " " + r.GetProperty("text").GetString())));
        }

        Assert.NotEmpty(slugs);
    }

    private static string Href(IElement item, string selector) => item.QuerySelector(selector)!.GetAttribute("href")!;
}
