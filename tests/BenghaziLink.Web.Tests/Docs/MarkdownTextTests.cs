using AngleSharp;
using AngleSharp.Dom;
using BenghaziLink.Web.Docs;
using Microsoft.AspNetCore.Html;

namespace BenghaziLink.Web.Tests.Docs;

public sealed class MarkdownTextTests
{
    [Fact]
    public async Task Document_RawHtml_RendersAsTextNotElements()
    {
        var doc = MarkdownText.Document("# Note\n\n<script>alert(1)</script>\n\nA line with <img src=x onerror=alert(1)> and <b onclick=\"x()\">bold</b>.\n\n<div>block</div>\n");

        var body = await ParseAsync(doc.Body);

        Assert.Empty(body.QuerySelectorAll("script, img, b, div"));
        Assert.DoesNotContain(body.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("<script>alert(1)</script>", body.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click here](javascript:alert(1))")]
    [InlineData("[click here](JavaScript:alert(1))")]
    [InlineData("[click here](java&#9;script:alert(1))")]
    [InlineData("[click here](<java script:alert(1)>)")]
    [InlineData("[click here](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click here](vbscript:msgbox)")]
    [InlineData("[click here][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)> click here")]
    [InlineData("<mailto:someone@example.com> click here")]
    [InlineData("![click here](https://example.com/pixel.png)")]
    public async Task Document_UnsafeLinkOrImage_KeepsTheWordsDropsTheLink(string markdown)
    {
        var doc = MarkdownText.Document(markdown);

        var body = await ParseAsync(doc.Body);

        Assert.Empty(body.QuerySelectorAll("a, img, script"));
        Assert.Contains("click here", body.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.com/report")]
    [InlineData("http://example.com/")]
    [InlineData("/claims?status=disputed")]
    [InlineData("#independent-origins")]
    [InlineData("method.md")]
    public async Task Document_HttpOrRelativeLink_IsKept(string url)
    {
        var doc = MarkdownText.Document($"See [the source]({url}).");

        var body = await ParseAsync(doc.Body);

        Assert.Equal(url, body.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Document_Headings_TitleTakenOutAndH2sListedWithTheirIds()
    {
        var doc = MarkdownText.Document("# The title\n\nIntro.\n\n## First part\n\n### A detail\n\n## Second *part*\n");

        var body = await ParseAsync(doc.Body);

        Assert.Equal("The title", doc.Title);
        Assert.Empty(body.QuerySelectorAll("h1"));
        Assert.Equal(["First part", "Second part"], doc.Contents.Select(h => h.Text));
        Assert.All(doc.Contents, h => Assert.Equal("H2", body.GetElementById(h.Id)?.TagName));
        Assert.NotNull(body.QuerySelector("h3[id]"));
    }

    [Fact]
    public async Task Document_PipeTable_RendersATable()
    {
        var doc = MarkdownText.Document("| What | Score |\n|---|---|\n| names | 0.5 |\n");

        var body = await ParseAsync(doc.Body);

        Assert.Equal(["What", "Score"], body.QuerySelectorAll("table thead th").Select(c => c.TextContent));
        Assert.Equal(["names", "0.5"], body.QuerySelectorAll("table tbody td").Select(c => c.TextContent));
    }

    [Fact]
    public async Task Inline_Emphasis_RendersEmWithoutAParagraph()
    {
        var html = MarkdownText.Inline("Belmokhtar's brigade (*al-Muwaqqi'un bil-Dima*), see [profile](/entities/x).");

        var body = await ParseAsync(html);

        Assert.Equal("al-Muwaqqi'un bil-Dima", body.QuerySelector("em")?.TextContent);
        Assert.Equal("/entities/x", body.QuerySelector("a")?.GetAttribute("href"));
        Assert.Empty(body.QuerySelectorAll("p"));
    }

    [Theory]
    [InlineData("1. Capital of Mali.", "ol")]
    [InlineData("# Capital of Mali.", "h1")]
    [InlineData("- Capital of Mali.", "ul")]
    [InlineData("> Capital of Mali.", "blockquote")]
    [InlineData("<b>Capital</b> of Mali.", "b")]
    public async Task Inline_BlockSyntaxOrHtml_StaysAsWritten(string markdown, string element)
    {
        var html = MarkdownText.Inline(markdown);

        var body = await ParseAsync(html);

        Assert.Empty(body.QuerySelectorAll(element));
        Assert.Equal(markdown, body.Body!.TextContent);
    }

    [Fact]
    public async Task Inline_JavascriptLink_KeepsTheWordsDropsTheLink()
    {
        var html = MarkdownText.Inline("A [militia](javascript:alert(1)) in Benghazi.");

        var body = await ParseAsync(html);

        Assert.Empty(body.QuerySelectorAll("a"));
        Assert.Equal("A militia in Benghazi.", body.Body!.TextContent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Inline_NoDescription_RendersNothing(string? markdown)
    {
        Assert.Equal("", MarkdownText.Inline(markdown).ToString());
    }

    [Theory]
    [InlineData("https://example.com", true)]
    [InlineData("HTTP://EXAMPLE.COM", true)]
    [InlineData("/entities/mokhtar-belmokhtar", true)]
    [InlineData("../method", true)]
    [InlineData("?q=x:y", true)]
    [InlineData("#a:b", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("mailto:a@example.com", false)]
    [InlineData("https:alert(1)", false)]
    public void IsSafeUrl_Url_AllowsOnlyHttpHttpsAndRelative(string url, bool safe)
    {
        Assert.Equal(safe, MarkdownText.IsSafeUrl(url));
    }

    private static Task<IDocument> ParseAsync(IHtmlContent html) =>
        BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html.ToString() ?? ""));
}
