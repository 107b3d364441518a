using System.Text.Json;
using System.Text.RegularExpressions;

namespace BenghaziLink.Web.Tests.Browser;

public sealed class LinksGraphTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task LinksPage_InChromium_DrawsEveryNodeAndOpensANodesPageOnClick()
    {
        var (page, problems) = await fixture.NewWatchedPageAsync();

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/links?type=group&type=person&associations=true").ToString());
        var graph = page.Locator("#links-graph[data-rendered-nodes]");
        await graph.WaitForAsync();
        var drawn = int.Parse((await graph.GetAttributeAsync("data-rendered-nodes"))!, System.Globalization.CultureInfo.InvariantCulture);
        var embedded = JsonDocument.Parse(await page.Locator("#links-data").TextContentAsync() ?? "{}").RootElement.GetProperty("nodes").GetArrayLength();
        var canvases = await page.Locator("#links-graph canvas").CountAsync();
        // cytoscape keeps its instance on its container (_cyreg); the page itself exposes no global.
        var position = await page.EvaluateAsync<JsonElement>(@"() => {
            const cy = document.getElementById('links-graph')._cyreg.cy;
            const node = cy.nodes('[type = ""article""]')[0];
            const box = document.getElementById('links-graph').getBoundingClientRect();
            const p = node.renderedPosition();
            return { x: box.left + p.x, y: box.top + p.y, url: node.data('url') };
        }");
        await page.Mouse.ClickAsync(position.GetProperty("x").GetSingle(), position.GetProperty("y").GetSingle());
        await page.WaitForURLAsync(new Regex(Regex.Escape(position.GetProperty("url").GetString()!) + "$"));

        Assert.Equal(embedded, drawn);
        Assert.True(canvases > 0);
        Assert.Empty(problems);
        await page.CloseAsync();
    }
}
