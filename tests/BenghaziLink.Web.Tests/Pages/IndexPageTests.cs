using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Pages;

public sealed class IndexPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Get_Overview_ShowsCorpusCountsAndArticles()
    {
        var document = await app.GetDocumentAsync("/");

        Assert.Equal("5", document.QuerySelector("[data-count=articles]")?.TextContent.Trim());
        Assert.True(int.Parse(document.QuerySelector("[data-count=words]")!.TextContent.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) > 2000);
        Assert.Equal(5, document.QuerySelectorAll(".articles-table tbody tr").Length);
    }

    [Fact]
    public async Task Get_Overview_ShowsPublicationRangeToItsPrecision()
    {
        var document = await app.GetDocumentAsync("/");

        var times = document.QuerySelectorAll("dl.corpus-counts time").Select(t => t.GetAttribute("datetime")).ToList();

        // The oldest seed is known only to the month: it must not be shown as the 1st of March.
        Assert.Equal(["2012-03", "2016-03-19"], times);
        Assert.Contains("March 2012", document.QuerySelector("dl.corpus-counts")!.TextContent, StringComparison.Ordinal);
    }
}
