using System.Net.Http.Json;
using System.Text.Json;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BenghaziLink.Web.Tests.Browser;

/// <summary>
/// The app on a real Kestrel port with the seeds ingested, and Debian's Chromium driven by Playwright
/// (Playwright's own browser download cannot work without internet; <c>.ci/run</c> installs Chromium).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly KestrelAppFactory app = new();
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// Navigation to an article waits for its DOM, not for the load event: on a loaded CI box Chromium once reported the
    /// network idle and still never fired "load" within the timeout, and the tests read only the document.
    /// </summary>
    public static readonly PageWaitForURLOptions ArticlePage = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    /// <summary>Generous: CI machines are small and shared; a slow page is not a failing one.</summary>
    public const float TimeoutMs = 90_000;
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: install it with 'apt-get install -y chromium' (see .ci/run) or set CHROMIUM_PATH.");
        }
        BaseAddress = app.BaseAddress;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // This machine has no network beyond localhost: keep Chromium from trying to phone home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page with the generous timeout, collecting console errors, script errors, failed requests and HTTP errors.</summary>
    public async Task<(IPage Page, List<string> Problems)> NewWatchedPageAsync()
    {
        var page = await Browser.NewPageAsync();
        page.SetDefaultTimeout(TimeoutMs);
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url}");
        page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"HTTP {response.Status}: {response.Url}"); };
        return (page, problems);
    }

    /// <summary>Every kind of page the app serves, for tests that look at each: page kinds are resolved by <see cref="PathAsync"/>.</summary>
    public static TheoryData<string> EveryPageKind =>
    [
        "/", "/articles", "/articles?sort=Outlet", "article", "/entities", "/entities?q=Gadafi", "person", "place", "group", "/places",
        "/claims", "/claims?status=disputed", "/claims?q=attack&page=2", "claim", "/timeline", "/timeline?entity=Belmokhtar", "/links",
        "/links?type=person&type=group&associations=true", "/search", "/search?q=Belmokhtar", "/no-such-page", "/Error",
    ];

    /// <summary>
    /// A path for a route or a page kind ("person", "place", "group", "article", "claim"): slugs are looked up
    /// through the API so the routes follow whatever the seeds produce.
    /// </summary>
    public async Task<string> PathAsync(string route)
    {
        using var client = app.CreateKestrelClient();
        async Task<string> EntityAsync(string name) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/entities?q={Uri.EscapeDataString(name)}"))[0].GetProperty("url").GetString()!;
        return route switch
        {
            "person" => await EntityAsync("Belmokhtar"),
            "place" => await EntityAsync("Benghazi"),
            "group" => await EntityAsync("Murabitoon"),
            "article" => (await client.GetFromJsonAsync<JsonElement>("/api/articles"))[0].GetProperty("url").GetString()!,
            "claim" => (await client.GetFromJsonAsync<JsonElement>("/api/claims")).GetProperty("groups")[0].GetProperty("url").GetString()!,
            _ => route,
        };
    }

    public void Dispose() => app.Dispose();

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await app.DisposeAsync();
    }
}
