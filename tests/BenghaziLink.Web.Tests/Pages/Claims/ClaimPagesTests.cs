using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Pages.Claims;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Claims;

public sealed class ClaimPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<List<(int Id, GroupStatus Status, int Articles, int Origins)>> GroupsAsync() => app.QueryAsync(async db =>
        // Related groups (same topic, other claims) are never listed as claims.
        (await db.ClaimGroups.Where(g => ClaimQuery.Listed.Contains(g.Status) && g.Members.Any()).Select(g => new { g.Id, g.Status, g.ArticleCount, g.OriginCount }).ToListAsync())
            .Select(g => (g.Id, g.Status, g.ArticleCount, g.OriginCount)).ToList());

    [Fact]
    public async Task Get_Claims_ListsEveryGroupWithItsCounts()
    {
        var groups = await GroupsAsync();

        var pages = await Pages.WalkAsync(app, "/claims");

        var shown = pages.SelectMany(d => d.QuerySelectorAll("li.claim-group")).ToList();
        var topics = await app.QueryAsync(db => db.ClaimGroups.ToDictionaryAsync(g => g.Id, g => g.Topic ?? g.Quantity));
        Assert.NotEmpty(groups);
        // Every group says what it states in short, and what it is about when the grouper says so (a figure, or a
        // statement topic), so overlapping groups can be told apart.
        Assert.All(shown, li => Assert.False(string.IsNullOrWhiteSpace(li.QuerySelector(".short-form")?.TextContent)));
        Assert.All(shown.Where(li => topics[int.Parse(li.GetAttribute("data-group")!, System.Globalization.CultureInfo.InvariantCulture)] is not null),
            li => Assert.Contains(topics[int.Parse(li.GetAttribute("data-group")!, System.Globalization.CultureInfo.InvariantCulture)]!,
                li.QuerySelector(".group-topic")!.TextContent, StringComparison.Ordinal));
        Assert.Equal(groups.Select(g => g.Id).Order(), shown.Select(li => int.Parse(li.GetAttribute("data-group")!, System.Globalization.CultureInfo.InvariantCulture)).Order());
        foreach (var li in shown)
        {
            var group = groups.Single(g => g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == li.GetAttribute("data-group"));
            Assert.Contains($"{group.Articles} article", li.QuerySelector(".group-counts")!.TextContent, StringComparison.Ordinal);
            Assert.Contains($"{group.Origins} independent origin", li.QuerySelector(".group-counts")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("disputed", GroupStatus.Disputed)]
    [InlineData("corroborated", GroupStatus.Corroborated)]
    [InlineData("single-origin", GroupStatus.SingleOrigin)]
    public async Task Get_ClaimsByStatus_ShowsOnlyThatStatus(string key, GroupStatus status)
    {
        var expected = (await GroupsAsync()).Count(g => g.Status == status);

        var pages = await Pages.WalkAsync(app, $"/claims?status={key}");

        var document = pages[0];
        var shown = pages.SelectMany(d => d.QuerySelectorAll("li.claim-group")).ToList();
        Assert.Equal(expected, shown.Count);
        Assert.All(pages, d => Assert.True(d.QuerySelectorAll("li.claim-group").Length <= 20));
        Assert.All(shown, li => Assert.Equal(key, li.GetAttribute("data-status")));
        Assert.Contains($"({expected})", document.QuerySelector($"#claims-status option[value={key}]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DisputedFigure_ShowsTheValuesSideBySide()
    {
        var disputed = await app.QueryAsync(db => db.ClaimGroups.Where(g => g.Status == GroupStatus.Disputed && g.Quantity != null)
            .Select(g => new { g.Id, Values = g.Members.Select(m => m.Value).ToList() }).ToListAsync());
        Assert.NotEmpty(disputed);
        var group = disputed.First(g => g.Values.Distinct().Count() > 1);

        var document = await app.GetDocumentAsync($"/claims/{group.Id}");

        var values = document.QuerySelectorAll("table.disputed-table td.value").Select(td => td.TextContent.Trim().Split(' ')[^1]).ToList();
        Assert.Equal(group.Values.Distinct().Count(), values.Count);
        Assert.All(group.Values, v => Assert.Contains(v!.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), values));
    }

    [Fact]
    public async Task Get_ClaimGroup_ShowsEveryMemberWithItsQuoteChainAndEcho()
    {
        var groupId = (await GroupsAsync()).OrderByDescending(g => g.Articles).First().Id;
        var members = await app.QueryAsync(db => db.ClaimGroupMembers.Where(m => m.GroupId == groupId)
            .Join(db.ArticleClaims, m => m.ClaimId, c => c.Id, (m, c) => new { c.Surface, m.Echo, Chain = c.Chain.Count }).ToListAsync());

        var document = await app.GetDocumentAsync($"/claims/{groupId}");

        var shown = document.QuerySelectorAll("li.claim-member").ToList();
        Assert.Equal(members.Count, shown.Count);
        Assert.Equal(members.Select(m => m.Surface).Order(StringComparer.Ordinal), shown.Select(li => li.QuerySelector("mark.claim-hit")!.TextContent).Order(StringComparer.Ordinal));
        Assert.Equal(members.Count(m => m.Echo), shown.Count(li => li.GetAttribute("data-echo") == "true"));
        // The chain starts at the article, then every source outermost first (or "its own voice").
        Assert.Equal(members.Select(m => 1 + Math.Max(1, m.Chain)).Order(), shown.Select(li => li.QuerySelectorAll("ol.chain > li").Length).Order());
        Assert.All(shown, li => Assert.Matches(@"^/articles/[a-z0-9-]+#s\d+$", li.QuerySelector("blockquote a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_ClaimGroup_EachReportHasACitationWithOutletHeadlineQuoteAndLink()
    {
        var groupId = (await GroupsAsync()).OrderByDescending(g => g.Articles).First().Id;

        var document = await app.GetDocumentAsync($"/claims/{groupId}");

        var shown = document.QuerySelectorAll("li.claim-member").ToList();
        Assert.NotEmpty(shown);
        foreach (var li in shown)
        {
            var citation = li.QuerySelector("details.cite textarea.cite-text")!.TextContent;
            var headline = li.QuerySelector("h3 a")!.TextContent;
            var sentence = li.QuerySelector("blockquote a")!.GetAttribute("href")!;
            Assert.Contains($"“{headline}”", citation, StringComparison.Ordinal);
            Assert.Contains($"“{li.QuerySelector("mark.claim-hit")!.TextContent}”", citation, StringComparison.Ordinal);
            Assert.EndsWith(sentence, citation, StringComparison.Ordinal);
            Assert.StartsWith("http", citation.Split(' ')[^1], StringComparison.Ordinal);
            Assert.NotNull(li.QuerySelector("button.copy-cite[hidden]"));
        }
    }

    [Theory]
    [InlineData(GroupStatus.Corroborated)]
    [InlineData(GroupStatus.SingleOrigin)]
    public async Task Get_ClaimGroup_LeadsWithItsShortFormThenItsOriginsInWords(GroupStatus status)
    {
        var group = (await GroupsAsync()).Where(g => g.Status == status).OrderByDescending(g => g.Origins).ThenByDescending(g => g.Articles).First();

        var document = await app.GetDocumentAsync($"/claims/{group.Id}");

        var heading = document.QuerySelector("h1")!;
        Assert.Contains("claim-short-form", heading.ClassList);
        Assert.False(string.IsNullOrWhiteSpace(heading.TextContent));
        Assert.Same(heading.NextElementSibling, document.QuerySelector("p.status-line"));
        var words = Html.Squash(document.QuerySelector(".status-in-words")!.TextContent);
        var labels = document.QuerySelectorAll(".claim-origin .origin-label").Select(l => Html.Squash(l.TextContent)).ToList();
        Assert.Equal(group.Origins, labels.Count);
        Assert.StartsWith(group.Origins == 1 ? "1 origin" : $"{group.Origins} independent origins: ", words, StringComparison.Ordinal);
        Assert.All(labels, l => Assert.Contains(l, words, StringComparison.Ordinal));
        if (group.Articles > 1 && group.Origins == 1) Assert.Contains($"relayed by {group.Articles} articles", words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownClaimGroup_Returns404()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/claims/999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_ClaimsAboutAMisspeltEntity_ShowsOnlyGroupsThatNameIt()
    {
        var about = await app.QueryAsync(async db =>
        {
            var id = await db.EntityAliases.Where(a => a.Name == "Belmokhtar").Select(a => a.EntityId).SingleAsync();
            var claims = db.ArticleClaims.Where(c => db.ArticleMentions.Any(m => m.EntityId == id && m.ArticleId == c.ArticleId && m.Start >= c.Start && m.End <= c.End)).Select(c => c.Id);
            return await db.ClaimGroupMembers.Where(m => claims.Contains(m.ClaimId) && db.ClaimGroups.Any(g => g.Id == m.GroupId && ClaimQuery.Listed.Contains(g.Status)))
                .Select(m => m.GroupId).Distinct().ToListAsync();
        });

        var pages = await Pages.WalkAsync(app, "/claims?entity=Belmoktar");

        Assert.Contains("Mokhtar Belmokhtar", pages[0].QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(about.Order(), pages.SelectMany(d => d.QuerySelectorAll("li.claim-group")).Select(li => int.Parse(li.GetAttribute("data-group")!, System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public async Task Get_Article_ListsItsClaimsWithChains()
    {
        var slug = (await app.SlugsAsync())[0];
        var stored = await app.QueryAsync(db => db.ArticleClaims.Where(c => db.Articles.Any(a => a.Slug == slug && a.Id == c.ArticleId))
            .OrderBy(c => c.Ordinal).Select(c => new { c.Surface, Chain = c.Chain.Count }).ToListAsync());

        var document = await app.GetDocumentAsync($"/articles/{slug}");

        var claims = document.QuerySelectorAll("section[aria-labelledby=claims-heading] li.claim").ToList();
        Assert.NotEmpty(stored);
        var firstPage = stored.Take(20).ToList();
        Assert.Equal(firstPage.Select(c => c.Surface), claims.Select(c => c.QuerySelector("mark.claim-hit")!.TextContent));
        Assert.Equal(firstPage.Select(c => 1 + Math.Max(1, c.Chain)), claims.Select(c => c.QuerySelectorAll("ol.chain > li").Length));
    }

    [Fact]
    public async Task GetApiClaims_MatchesThePageAndCountsOrigins()
    {
        var groups = await GroupsAsync();
        using var client = app.CreateClient();

        var all = await Pages.WalkApiAsync(client, "/api/claims");
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/claims/{groups[0].Id}");
        using var missing = await client.GetAsync(new Uri("/api/claims/999999", UriKind.Relative));
        using var bad = await client.GetAsync(new Uri("/api/claims?status=maybe", UriKind.Relative));

        Assert.Equal(groups.Select(g => g.Id).Order(), all.Select(g => g.GetProperty("id").GetInt32()).Order());
        Assert.All(all, g => Assert.Equal(groups.Single(x => x.Id == g.GetProperty("id").GetInt32()).Origins, g.GetProperty("independentOrigins").GetInt32()));
        // A member that names no source goes back to the article itself; any other to its innermost source's class.
        var everyMember = all.SelectMany(g => g.GetProperty("members").EnumerateArray()).ToList();
        Assert.Contains(everyMember, m => m.GetProperty("attributionChain").GetArrayLength() == 0);
        Assert.All(everyMember, m => Assert.Equal(
            m.GetProperty("attributionChain").EnumerateArray().Select(s => s.GetProperty("class").GetString()).LastOrDefault() ?? "the article itself",
            m.GetProperty("originClass").GetString()));
        var members = one.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(groups[0].Origins, members.Select(m => m.GetProperty("origin").GetInt32()).Distinct().Count());
        Assert.All(members, m => Assert.Equal(JsonValueKind.Array, m.GetProperty("attributionChain").ValueKind));
        Assert.All(all.Where(g => g.GetProperty("status").GetString() != "disputed"), g => Assert.Equal(JsonValueKind.Null, g.GetProperty("framings").ValueKind));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task GetRelated_ArticlesThatCarryOneClaim_SayItInTheReason()
    {
        var pair = await app.QueryAsync(async db =>
        {
            var members = await db.ClaimGroupMembers.Join(db.ArticleClaims, m => m.ClaimId, c => c.Id, (m, c) => new { m.GroupId, c.ArticleId })
                .Join(db.Articles, x => x.ArticleId, a => a.Id, (x, a) => new { x.GroupId, a.Slug }).ToListAsync();
            var group = members.GroupBy(m => m.GroupId).First(g => g.Select(m => m.Slug).Distinct().Count() > 1);
            return (Group: group.Key, Slugs: group.Select(m => m.Slug).Distinct().ToList());
        });
        using var client = app.CreateClient();

        var related = (await client.GetFromJsonAsync<JsonElement>($"/api/articles/{pair.Slugs[0]}/related")).EnumerateArray().ToList();

        var other = related.Single(r => r.GetProperty("slug").GetString() == pair.Slugs[1]);
        Assert.Contains(other.GetProperty("sharedClaims").EnumerateArray(), c => c.GetProperty("group").GetInt32() == pair.Group);
        Assert.Contains("both carry the claim", other.GetProperty("reason").GetString()!, StringComparison.Ordinal);
    }
}

public sealed class ClaimQuotingTests
{
    [Theory]
    [InlineData("29 kidnappers died.", "“29 kidnappers died.”")]
    [InlineData("“It was a trap,” he said.", "“It was a trap,” he said.")]
    [InlineData("He called it \"a trap\".", "He called it \"a trap\".")]
    public void Quoted_Quote_AddsMarksOnlyWhereTheyDoNotNest(string quote, string shown)
    {
        Assert.Equal(shown, BenghaziLink.Web.Pages.Claims.ClaimQuery.Quoted(quote));
    }
}
