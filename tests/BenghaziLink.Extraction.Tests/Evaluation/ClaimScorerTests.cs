using System.Collections.Immutable;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Evaluation;

namespace BenghaziLink.Extraction.Tests.Evaluation;

/// <summary>
/// ClaimScorer: a gold claim is found when a predicted claim overlaps its quote; its chain is right when the
/// sources match in order, by entity names or, for unnamed sources, word by word. GroupingScorer counts pairs.
/// </summary>
public class ClaimScorerTests
{
    private const string Text = "The militants received aid from Libya, a source has told AFP. Officials said the siege ended on Saturday.";

    [Fact]
    public void Score_OverlappingClaimWithTheGoldChain_IsFoundWithTheRightChain()
    {
        var gold = Article(Gold("g1", "The militants received aid from Libya", "Agence France-Presse", "unnamed source"))
            with { Entities = [new EntityAnnotation(EntityType.Group, EntityKind.Media, "Agence France-Presse", ["AFP"])] };
        var predicted = Article(Predicted(0, 61, "AFP", "unnamed source"));

        var score = ClaimScorer.Score(gold, predicted, Text);

        Assert.Equal(new ClaimTally(1, 1, 1, 1, 1), score.Tally);
    }

    [Theory]
    [InlineData("senior Algerian official", "senior Algerian official with the ministry", true)]
    [InlineData("U.S. officials", "US officials", true)]
    [InlineData("third source", "second source", false)]
    public void Score_UnnamedSources_CompareWordByWord(string goldSource, string predictedSource, bool same)
    {
        var gold = Article(Gold("g1", "Officials said the siege ended", goldSource));
        var predicted = Article(Predicted(62, 105, predictedSource));

        var score = ClaimScorer.Score(gold, predicted, Text);

        Assert.Equal(same ? 1 : 0, score.Tally.ChainCorrect);
        Assert.Equal(1, score.Tally.Found);
    }

    [Fact]
    public void Score_SourcesInTheWrongOrder_IsAWrongChain()
    {
        var gold = Article(Gold("g1", "The militants received aid", "AFP", "unnamed source"));
        var predicted = Article(Predicted(0, 61, "unnamed source", "AFP"));

        var score = ClaimScorer.Score(gold, predicted, Text);

        Assert.Equal(1, score.Tally.Found);
        Assert.Equal(0, score.Tally.ChainCorrect);
    }

    [Fact]
    public void Score_NoOverlap_IsMissed()
    {
        var gold = Article(Gold("g1", "Officials said the siege ended"));
        var predicted = Article(Predicted(0, 61));

        var score = ClaimScorer.Score(gold, predicted, Text);

        Assert.Equal(0, score.Tally.Found);
        Assert.Null(score.Matches.Single().Predicted);
        Assert.Null(score.Tally.ChainAccuracy);
    }

    [Fact]
    public void Score_SeveralOverlapping_PrefersTheOneWithTheGoldChain()
    {
        var gold = Article(Gold("g1", "The militants received aid from Libya", "AFP"));
        var predicted = Article(Predicted(0, 61), Predicted(0, 61, "AFP"));

        var score = ClaimScorer.Score(gold, predicted, Text);

        Assert.Equal(1, score.Matches.Single().Predicted);
        Assert.True(score.Matches.Single().ChainCorrect);
    }

    [Fact]
    public void GroupingScorer_Pairs_CountsFoundAndPredictedPairsOfGoldClaims()
    {
        var clusters = ImmutableArray.Create(new GoldCluster("K1", "", ["a-1", "b-1", "c-1"], "agree"));
        var matches = new Dictionary<string, (string, int)> { ["a-1"] = ("a", 0), ["b-1"] = ("b", 0), ["c-1"] = ("c", 0), ["d-1"] = ("d", 0) };
        var groups = ImmutableArray.Create(
            new ClaimGroup(1, [new("a", 0, 0, false), new("b", 0, 0, true), new("d", 0, 1, false)], GroupStatus.Corroborated, null, [], 3, 2));

        var score = GroupingScorer.Score(clusters, matches, groups);

        // Gold pairs a-b, a-c, b-c; predicted a-b (right), a-d and b-d (wrong).
        Assert.Equal(new PairTally(3, 1, 3, 1), score.Pairs);
        Assert.Equal(2, score.Clusters.Single().InGroup);
        Assert.Equal<(string, string)>([("a-1", "c-1"), ("b-1", "c-1")], score.Missed);
        Assert.Equal<(string, string)>([("a-1", "d-1"), ("b-1", "d-1")], score.Spurious);
    }

