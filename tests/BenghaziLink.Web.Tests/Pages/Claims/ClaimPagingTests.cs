using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BenghaziLink.Web.Pages.Claims;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Claims;

/// <summary>The seeds with claims lists of 3 a page, so every list of the seeds runs over several pages.</summary>
public sealed class SmallClaimPages : AppFactory
{
    public const int PageSize = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Claims:PageSize", PageSize.ToString(CultureInfo.InvariantCulture));
    }
}

public sealed class ClaimPagingTests(SmallClaimPages app) : IClassFixture<SmallClaimPages>
{
    private const int Size = SmallClaimPages.PageSize;

    private static int Group(AngleSharp.Dom.IElement li) => int.Parse(li.GetAttribute("data-group")!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Get_ClaimsNextAndPrevious_KeepTheFiltersAndWalkEveryGroupOnce()
    {
        var listed = await app.QueryAsync(db => db.ClaimGroups.Where(g => g.Members.Any()).Select(g => new { g.Id, g.Status }).ToListAsync());
        var status = listed.Where(g => ClaimQuery.Listed.Contains(g.Status)).GroupBy(g => g.Status).OrderByDescending(s => s.Count()).First();
        var key = IndexModel.Key(status.Key);

        var pages = await Pages.WalkAsync(app, $"/claims?status={key}&q=e");

        Assert.True(pages.Count > 1, "the filtered list should run over several pages");
        var ids = pages.SelectMany(d => d.QuerySelectorAll("li.claim-group")).Select(Group).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.All(pages, d => Assert.InRange(d.QuerySelectorAll("li.claim-group").Length, 1, Size));
        Assert.All(pages.Skip(1).SkipLast(1), d => Assert.Equal(Size, d.QuerySelectorAll("li.claim-group").Length));
        Assert.Equal($"/claims?status={key}&q=e&page=2", pages[0].QuerySelector("a.pager-next")!.GetAttribute("href"));
        Assert.Null(pages[0].QuerySelector("a.pager-previous"));
        Assert.Equal($"/claims?status={key}&q=e", pages[1].QuerySelector("a.pager-previous")!.GetAttribute("href"));
        Assert.Null(pages[^1].QuerySelector("a.pager-next"));
        Assert.Equal($"page {pages.Count} of {pages.Count}", pages[^1].QuerySelector(".pager-position")!.TextContent);
    }

    [Theory]
    [InlineData("99999", true)]
    [InlineData("99999999999", false)]
    [InlineData("abc", false)]
    [InlineData("-2", false)]
    [InlineData("0", false)]
    public async Task Get_ClaimsOutOfRangePage_ShowsTheNearestPage(string page, bool last)
    {
        var document = await app.GetDocumentAsync($"/claims?page={page}");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        var position = document.QuerySelector(".pager-position")!.TextContent.Split(' ');
        Assert.Equal(last ? position[3] : "1", position[1]);
        Assert.NotEmpty(document.QuerySelectorAll("li.claim-group"));
    }

    [Fact]
    public async Task GetApiClaims_Pages_LinkEachOtherAndRefuseABadNumber()
    {
        using var client = app.CreateClient();

        var first = await client.GetFromJsonAsync<JsonElement>("/api/claims?q=e");
        var second = await client.GetFromJsonAsync<JsonElement>(first.GetProperty("next").GetString()!);
        var past = await client.GetFromJsonAsync<JsonElement>("/api/claims?q=e&page=9999");
        using var bad = await client.GetAsync(new Uri("/api/claims?page=abc", UriKind.Relative));

        Assert.Equal("/api/claims?q=e&page=2", first.GetProperty("next").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("previous").ValueKind);
        Assert.Equal(Size, first.GetProperty("groups").GetArrayLength());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal("/api/claims?q=e", second.GetProperty("previous").GetString());
        Assert.Empty(first.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("id").GetInt32())
            .Intersect(second.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("id").GetInt32())));
        Assert.Equal(first.GetProperty("total").GetInt32(), past.GetProperty("total").GetInt32());
        Assert.Equal(0, past.GetProperty("groups").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Get_ClaimWithManyReports_PagesItsReportsAndClampsAPagePastTheEnd()
    {
        var group = await app.QueryAsync(db => db.ClaimGroups.Where(g => ClaimQuery.Listed.Contains(g.Status))
            .Select(g => new { g.Id, Members = g.Members.Count }).OrderByDescending(g => g.Members).FirstAsync());
        var pageCount = (group.Members + Size - 1) / Size;

        var pages = await Pages.WalkAsync(app, $"/claims/{group.Id}", "section[aria-labelledby=reports-heading] a.pager-next");
        var past = await app.GetDocumentAsync($"/claims/{group.Id}?page=500");

        Assert.True(group.Members > Size);
        Assert.Equal(pageCount, pages.Count);
        Assert.Equal(group.Members, pages.Sum(d => d.QuerySelectorAll("li.claim-member").Length));
        Assert.Equal($"/claims/{group.Id}?page=2#reports-heading", pages[0].QuerySelector("a.pager-next")!.GetAttribute("href"));
        // Every page says the whole status, not the status of the reports it shows.
        Assert.All(pages, d => Assert.Equal(pages[0].QuerySelector(".status-in-words")!.TextContent, d.QuerySelector(".status-in-words")!.TextContent));
        Assert.Equal($"page {pageCount} of {pageCount}", past.QuerySelector(".pager-position")!.TextContent);
    }

    [Fact]
    public async Task Get_ArticleClaims_PagesInTextOrder()
    {
        var (slug, surfaces) = await app.QueryAsync(async db =>
        {
            var article = await db.Articles.OrderByDescending(a => db.ArticleClaims.Count(c => c.ArticleId == a.Id)).Select(a => new { a.Id, a.Slug }).FirstAsync();
            return (article.Slug, await db.ArticleClaims.Where(c => c.ArticleId == article.Id).OrderBy(c => c.Ordinal).Select(c => c.Surface).ToListAsync());
        });

        var pages = await Pages.WalkAsync(app, $"/articles/{slug}");

        Assert.True(surfaces.Count > Size);
        Assert.Equal(surfaces, pages.SelectMany(d => d.QuerySelectorAll("section[aria-labelledby=claims-heading] li.claim mark.claim-hit")).Select(m => m.TextContent));
        Assert.Equal($"/articles/{slug}?claims=2#claims-heading", pages[0].QuerySelector("a.pager-next")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_EntityProfile_PagesEachClaimListKeepingTheOthersPage()
    {
        var slug = await app.QueryAsync(db => db.Entities.Where(e => e.Canonical == "Mokhtar Belmokhtar").Select(e => e.Slug).SingleAsync());

        var about = await Pages.WalkAsync(app, $"/entities/{slug}?said=2", ".claims-about a.pager-next");

        Assert.True(about.Count > 1);
        Assert.Equal($"/entities/{slug}?said=2&about=2#about-heading", about[0].QuerySelector(".claims-about a.pager-next")!.GetAttribute("href"));
        Assert.All(about, d => Assert.InRange(d.QuerySelectorAll(".claims-about li.claim").Length, 1, Size));
        var ids = about.SelectMany(d => d.QuerySelectorAll(".claims-about li.claim")).Select(li => li.GetAttribute("data-claim")).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }
}
