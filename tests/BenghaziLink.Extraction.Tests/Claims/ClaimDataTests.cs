using BenghaziLink.Extraction.Claims;

namespace BenghaziLink.Extraction.Tests.Claims;

/// <summary>The word lists the claim processors read from <c>Claims/Data</c>: their form, and a word of each read back.</summary>
public class ClaimDataTests
{
    [Theory]
    [InlineData("denials.tsv", 2, 2)]
    [InlineData("attack-words.tsv", 2, 2)]
    [InlineData("quantity-words.tsv", 2, 3)]
    [InlineData("openers.tsv", 2, 2)]
    public void Rows_DataFile_HaveTheirCells(string file, int fewest, int most)
    {
        var rows = ClaimWords.Rows(file).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.InRange(r.Length, fewest, most));
    }

    [Theory]
    [InlineData("The ministry could not independently confirm the figure.", Hedge.Denied)]
    [InlineData("The company has not yet verified the account.", Hedge.Denied)]
    [InlineData("The embassy had no comment on Sunday.", Hedge.Denied)]
    [InlineData("The ministry confirmed the figure.", Hedge.Attributed)]
    [InlineData("The denials were printed on Sunday.", Hedge.Attributed)]
    public void HedgeOf_DenialWordsFromDataFile_Decide(string words, Hedge hedge)
    {
        var source = new ClaimSource("ministry", SourceClass.GovernmentBody, new TextSpan(0, 3), "the");

        var read = HedgeReader.HedgeOf(words, [source]);

        Assert.Equal(hedge, read);
    }

    [Theory]
    [InlineData("The ambush on the convoy", "ambush", false)]
    [InlineData("after both attacks on the towns", "both attacks", true)]
    [InlineData("the hostage crisis ended", "hostage crisis", false)]
    public void AttackWord_WordFromDataFile_Matches(string text, string word, bool both)
    {
        var match = EventReader.AttackWord().Match(text);

        Assert.Equal(word, match.Value);
        Assert.Equal(both, match.Groups["both"].Success);
    }

    [Fact]
    public void AttackWord_WordInsideAnother_DoesNotMatch()
    {
        var matched = EventReader.AttackWord().IsMatch("The raiders praised the sieges in a speech.");

        Assert.False(matched);
    }
}