    [Fact]
    public void GroupingScorer_Corroborated_JudgesGroupsWithTwoGoldClaimsByWhetherOneClusterHoldsThem()
    {
        var clusters = ImmutableArray.Create(new GoldCluster("K1", "", ["a-1", "b-1"], "agree"), new GoldCluster("K2", "", ["c-1", "d-1"], "agree"),
            new GoldCluster("K3", "", ["c-1", "f-1"], "disagree"));
        var matches = new Dictionary<string, (string, int)> { ["a-1"] = ("a", 0), ["b-1"] = ("b", 0), ["c-1"] = ("c", 0), ["d-1"] = ("d", 0), ["f-1"] = ("f", 0) };
        static ClaimGroup Group(int id, GroupStatus status, params (string Article, int Claim)[] members) =>
            new(id, [.. members.Select((m, i) => new GroupMember(m.Article, m.Claim, i, false))], status, null, [], members.Length, members.Length);
        var groups = ImmutableArray.Create(
            Group(1, GroupStatus.Corroborated, ("a", 0), ("b", 0), ("e", 0)),   // one cluster holds both gold claims: right
            Group(2, GroupStatus.Corroborated, ("b", 0), ("c", 0)),             // two clusters: wrong
            Group(3, GroupStatus.Corroborated, ("d", 0), ("e", 0)),             // one gold claim only: not judged
            Group(4, GroupStatus.SingleOrigin, ("c", 0), ("a", 0)),             // not called corroborated
            Group(5, GroupStatus.Corroborated, ("c", 0), ("f", 0)));            // one cluster, but it disagrees: wrong

        var score = GroupingScorer.Score(clusters, matches, groups);

        Assert.Equal(new CorroboratedTally(3, 1, 1), score.Corroborated);
    }

    [Fact]
    public void Score_TwoGoldClaimsOnOneQuote_EachTakesTheClauseItsParaphraseSays()
    {
        const string sentence = "Clinton said the attackers were linked, and that the militants were armed with weapons from Libya.";
        var gold = Article(
            Gold("g1", sentence, "Hillary Clinton") with { Paraphrase = "The attackers of both attacks were linked." },
            Gold("g2", sentence, "Hillary Clinton") with { Paraphrase = "The militants were armed with weapons that came from Libya." });
        var predicted = Article(
            new ClaimAnnotation(null, sentence[..38], ["Hillary Clinton"], null, [], new TextSpan(0, 38)),
            new ClaimAnnotation(null, sentence[44..], ["Hillary Clinton"], null, [], new TextSpan(44, sentence.Length)));

        var score = ClaimScorer.Score(gold, predicted, sentence);

        Assert.Equal([0, 1], score.Matches.Select(m => m.Predicted));
    }

    [Fact]
    public void Score_OneGoldClaimOverSeveralClauses_TakesTheLargerOverlap()
    {
        // A quote no other gold claim shares is matched by overlap alone: its paraphrase may summarise any of its clauses.
        var gold = Article(Gold("g1", "The militants received aid from Libya, a source has told AFP.") with { Paraphrase = "A source told AFP." });
        var predicted = Article(Predicted(0, 37), Predicted(0, 61));

        var score = ClaimScorer.Score(gold, predicted, Text);

        Assert.Equal(1, score.Matches.Single().Predicted);
    }

    private static ArticleAnnotations Article(params ClaimAnnotation[] claims) => new("a.txt", null, [], []) { Claims = [.. claims] };

    private static ClaimAnnotation Gold(string id, string quote, params string[] chain) => new(id, quote, [.. chain], null, []);

    private static ClaimAnnotation Predicted(int start, int end, params string[] chain) =>
        new(null, Text[start..end], [.. chain], ClaimAnnotation.HedgeName(Hedge.Attributed), [], new TextSpan(start, end));
}
