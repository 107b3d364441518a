using Deque.AxeCore.Playwright;

namespace BenghaziLink.Web.Tests.Browser;

/// <summary>axe-core over every page kind, as a browser renders it: no serious or critical violation.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Theory]
    [MemberData(nameof(BrowserFixture.EveryPageKind), MemberType = typeof(BrowserFixture))]
    public async Task Page_ScannedWithAxe_HasNoSeriousOrCriticalViolations(string route)
    {
        var page = await fixture.Browser.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        await page.GotoAsync(new Uri(fixture.BaseAddress, await fixture.PathAsync(route)).ToString());

        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(blocking.Count == 0, string.Join(Environment.NewLine, blocking));
        await page.CloseAsync();
    }

    [Fact]
    public async Task HeaderSuggestionsOpen_ScannedWithAxe_HasNoSeriousOrCriticalViolations()
    {
        var page = await fixture.Browser.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        await page.GotoAsync(fixture.BaseAddress.ToString());
        await page.Locator("#site-search").PressSequentiallyAsync("Qaddafi", new() { Delay = 20 });
        await page.Locator("#site-suggestions li[role=option]").First.WaitForAsync();

        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(blocking.Count == 0, string.Join(Environment.NewLine, blocking));
        await page.CloseAsync();
    }
}
