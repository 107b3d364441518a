using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BenghaziLink.Web.Tests.Browser;

public sealed class EntityJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> OpenAsync(string path, List<string>? problems = null)
    {
        var page = await fixture.Browser.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        if (problems is not null)
        {
            page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text}"); };
            page.PageError += (_, error) => problems.Add($"page error: {error}");
            page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"HTTP {response.Status}: {response.Url}"); };
        }
        await page.GotoAsync(new Uri(fixture.BaseAddress, path).ToString());
        return page;
    }

    [Fact]
    public async Task MisspeltNameInHeader_SuggestionProfileMention_LandsOnTheHighlightedSentence()
    {
        var problems = new List<string>();
        var page = await OpenAsync("/", problems);

        await page.Locator("#site-search").PressSequentiallyAsync("Belmoktar", new() { Delay = 40 });
        var suggestion = page.Locator("#site-suggestions li[role=option]").First;
        await suggestion.WaitForAsync();
        var suggested = (await suggestion.Locator(".suggestion-name").InnerTextAsync()).Trim();
        var expanded = await page.Locator("#site-search").GetAttributeAsync("aria-expanded");
        await suggestion.ClickAsync();
        await page.WaitForURLAsync(new Regex("/entities/[a-z0-9-]+$"));
        var profileName = (await page.Locator("h1#entity-name").InnerTextAsync()).Trim();
        var mention = page.Locator("ul.mention-context a.context-link").Nth(1);
        var quoted = (await mention.InnerTextAsync()).Trim();
        await mention.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/articles/[a-z0-9-]+#s\d+$"));
        var target = page.Locator(".sentence:target");
        await target.WaitForAsync();
        var landed = await target.EvaluateAsync<string>(
            "e => { const c = e.cloneNode(true); c.querySelectorAll('.visually-hidden, [aria-hidden=true]').forEach(h => h.remove()); return c.textContent; }");
        var highlighted = await target.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var inView = await target.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }");
        var mentionInSentence = await target.Locator("a.mention").Filter(new() { HasText = "Belmokhtar" }).CountAsync();

        Assert.Equal("Mokhtar Belmokhtar", suggested);
        Assert.Equal("true", expanded);
        Assert.Equal(suggested, profileName);
        Assert.Contains(Squash(quoted), Squash(landed), StringComparison.Ordinal);
        Assert.NotEqual("rgba(0, 0, 0, 0)", highlighted);
        Assert.True(inView);
        Assert.True(mentionInSentence >= 1);
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [Fact]
    public async Task HeaderSuggestions_ByKeyboard_OpenTheChosenProfile()
    {
        var page = await OpenAsync("/articles");

        await page.Locator("#site-search").PressSequentiallyAsync("Gadafi", new() { Delay = 40 });
        // The list for the whole word, not one for a prefix still on its way.
        await page.Locator("#site-suggestions li.suggestion-all", new() { HasText = "Gadafi" }).WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var active = await page.Locator("#site-search").GetAttributeAsync("aria-activedescendant");
        var chosen = (await page.Locator($"#{active} .suggestion-name").InnerTextAsync()).Trim();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/entities/[a-z0-9-]+$"));

        Assert.Equal("Muammar Gaddafi", chosen);
        Assert.Equal(chosen, (await page.Locator("h1#entity-name").InnerTextAsync()).Trim());
        await page.CloseAsync();
    }

    [Fact]
    public async Task HeaderSuggestions_ListArrivingWhileChoosing_KeepsTheChoice()
    {
        var page = await OpenAsync("/articles");
        var search = page.Locator("#site-search");
        await search.PressSequentiallyAsync("Gadafi", new() { Delay = 40 });
        await page.Locator("#site-suggestions li.suggestion-all", new() { HasText = "Gadafi" }).WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var chosen = await search.GetAttributeAsync("aria-activedescendant");

        // A late answer for the same words (as one for a prefix would be) renders the list again under the highlight.
        await page.EvaluateAsync("() => document.querySelectorAll('#site-suggestions li').forEach(li => li.dataset.old = 'yes')");
        await search.DispatchEventAsync("input");
        await page.Locator("#site-suggestions li.suggestion-all:not([data-old])").WaitForAsync();
        var kept = await search.GetAttributeAsync("aria-activedescendant");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/entities/[a-z0-9-]+$"));

        Assert.NotNull(chosen);
        Assert.Equal(chosen, kept);
        Assert.Equal("Muammar Gaddafi", (await page.Locator("h1#entity-name").InnerTextAsync()).Trim());
        await page.CloseAsync();
    }

    [Fact]
    public async Task HeaderSearch_EnterWithoutChoosing_StillSearchesTheArticles()
    {
        var page = await OpenAsync("/");

        await page.Locator("#site-search").PressSequentiallyAsync("Amenas", new() { Delay = 20 });
        await page.Locator("#site-suggestions li[role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("Escape");
        var hidden = await page.Locator("#site-suggestions").IsHiddenAsync();
        var kept = await page.Locator("#site-search").InputValueAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"/search\?q=Amenas"));

        Assert.True(hidden);
        Assert.Equal("Amenas", kept);
        Assert.True(await page.Locator("li.search-result").CountAsync() >= 1);
        await page.CloseAsync();
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
