using System.Globalization;
using System.Net;
using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Pages.Method;

public sealed class MethodPageTests(EmptyAppFactory app) : IClassFixture<EmptyAppFactory>
{
    [Fact]
    public async Task Get_Method_RendersTheNoteWithATitleAndSections()
    {
        var document = await app.GetDocumentAsync("/method");

        Assert.Equal(HttpStatusCode.OK, (HttpStatusCode)document.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("main h1")?.TextContent));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.True(document.QuerySelectorAll("article.reader-doc h2").Length >= 5, "The note has a section for each part of the method.");
    }

    [Fact]
    public async Task Get_Method_ContentsLinkToEveryH2ByItsId()
    {
        var document = await app.GetDocumentAsync("/method");

        var sections = document.QuerySelectorAll("article.reader-doc h2").Select(h => h.Id).ToList();
        var targets = document.QuerySelectorAll("nav.doc-contents a").Select(a => a.GetAttribute("href") ?? "").ToList();
        Assert.All(sections, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(sections.Select(id => $"#{id}"), targets);
        Assert.All(sections, id => Assert.Equal("H2", document.GetElementById(id!)?.TagName));
    }

    [Fact]
    public async Task Get_Method_HasATableOfScoresBetweenZeroAndOne()
    {
        var document = await app.GetDocumentAsync("/method");

        var scores = document.QuerySelectorAll("article.reader-doc table")
            .Where(t => t.QuerySelector("thead th") is not null)
            .SelectMany(t => t.QuerySelectorAll("tbody td"))
            .Select(td => decimal.TryParse(td.TextContent.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null)
            .OfType<decimal>().ToList();
        Assert.True(scores.Count >= 6, "The reliability table gives the measured scores as numbers.");
        Assert.All(scores, s => Assert.InRange(s, 0m, 1m));
    }

    [Fact]
    public async Task Get_Method_CarriesNoScriptOrInlineStyle()
    {
        var document = await app.GetDocumentAsync("/method");

        var article = document.QuerySelector("article.reader-doc")!;
        Assert.Empty(article.QuerySelectorAll("script, style, img, iframe, [style]"));
        Assert.DoesNotContain(article.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? ""), h => h.Contains(':', StringComparison.Ordinal) && !h.StartsWith("http", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Get_AnyPage_FooterLinksToTheMethod()
    {
        var document = await app.GetDocumentAsync("/");

        Assert.NotNull(document.QuerySelector("footer a[href='/method']"));
    }

    [Fact]
    public async Task Get_Claims_LinksToTheMethodSectionOnOrigins()
    {
        var claims = await app.GetDocumentAsync("/claims");
        var method = await app.GetDocumentAsync("/method");

        var href = claims.QuerySelector("main a[href^='/method#']")?.GetAttribute("href");
        Assert.NotNull(href);
        Assert.Equal("H2", method.GetElementById(href["/method#".Length..])?.TagName);
    }
}
