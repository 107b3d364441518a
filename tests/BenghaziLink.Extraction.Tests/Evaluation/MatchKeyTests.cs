using BenghaziLink.Extraction.Evaluation;

namespace BenghaziLink.Extraction.Tests.Evaluation;

public class MatchKeyTests
{
    [Theory]
    [InlineData("the Telegraph", "Telegraph")]
    [InlineData("The New York Times", "New York Times")]
    [InlineData("Al-Qaeda", "al Qaeda")]
    [InlineData("al-Qaeda", "AlQaeda")]
    [InlineData("Gaddafi’s", "Gaddafi")]
    [InlineData("Gaddafi's", "Gaddafi")]
    [InlineData("Reuters'", "Reuters")]
    [InlineData("U.S.", "US")]
    [InlineData("U.S.'s", "US")]
    [InlineData("In Aménas", "In Amenas")]
    [InlineData("Signed-in-Blood Battalion", "Signed in Blood  Battalion")]
    [InlineData("Ansar\u00a0al-Sharia", "Ansar al Sharia")]
    [InlineData("Al–Mourabitoun", "Al Mourabitoun")]
    public void Of_WritingVariants_GiveOneKey(string name, string variant)
    {
        var key = MatchKey.Of(name);

        Assert.Equal(MatchKey.Of(variant), key);
    }

    [Theory]
    [InlineData("Gaddafi", "Qaddafi")]
    [InlineData("Mokhtar Belmokhtar", "Mokhtar")]
    [InlineData("Theo", "O")]
    [InlineData("Chris", "Chri")]
    [InlineData("Al-Qaeda", "Al-Qaida")]
    public void Of_DifferentNames_StayApart(string name, string other)
    {
        var key = MatchKey.Of(name);

        Assert.NotEqual(MatchKey.Of(other), key);
    }

    [Theory]
    [InlineData("The", "the")]
    [InlineData("the Hague", "hague")]
    [InlineData("  ", "")]
    [InlineData("'s", "'s")]
    public void Of_EdgeCases_KeepWhatIsTheName(string name, string expected)
    {
        var key = MatchKey.Of(name);

        Assert.Equal(expected, key);
    }
}
