using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;

namespace BenghaziLink.Web.Tests.Browser;

/// <summary>axe-core over every page kind, as a browser renders it: no serious or critical violation.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Slugs are looked up through the API so the routes follow whatever the seeds produce.</summary>
    private async Task<string> PathAsync(string route)
    {
        using var client = new HttpClient { BaseAddress = fixture.BaseAddress };
        async Task<string> EntityAsync(string name) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/entities?q={Uri.EscapeDataString(name)}"))[0].GetProperty("url").GetString()!;
        return route switch
        {
            "person" => await EntityAsync("Belmokhtar"),
            "place" => await EntityAsync("Benghazi"),
            "group" => await EntityAsync("Murabitoon"),
            "article" => (await client.GetFromJsonAsync<JsonElement>("/api/articles"))[0].GetProperty("url").GetString()!,
            "claim" => (await client.GetFromJsonAsync<JsonElement>("/api/claims"))[0].GetProperty("url").GetString()!,
            _ => route,
        };
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles")]
    [InlineData("article")]
    [InlineData("/entities")]
    [InlineData("/entities?q=Gadafi")]
    [InlineData("person")]
    [InlineData("place")]
    [InlineData("group")]
    [InlineData("/places")]
    [InlineData("/claims")]
    [InlineData("/claims?status=disputed")]
    [InlineData("claim")]
    [InlineData("/timeline")]
    [InlineData("/links")]
    [InlineData("/links?type=person&type=group&associations=true")]
    [InlineData("/timeline?entity=Belmokhtar")]
    [InlineData("/search?q=Belmokhtar")]
    [InlineData("/no-such-page")]
    public async Task Page_ScannedWithAxe_HasNoSeriousOrCriticalViolations(string route)
    {
        var page = await fixture.Browser.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        await page.GotoAsync(new Uri(fixture.BaseAddress, await PathAsync(route)).ToString());

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
