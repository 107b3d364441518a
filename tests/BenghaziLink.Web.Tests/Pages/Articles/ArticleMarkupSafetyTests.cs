using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Pages.Articles;

public sealed class ArticleMarkupSafetyTests
{
    [Fact]
    public async Task Get_ArticleContainingHtml_ShowsItAsText()
    {
        using var app = new EmptyAppFactory();
        var path = Path.Combine(Path.GetTempPath(), $"markup-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "Headline <b>bold</b> claim\n\nA paragraph with <script>alert('x')</script> and <img src=x onerror=alert(1)> inside.\n");
        var summary = await app.WithScopeAsync(sp => sp.GetRequiredService<IngestionRunner>().IngestPathsAsync([path], null, CancellationToken.None));
        File.Delete(path);

        var document = await app.GetDocumentAsync($"/articles/{summary.Results.Single().Slug}");
        var search = await app.GetDocumentAsync("/search?q=alert");

        Assert.Empty(document.QuerySelectorAll("main script, main img, main b"));
        Assert.Contains("<script>alert('x')</script>", document.QuerySelector("article p.paragraph")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Headline <b>bold</b> claim", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(search.QuerySelectorAll("main script, main img"));
        Assert.Contains("<script>", search.QuerySelector(".snippet")!.TextContent, StringComparison.Ordinal);
    }
}
