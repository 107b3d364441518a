using BenghaziLink.Extraction.Gazetteer;

namespace BenghaziLink.Extraction.Tests.Gazetteer;

public class PlaceNamesTests
{
    [Theory]
    [InlineData("Tébessa", "tebessa")]
    [InlineData("Mişrātah", "misratah")]
    [InlineData("Al Bayḑā’", "al bayda")]
    [InlineData("al-Bayda", "al bayda")]
    [InlineData("Guinea–Bissau", "guinea bissau")]
    [InlineData("  Tel   Aviv ", "tel aviv")]
    [InlineData("Sana'a", "sanaa")]
    [InlineData("Côte d’Ivoire", "cote divoire")]
    [InlineData("U.S.", "us")]
    [InlineData("Washington, D.C.", "washington, dc")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Gießen", "giessen")]
    [InlineData("Ærøskøbing", "aeroskobing")]
    [InlineData("Wādī ash Shāţiʾ", "wadi ash shati")]
    public void Fold_Name_GivesTheComparisonKey(string name, string expected)
    {
        var folded = PlaceNames.Fold(name);

        Assert.Equal(expected, folded);
    }

    [Fact]
    public void Fold_NameLongerThanTheBuffer_ReportsIt()
    {
        Span<char> buffer = stackalloc char[4];

        var length = PlaceNames.Fold("Benghazi", buffer);

        Assert.Equal(-1, length);
    }

    [Theory]
    [InlineData("Libya", true)]
    [InlineData("LIBYA", true)]
    [InlineData("al-Bayda", true)]
    [InlineData("el-Arish", true)]
    [InlineData("libya", false)]
    [InlineData("in Libya", false)]
    [InlineData("", false)]
    public void IsCapitalised_Name_TellsWhetherTextWritesItAsAName(string name, bool expected)
    {
        var capitalised = PlaceNames.IsCapitalised(name);

        Assert.Equal(expected, capitalised);
    }

    [Theory]
    [InlineData("US", true)]
    [InlineData("U.S.", true)]
    [InlineData("UAE", true)]
    [InlineData("the West", true)]
    [InlineData("Libya", false)]
    [InlineData("LIBERIA", false)]
    public void IsExact_Name_TellsWhetherItMatchesOnlyAsWritten(string name, bool expected)
    {
        var exact = PlaceNames.IsExact(name);

        Assert.Equal(expected, exact);
    }
}
