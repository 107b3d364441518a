using BenghaziLink.Web.Search;

namespace BenghaziLink.Web.Tests.Search;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("Belmokhtar", "\"Belmokhtar\"")]
    [InlineData("Belmokhtar weapons", "\"Belmokhtar\" AND \"weapons\"")]
    [InlineData("\"Sahara Media\"", "\"Sahara Media\"")]
    [InlineData("Belmokh*", "\"Belmokh\"*")]
    [InlineData("Bamako OR Benghazi", "(\"Bamako\" OR \"Benghazi\")")]
    [InlineData("Libya -Mali", "\"Libya\" NOT \"Mali\"")]
    [InlineData("Libya NOT Mali", "\"Libya\" NOT \"Mali\"")]
    [InlineData("al-Qaeda", "\"al-Qaeda\"")]
    [InlineData("Gaddafi’s", "\"Gaddafi’s\"")]
    [InlineData("col:Libya", "\"col Libya\"")]
    [InlineData("a\"b", "\"a\" AND \"b\"")]
    [InlineData("NEAR(a b)", "\"NEAR a\" AND \"b\"")]
    [InlineData("or", "\"or\"")]
    public void Build_UserInput_QuotesEveryTerm(string input, string expected)
    {
        var query = FtsQuery.Build(input);

        Assert.Equal(expected, query);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"\"")]
    [InlineData("AND OR NOT")]
    [InlineData("-Libya")]
    [InlineData("(((")]
    public void Build_NothingToSearchFor_ReturnsNull(string? input)
    {
        Assert.Null(FtsQuery.Build(input));
    }

    [Fact]
    public void Build_VeryLongInput_KeepsAtMostMaxTerms()
    {
        var input = string.Join(' ', Enumerable.Range(0, 500).Select(i => $"w{i}"));

        var query = FtsQuery.Build(input)!;

        Assert.Equal(FtsQuery.MaxTerms, query.Split(" AND ").Length);
    }
}
