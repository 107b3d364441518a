using Microsoft.Playwright;

namespace BenghaziLink.Web.Tests.Browser;

/// <summary>
/// Every page kind under the strict policy, as Chromium enforces it: an inline style, script or handler that a
/// page (or a library it loads) still uses is blocked, and the page silently loses it unless a test notices.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>Runs before any script of the page, so a violation during parsing is recorded too.</summary>
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
            `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
        """;

    private async Task<(IPage Page, List<string> Console)> OpenAsync()
    {
        var page = await fixture.Browser.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        await page.AddInitScriptAsync(RecordViolations);
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) console.Add(message.Text);
        };
        return (page, console);
    }

    /// <summary>Violation events are queued as tasks: a timer's turn lets every one already raised arrive.</summary>
    private static async Task<List<string>> ViolationsAsync(IPage page, List<string> console) =>
        [.. await page.EvaluateAsync<string[]>("() => new Promise(done => setTimeout(() => done(window.__cspViolations), 50))"), .. console];

    [Theory]
    [MemberData(nameof(BrowserFixture.EveryPageKind), MemberType = typeof(BrowserFixture))]
    public async Task Page_InChromium_RaisesNoContentSecurityPolicyViolation(string route)
    {
        var (page, console) = await OpenAsync();

        var response = await page.GotoAsync(new Uri(fixture.BaseAddress, await fixture.PathAsync(route)).ToString());
        // The graph is the one thing drawn late: wait until cytoscape has laid it out.
        if (route.StartsWith("/links", StringComparison.Ordinal)) await page.Locator("#links-graph[data-rendered-nodes]").WaitForAsync();
        var violations = await ViolationsAsync(page, console);

        Assert.NotNull(await response!.HeaderValueAsync("content-security-policy"));
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        await page.CloseAsync();
    }

    [Fact]
    public async Task HeaderSuggestions_InChromium_RaiseNoContentSecurityPolicyViolation()
    {
        var (page, console) = await OpenAsync();

        await page.GotoAsync(fixture.BaseAddress.ToString());
        await page.Locator("#site-search").PressSequentiallyAsync("Qaddafi", new() { Delay = 20 });
        await page.Locator("#site-suggestions li[role=option]").First.WaitForAsync();
        var violations = await ViolationsAsync(page, console);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        await page.CloseAsync();
    }
}
