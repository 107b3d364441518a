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
    [InlineData("Qaddafi", "(\"Qaddafi\" OR \"Gaddafi\" OR \"Gadhafi\")")]
    [InlineData("Moammar Qaddafi", "\"Moammar\" AND (\"Qaddafi\" OR \"Gaddafi\" OR \"Gadhafi\")")]
    [InlineData("\"Qaddafi\"", "\"Qaddafi\"")]
    [InlineData("Qaddafi*", "\"Qaddafi\"*")]
    [InlineData("Libya -Qaddafi", "\"Libya\" NOT \"Qaddafi\"")]
    public void Build_WordWithVariants_FindsAnyOfThemUnlessTypedExactly(string input, string expected)
    {
        var variants = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["qaddafi"] = ["Gaddafi", "Gadhafi"] };

        Assert.Equal(expected, FtsQuery.Build(input, variants));
    }

    [Theory]
    [InlineData("Moammar Kadafi", 2)]
    [InlineData("Belmoktar", 1)]
    [InlineData("\"Belmoktar\"", 0)]
    [InlineData("Libya OR Mali", 0)]
    [InlineData("Belmok*", 0)]
    [InlineData("one two three four five", 0)]
    public void PlainWords_OnlyAPlainName_GivesItsWords(string input, int words) => Assert.Equal(words, FtsQuery.PlainWords(input).Count);

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
