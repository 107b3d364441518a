using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Pages.Articles;

public sealed class ArticlesIndexTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Get_Articles_ListsEveryArticleWithHeadlineOutletDateAndWords()
    {
        var document = await app.GetDocumentAsync("/articles");

        var rows = document.QuerySelectorAll(".articles-table tbody tr");
        Assert.Equal(5, rows.Length);
        var headlines = rows.Select(r => Html.Squash(r.QuerySelector("td a")!.TextContent)).ToList();
        Assert.Contains("Algeria Hostage Crisis: The Libya Connection", headlines);
        Assert.Contains("Al-Qaeda Chief Buying Arms in Libya", headlines);
        Assert.All(rows, r => Assert.Equal(4, r.QuerySelectorAll("td").Length));
        Assert.All(rows, r => Assert.True(int.Parse(r.QuerySelectorAll("td")[3].TextContent.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) > 100));
        var abc = rows.Single(r => Html.Squash(r.TextContent).Contains("Libya Connection", StringComparison.Ordinal));
        Assert.Equal("ABC News Radio", abc.QuerySelectorAll("td")[1].TextContent.Trim());
    }

    [Fact]
    public async Task Get_Articles_ShowsDateProvenance()
    {
        var document = await app.GetDocumentAsync("/articles");

        var badges = document.QuerySelectorAll(".articles-table .provenance").Select(b => b.TextContent.Trim()).ToList();

        Assert.Equal(5, badges.Count);
        Assert.Contains("stated in text", badges);
        Assert.Contains("inferred", badges);
        Assert.Contains("curated", badges);
        Assert.All(document.QuerySelectorAll(".articles-table .provenance"), b => Assert.False(string.IsNullOrWhiteSpace(b.GetAttribute("title"))));
    }

    [Theory]
    [InlineData("OldestFirst", false)]
    [InlineData("NewestFirst", true)]
    public async Task Get_ArticlesSortedByDate_AreInDateOrder(string sort, bool descending)
    {
        var document = await app.GetDocumentAsync($"/articles?sort={sort}");

        var dates = document.QuerySelectorAll(".articles-table tbody tr time").Select(t => t.GetAttribute("datetime")!).ToList();

        var expected = descending ? dates.OrderDescending(StringComparer.Ordinal) : dates.Order(StringComparer.Ordinal);
        Assert.Equal(5, dates.Count);
        Assert.Equal(expected, dates);
    }

    [Fact]
    public async Task Get_Articles_OffersTheOppositeDateSort()
    {
        var document = await app.GetDocumentAsync("/articles");

        var link = document.QuerySelector("#sort-date")?.GetAttribute("href");

        Assert.Equal("/articles?sort=OldestFirst", link);
    }
}
