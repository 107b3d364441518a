using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Articles;

public sealed class ArticleHighlightingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<AngleSharp.Dom.IDocument> ArticleAsync(string source)
    {
        var slug = await app.QueryAsync(db => db.Articles.Where(a => a.SourceName == source).Select(a => a.Slug).SingleAsync());
        return await app.GetDocumentAsync($"/articles/{slug}");
    }

    [Fact]
    public async Task Get_Article_HighlightsMentionsByTypeLinkedToTheirEntity()
    {
        var document = await ArticleAsync("002_d174590bf71b7283.txt");

        var mentions = document.QuerySelectorAll("article a.mention");

        Assert.Contains(mentions, m => m.ClassList.Contains("mention-person") && Html.VisibleText(m) == "Mokhtar Belmokhtar");
        Assert.Contains(mentions, m => m.ClassList.Contains("mention-group") && Html.VisibleText(m) == "AQIM");
        Assert.Contains(mentions, m => m.ClassList.Contains("mention-place") && Html.VisibleText(m) == "Libya");
        Assert.All(mentions, m => Assert.StartsWith("/entities/", m.GetAttribute("href"), StringComparison.Ordinal));
        var belmokhtar = mentions.Where(m => Html.VisibleText(m) is "Mokhtar Belmokhtar" or "Belmokhtar").Select(m => m.GetAttribute("href")).Distinct();
        Assert.Single(belmokhtar);
    }

    [Fact]
    public async Task Get_Article_MentionsTellScreenReadersTheirType()
    {
        var document = await ArticleAsync("002_d174590bf71b7283.txt");

        var mention = document.QuerySelectorAll("article a.mention-person").First(m => Html.VisibleText(m) == "Mokhtar Belmokhtar");

        Assert.Contains("(person", mention.QuerySelector(".visually-hidden")?.TextContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(mention.GetAttribute("title")));
    }

    [Fact]
    public async Task Get_Article_ShowsDatesWithTheirNormalisedValue()
    {
        var document = await ArticleAsync("000_7a814855182ce2fc.txt");

        var dates = document.QuerySelectorAll("article .date-mention");
        var lastWeek = dates.First(d => Html.VisibleText(d) == "last week");

        Assert.Equal("2013-W03", lastWeek.GetAttribute("data-value"));
        Assert.Equal("2013-W03", lastWeek.NextElementSibling?.TextContent);
        Assert.Contains("date: 2013-W03", lastWeek.QuerySelector(".visually-hidden")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(dates, d => Html.VisibleText(d) == "today" && d.GetAttribute("data-value") == "2013-01-23");
    }

    [Fact]
    public async Task Get_Article_HasALegendWithCounts()
    {
        var document = await ArticleAsync("000_7a814855182ce2fc.txt");

        var legend = document.QuerySelector("aside.legend");

        Assert.NotNull(legend);
        Assert.Matches(@"people \(\d+\)", legend.TextContent);
        Assert.Matches(@"dates \([1-9]\d*\)", legend.TextContent);
    }

    [Fact]
    public async Task Get_Article_HighlightingKeepsTheTextExactly()
    {
        var source = "001_c10d8d51cd459538.txt";
        var text = await app.QueryAsync(db => db.Articles.Where(a => a.SourceName == source).Select(a => a.Text).SingleAsync());

        var document = await ArticleAsync(source);

        foreach (var paragraph in document.QuerySelectorAll("article p.paragraph"))
        {
            var start = int.Parse(paragraph.GetAttribute("data-start")!, System.Globalization.CultureInfo.InvariantCulture);
            var shown = Html.VisibleText(paragraph);
            Assert.Equal(text.Substring(start, shown.Length), shown);
        }
    }
}
