using BenghaziLink.Web.Links;

namespace BenghaziLink.Web.Tests.Links;

public sealed class AssociationTests
{
    // Each row: a stronger table (both, first only, second only, neither), then a weaker one with the same
    // number of shared sentences.
    [Theory]
    [InlineData(3, 0, 0, 997, 3, 27, 27, 943)]      // always together vs. both common: same 3 shared sentences
    [InlineData(3, 1, 1, 995, 3, 97, 97, 803)]      // nearly always together vs. everywhere
    [InlineData(10, 0, 5, 985, 10, 40, 40, 910)]    // one always beside the other vs. both widespread
    public void LogLikelihood_PairThatAlwaysCoOccurs_OutranksPairWhoseMembersAreEverywhere(
        int both, int firstOnly, int secondOnly, int neither, int both2, int firstOnly2, int secondOnly2, int neither2)
    {
        var strong = Association.LogLikelihood(both, firstOnly, secondOnly, neither);
        var weak = Association.LogLikelihood(both2, firstOnly2, secondOnly2, neither2);

        Assert.True(strong > weak, $"{strong} should exceed {weak}");
    }

    [Theory]
    [InlineData(3, 0, 7, 90)]
    [InlineData(1, 4, 0, 20)]
    [InlineData(12, 30, 2, 400)]
    public void LogLikelihood_SwappingThePair_GivesTheSameScore(int both, int firstOnly, int secondOnly, int neither)
    {
        var forward = Association.LogLikelihood(both, firstOnly, secondOnly, neither);
        var backward = Association.LogLikelihood(both, secondOnly, firstOnly, neither);

        Assert.True(forward > 0);
        Assert.Equal(forward, backward, 9);
    }

    [Theory]
    [InlineData(10, 10, 10, 10)]   // each in half the sentences, together in a quarter: chance
    [InlineData(1, 9, 9, 81)]      // each in a tenth, together in a hundredth: chance
    [InlineData(0, 5, 5, 90)]      // never together
    [InlineData(1, 20, 20, 59)]    // together less often than chance: repulsion is no connection
    [InlineData(0, 0, 0, 0)]       // no sentences at all
    public void LogLikelihood_IndependentOrRepelledPair_IsZero(int both, int firstOnly, int secondOnly, int neither)
    {
        var score = Association.LogLikelihood(both, firstOnly, secondOnly, neither);

        Assert.Equal(0, score, 9);
    }

    [Fact]
    public void LogLikelihood_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Association.LogLikelihood(-1, 0, 0, 10));
    }
}
