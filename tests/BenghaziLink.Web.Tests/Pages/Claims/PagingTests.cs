using BenghaziLink.Web.Pages;

namespace BenghaziLink.Web.Tests.Pages.Claims;

public sealed class PagingTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("3", 3)]
    [InlineData("0", 1)]
    [InlineData("-4", 1)]
    [InlineData("2.5", 1)]
    [InlineData("99999999999", 1)]
    [InlineData("abc", 1)]
    public void Read_QueryValue_IsAPageFromOne(string? text, int page)
    {
        Assert.Equal(page, Paging.Read(text));
    }

    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(5, 41, 3)]
    [InlineData(2, 41, 2)]
    [InlineData(3, 40, 2)]
    public void Clamp_PagePastTheEnd_IsTheLastPage(int page, int total, int shown)
    {
        Assert.Equal(shown, Paging.Clamp(page, total, 20));
    }

    [Fact]
    public void Url_Values_KeepsTheSetOnesEscapedAndLeavesOutTheFirstPage()
    {
        var url = Paging.Url("/claims", [("entity", "Al Qaeda & co"), ("status", null), ("q", ""), ("page", Paging.Value(1))], "list");
        var second = Paging.Url("/claims", [("q", "weapons"), ("page", Paging.Value(2))]);

        Assert.Equal("/claims?entity=Al%20Qaeda%20%26%20co#list", url);
        Assert.Equal("/claims?q=weapons&page=2", second);
    }

    [Fact]
    public void Paged_LastPage_HasPreviousButNoNext()
    {
        var paged = new Paged<int>([41], 3, 20, 41);

        Assert.Equal(3, paged.Pages);
        Assert.True(paged.HasPrevious);
        Assert.False(paged.HasNext);
        Assert.Equal(41, paged.First);
    }
}
