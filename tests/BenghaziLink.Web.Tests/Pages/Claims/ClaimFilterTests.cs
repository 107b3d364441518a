using System.Globalization;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Pages.Claims;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Claims;

/// <summary>The filters of /claims on the seeds: by words inside the claims, combined with entity and status.</summary>
public sealed class ClaimFilterTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int Id(AngleSharp.Dom.IElement li) => int.Parse(li.GetAttribute("data-group")!, CultureInfo.InvariantCulture);

    /// <summary>Listed groups (id, status) with the texts of their claims, read straight from the store.</summary>
    private Task<List<(int Id, GroupStatus Status, List<string> Texts, List<int> Claims)>> GroupsAsync() => app.QueryAsync(async db =>
        (await db.ClaimGroups.Where(g => g.Members.Any())
            .Select(g => new { g.Id, g.Status, Claims = g.Members.Join(db.ArticleClaims, m => m.ClaimId, c => c.Id, (m, c) => new { c.Id, c.Surface }).ToList() })
            .ToListAsync())
        .Where(g => ClaimQuery.Listed.Contains(g.Status))
        .Select(g => (g.Id, g.Status, g.Claims.Select(c => c.Surface).ToList(), g.Claims.Select(c => c.Id).ToList())).ToList());

    /// <summary>A word of some group's claim that not every group holds: a filter that keeps some and drops some.</summary>
    private static string TellingWord(List<(int Id, GroupStatus Status, List<string> Texts, List<int> Claims)> groups) =>
        groups.SelectMany(g => g.Texts).SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 6 && w.All(char.IsLetter))
            .Select(w => (Word: w, Groups: groups.Count(g => Holds(g.Texts, w))))
            .Where(w => w.Groups > 1 && w.Groups < groups.Count)
            .OrderByDescending(w => w.Groups).ThenBy(w => w.Word, StringComparer.Ordinal).First().Word;

    private static bool Holds(IEnumerable<string> texts, string word) => texts.Any(t => t.Contains(word, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task Get_ClaimsByText_ShowsOnlyGroupsWithAClaimHoldingTheWords()
    {
        var groups = await GroupsAsync();
        var word = TellingWord(groups);
        var expected = groups.Where(g => Holds(g.Texts, word)).Select(g => g.Id).Order().ToList();

        var pages = await Pages.WalkAsync(app, $"/claims?q={Uri.EscapeDataString(word.ToUpperInvariant())}");

        Assert.Equal(expected, pages.SelectMany(d => d.QuerySelectorAll("li.claim-group")).Select(Id).Order());
        Assert.Equal(word.ToUpperInvariant(), pages[0].QuerySelector("#claims-text")!.GetAttribute("value"));
        Assert.Contains(word.ToUpperInvariant(), pages[0].QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ClaimsByEntityStatusAndText_KeepsOnlyGroupsThatPassEveryFilter()
    {
        var groups = await GroupsAsync();
        var about = await app.QueryAsync(async db =>
        {
            var id = await db.EntityAliases.Where(a => a.Name == "Belmokhtar").Select(a => a.EntityId).SingleAsync();
            return await db.ArticleClaims.Where(c => db.ArticleMentions.Any(m => m.EntityId == id && m.ArticleId == c.ArticleId && m.Start >= c.Start && m.End <= c.End))
                .Select(c => c.Id).ToListAsync();
        });
        var aboutIt = groups.Where(g => g.Claims.Any(about.Contains)).ToList();
        var status = aboutIt.GroupBy(g => g.Status).OrderByDescending(s => s.Count()).First().Key;
        var word = TellingWord(aboutIt.Count > 2 ? aboutIt : groups);
        var expected = aboutIt.Where(g => g.Status == status && Holds(g.Texts, word)).Select(g => g.Id).Order().ToList();

        var pages = await Pages.WalkAsync(app, $"/claims?entity=Belmoktar&status={IndexModel.Key(status)}&q={Uri.EscapeDataString(word)}");

        Assert.Equal(expected, pages.SelectMany(d => d.QuerySelectorAll("li.claim-group")).Select(Id).Order());
        Assert.Equal(IndexModel.Key(status), pages[0].QuerySelector("#claims-status option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_ClaimsByWordsNoClaimHolds_SaysSoAndOffersNoRelatedStatus()
    {
        var document = await app.GetDocumentAsync("/claims?q=zqxv%25_wq");

        Assert.Empty(document.QuerySelectorAll("li.claim-group"));
        Assert.Contains("No claim groups", document.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
        // Related claims are never a status to list as support.
        Assert.Equal(["", "corroborated", "single-origin", "disputed"], document.QuerySelectorAll("#claims-status option").Select(o => o.GetAttribute("value")!));
    }
}
