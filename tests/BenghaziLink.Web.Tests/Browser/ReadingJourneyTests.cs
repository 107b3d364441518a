using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BenghaziLink.Web.Tests.Browser;

public sealed class ReadingJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly Regex ArticleUrl = new(@"/articles/[a-z0-9-]+(#.*)?$");

    [Fact]
    public async Task HomeSearchOpenArticle_InChromium_WorksWithoutConsoleErrors()
    {
        var (page, problems) = await fixture.NewWatchedPageAsync();

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/").ToString());
        var articlesOnHome = await page.Locator(".articles-table tbody tr").CountAsync();
        await page.FillAsync("#site-search", "Belmokhtar weapons");
        await page.PressAsync("#site-search", "Enter");
        await page.WaitForURLAsync(new Regex(@"/search\?q="));
        var results = page.Locator("li.search-result");
        var resultCount = await results.CountAsync();
        var firstHeadline = (await results.First.Locator("h2 a").InnerTextAsync()).Trim();
        await results.First.Locator("h2 a").ClickAsync();
        await page.WaitForURLAsync(ArticleUrl, BrowserFixture.ArticlePage);
        // Scripts have run (and any console error been seen) once the network is idle.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var headline = (await page.Locator("h1#headline").InnerTextAsync()).Trim();
        var paragraphs = await page.Locator("article p.paragraph").CountAsync();

        Assert.Equal(5, articlesOnHome);
        Assert.True(resultCount >= 2, $"expected several results, got {resultCount}");
        Assert.Equal(firstHeadline, headline);
        Assert.True(paragraphs >= 5);
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [Fact]
    public async Task ArticlePage_OnAPhone_HasNoHorizontalScroll()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/articles").ToString());
        await page.Locator(".articles-table a").First.ClickAsync();
        await page.WaitForURLAsync(ArticleUrl);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        var toggler = await page.Locator(".navbar-toggler").IsVisibleAsync();

        Assert.False(overflow);
        Assert.True(toggler);
        await context.CloseAsync();
    }
}
