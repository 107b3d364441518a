using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BenghaziLink.Web.Tests.Browser;

/// <summary>What an investigator does around reading, in a real browser: search a name as spelt elsewhere and narrow it, take data out, cite a report.</summary>
public sealed class InvestigatorJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task HeaderSearch_VariantSpellingThenAFacet_NarrowsToTheFacetsCount()
    {
        var (page, problems) = await fixture.NewWatchedPageAsync();

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/").ToString());
        await page.FillAsync("#site-search", "Qaddafi");
        await page.PressAsync("#site-search", "Enter");
        await page.WaitForURLAsync(new Regex(@"/search\?q=Qaddafi"));
        var found = await page.Locator("li.search-result").CountAsync();
        var marked = await page.Locator("li.search-result mark").AllInnerTextsAsync();
        var facet = page.Locator("details.facet[data-facet=year] li").First;
        var count = int.Parse(await facet.Locator(".facet-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await facet.Locator("a.facet-value").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"year=\d{4}"));
        var narrowed = await page.Locator("li.search-result").CountAsync();

        Assert.True(found >= 4, $"{found} articles for Qaddafi");
        Assert.Contains(marked, m => m is "Gaddafi" or "Gadhafi");
        Assert.Equal(count, narrowed);
        Assert.True(await page.Locator(".active-filter[data-facet=year]").IsVisibleAsync());
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [Fact]
    public async Task ClaimsPage_DownloadCsv_OpensAsRowsOfReports()
    {
        var (page, problems) = await fixture.NewWatchedPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/claims?status=disputed").ToString());

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.export-link").ClickAsync());
        var path = await download.PathAsync();
        var lines = (await File.ReadAllTextAsync(path)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("claims-disputed.csv", download.SuggestedFilename);
        Assert.StartsWith("group,group_status,", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",disputed,", l, StringComparison.Ordinal));
        // A download ends the navigation that started it: Chromium reports that request as aborted, which is no problem.
        Assert.DoesNotContain(problems, p => !p.StartsWith("request failed: ", StringComparison.Ordinal) || !p.Contains("/export/claims.csv", StringComparison.Ordinal));
        await page.CloseAsync();
    }

    [Fact]
    public async Task ClaimPage_CiteThenCopy_PutsTheCitationOnTheClipboard()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        await page.GotoAsync(new Uri(fixture.BaseAddress, await fixture.PathAsync("claim")).ToString());

        var report = page.Locator("li.claim-member").First;
        await report.Locator("details.cite summary").ClickAsync();
        var citation = await report.Locator("textarea.cite-text").InputValueAsync();
        await report.Locator("button.copy-cite").ClickAsync();
        await Assertions.Expect(report.Locator("button.copy-cite")).ToHaveTextAsync("Copied");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

        Assert.Equal(citation, copied);
        Assert.Contains("/articles/", citation, StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(BrowserFixture.EveryPageKind), MemberType = typeof(BrowserFixture))]
    public async Task Page_OnA390PxPhone_HasNoSidewaysScroll(string route)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);

        await page.GotoAsync(new Uri(fixture.BaseAddress, await fixture.PathAsync(route)).ToString());
        // Everything folded away is opened first: an open citation or facet list must fit too.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        // What sticks out, outermost first, to say where the page is too wide.
        var wide = overflow ? await page.EvaluateAsync<string[]>("""
            () => { const w = document.documentElement.clientWidth; const out = [];
              for (const e of document.querySelectorAll('body *')) {
                if (e.getBoundingClientRect().right > w + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1))
                  out.push(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px'); }
              return out.slice(0, 5); }
            """) : [];

        Assert.False(overflow, $"{route} is wider than 390 px: {string.Join("; ", wide)}");
        await context.CloseAsync();
    }
}
