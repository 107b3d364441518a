using BenghaziLink.Web.Links;

namespace BenghaziLink.Web.Tests.Links;

public sealed class RelatedScoringTests
{
    [Theory]
    [InlineData(2, 5, 5)]     // shared by two of five articles vs. by all five (Libya)
    [InlineData(2, 4, 5)]
    [InlineData(2, 50, 100)]
    [InlineData(3, 90, 100)]
    public void Weight_RareEntity_WeighsMoreThanUbiquitousOne(int rare, int common, int articles)
    {
        var rareWeight = RelatedScoring.Weight(rare, articles);
        var commonWeight = RelatedScoring.Weight(common, articles);

        Assert.True(rareWeight > commonWeight, $"{rareWeight} should exceed {commonWeight}");
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(100, 100)]
    public void Weight_EntityInEveryArticle_IsSmallButNotZero(int articlesWithIt, int articles)
    {
        var weight = RelatedScoring.Weight(articlesWithIt, articles);

        Assert.InRange(weight, 0.001, 0.2);
    }

    // Shared entities as (articles mentioning it) lists, in a corpus of 5: one rare shared name beats one
    // ubiquitous name, and even two ubiquitous ones.
    [Theory]
    [InlineData(new[] { 2 }, new[] { 5 })]
    [InlineData(new[] { 2 }, new[] { 5, 5 })]
    [InlineData(new[] { 2, 5 }, new[] { 3, 5 })]
    public void Score_RareSharedEntity_ScoresHigherThanUbiquitousOne(int[] rare, int[] common)
    {
        var rareScore = RelatedScoring.Score(rare.Select(df => RelatedScoring.Weight(df, 5)));
        var commonScore = RelatedScoring.Score(common.Select(df => RelatedScoring.Weight(df, 5)));

        Assert.True(rareScore > commonScore, $"{rareScore} should exceed {commonScore}");
    }

    [Theory]
    [InlineData("Mokhtar Belmokhtar|Signed-in-Blood Battalion|In Amenas", "2013-01-16",
        "Both mention Mokhtar Belmokhtar, Signed-in-Blood Battalion and In Amenas; both date events to 16 January 2013.")]
    [InlineData("Libya", "", "Both mention Libya.")]
    [InlineData("A|B|C|D|E", "", "Both mention A, B and C (and 2 more).")]
    [InlineData("", "2012-09|2012-09-11", "Both date events to September 2012 and 11 September 2012.")]
    [InlineData("", "", "")]
    public void Reason_SharedNamesAndDates_AreSaidInPlainWords(string entities, string dates, string expected)
    {
        static string[] Split(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries);

        var reason = RelatedScoring.Reason(Split(entities), Split(dates));

        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData("2013-01-16", "16 January 2013")]
    [InlineData("2013-01", "January 2013")]
    [InlineData("2013", "2013")]
    [InlineData("2013-W03", "2013-W03")]
    public void FormatDate_IsoValue_ReadsAsEnglish(string value, string expected)
    {
        Assert.Equal(expected, RelatedScoring.FormatDate(value));
    }
}
