using System.Net;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Articles;

public sealed class ArticleDetailsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<string> SlugOfAsync(string sourceName) =>
        app.QueryAsync(db => db.Articles.Where(a => a.SourceName == sourceName).Select(a => a.Slug).SingleAsync());

    [Fact]
    public async Task Get_Article_ShowsHeadlineMetadataAndEveryParagraph()
    {
        var slug = await SlugOfAsync("002_d174590bf71b7283.txt");
        var stored = await app.QueryAsync(db => db.ArticleBlocks.CountAsync(b => db.Articles.Any(a => a.Id == b.ArticleId && a.Slug == slug) && b.Kind == BlockKind.Paragraph));

        var document = await app.GetDocumentAsync($"/articles/{slug}");

        Assert.Equal("Algeria Hostage Crisis: The Libya Connection", Html.Squash(document.QuerySelector("h1#headline")?.TextContent));
        Assert.Contains("ABC News Radio", document.QuerySelector("[data-meta=outlet]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("stated in text", document.QuerySelector("[data-meta=outlet]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("“Copyright 2013 ABC News Radio”", document.QuerySelector("[data-meta=outlet] .basis")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2013-01-22", document.QuerySelector("[data-meta=published] time")?.GetAttribute("datetime"));
        Assert.Equal("WASHINGTON", document.QuerySelector("[data-meta=dateline]")?.TextContent.Trim());
        Assert.True(stored >= 10);
        Assert.Equal(stored, document.QuerySelectorAll("article p.paragraph").Length);
    }

    [Fact]
    public async Task Get_Article_SetsFurnitureApartWithoutDroppingIt()
    {
        var slug = await SlugOfAsync("002_d174590bf71b7283.txt");

        var document = await app.GetDocumentAsync($"/articles/{slug}");

        var navigation = document.QuerySelector("aside.furniture-navigation");
        Assert.NotNull(navigation);
        Assert.Contains("| Main |", navigation.TextContent, StringComparison.Ordinal);
        var credit = document.QuerySelector("p.paragraph .inline-furniture");
        Assert.Equal("Hemera/Thinkstock", Html.VisibleText(credit));
        Assert.StartsWith("Hemera/Thinkstock(WASHINGTON) -- The terrorist leader", Html.VisibleText(credit?.ParentElement), StringComparison.Ordinal);
        Assert.Equal("WASHINGTON", Html.VisibleText(document.QuerySelector("p.paragraph .dateline")).Trim('(', ')', ' '));
        Assert.NotNull(document.QuerySelector("aside.furniture-copyright"));
    }

    [Fact]
    public async Task Get_ArticleWithRelatedList_ShowsItAsFurniture()
    {
        var slug = await SlugOfAsync("003_a27e712fb30317c0.txt");

        var document = await app.GetDocumentAsync($"/articles/{slug}");

        var related = document.QuerySelector("aside.furniture-relatedarticles");
        Assert.NotNull(related);
        Assert.Contains("Chengriha", related.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(document.QuerySelectorAll("p.paragraph"), p => p.TextContent.Contains("Chengriha", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_UnknownSlug_ReturnsFriendly404()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/articles/no-such-article", UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("header form[role=search]"));
    }

    [Theory]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/articles/no-such-article/related")]
    public async Task Get_ApiUnknownSlug_ReturnsProblemJson(string url)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
