using System.Collections.Immutable;
using System.Text.Json;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Claims.Matching;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Claims;

/// <summary>
/// <see cref="ClaimGrouping"/> against <see cref="ClaimGrouper.Group"/>: adding articles one by one, in the order
/// ingested, must give the groups the batch gives over the same articles, and report as changed exactly the groups
/// that differ from those before.
/// </summary>
public sealed class ClaimGroupingTests
{
    private static readonly Lazy<List<ArticleClaims>> Seeds = new(() =>
    {
        var pipeline = ExtractionPipelineBuilder.CreateDefault(SpecFiles.SeedCatalog());
        return [.. SpecFiles.SeedNames().Select((name, k) => new ArticleClaims(name, $"2013-01-{10 + k:00}", pipeline.Process(SpecFiles.SeedText(name), new(name, null)).Claims))];
    });

    /// <summary>
    /// The seeds three times over under other names, the copies in another order than the seeds and some published
    /// before articles added earlier (so an article added later can be the first to carry an origin).
    /// </summary>
    private static List<ArticleClaims> Synthetic()
    {
        var seeds = Seeds.Value;
        var copies = new List<ArticleClaims>(seeds);
        for (var k = 1; k <= 2; k++)
        {
            copies.AddRange(seeds.AsEnumerable().Reverse().Select((a, i) => a with { Article = $"copy{k}_{a.Article}", Published = $"2013-0{k}-{20 - i:00}" }));
        }
        return copies;
    }

    /// <summary>A vector for every claim content, the same for the same words: cosines vary from pair to pair, as real meanings do.</summary>
    private static Dictionary<string, float[]> Meanings(IEnumerable<ArticleClaims> articles)
    {
        var meanings = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var content in articles.SelectMany(a => a.Claims).Select(ClaimContent.Of))
        {
            var key = MeaningKey.Of(content);
            var random = new Random(StringComparer.Ordinal.GetHashCode(key) & 0x7fff_ffff);
            meanings.TryAdd(key, [.. Enumerable.Range(0, 8).Select(_ => (float)random.NextDouble())]);
        }
        return meanings;
    }

    private static string Serialised(IEnumerable<ClaimGroup> groups) => JsonSerializer.Serialize(groups);

    [Fact]
    public void Add_SeedsOneByOne_GivesTheBatchGroupsAfterEveryArticle()
    {
        var grouping = new ClaimGrouping();
        foreach (var article in Seeds.Value)
        {
            grouping.Add(article);
            Assert.Equal(Serialised(ClaimGrouper.Group(grouping.Articles)), Serialised(grouping.Groups));
        }
        Assert.NotEmpty(grouping.Groups);
    }

    [Fact]
    public void Add_SyntheticCorpusWithMeanings_GivesTheBatchGroupsAfterEveryArticle()
    {
        var articles = Synthetic();
        var meanings = Meanings(articles);
        var grouping = new ClaimGrouping(meanings);
        foreach (var article in articles)
        {
            grouping.Add(article);
            Assert.Equal(Serialised(ClaimGrouper.Group(grouping.Articles, meanings)), Serialised(grouping.Groups));
        }
        Assert.Contains(grouping.Groups, g => g.Articles > 3);
        // Some articles leave every earlier statement's topics as they were: the walk went on from where it stopped.
        Assert.True(grouping.WalksResumed > 0);
    }

    [Fact]
    public void AddRange_InSeveralSteps_GivesTheBatchGroups()
    {
        var articles = Synthetic();
        var grouping = new ClaimGrouping(commonShare: 0.2);
        grouping.AddRange(articles.Take(4));
        grouping.AddRange(articles.Skip(4).Take(7));
        grouping.AddRange(articles.Skip(11));
        Assert.Equal(Serialised(ClaimGrouper.Group(articles, commonShare: 0.2)), Serialised(grouping.Groups));
    }

    [Fact]
    public void Add_Changes_TurnTheGroupsBeforeIntoTheGroupsAfter()
    {
        var grouping = new ClaimGrouping();
        var held = new List<ClaimGroup>();
        var changedAtAll = 0;
        foreach (var article in Synthetic())
        {
            var changes = grouping.Add(article);
            held = [.. held.Where(g => !changes.Removed.Contains(g)), .. changes.Added];
            changedAtAll += changes.Added.Length;
            Assert.Equal(
                grouping.Groups.Select(g => Serialised([g with { Id = 0 }])).Order(StringComparer.Ordinal),
                held.Select(g => Serialised([g with { Id = 0 }])).Order(StringComparer.Ordinal));
        }
        Assert.True(changedAtAll > 0);
    }

    [Fact]
    public void Current_AfterAnAdd_KeepsTheUnchangedGroupsAsTheSameObjectsInTheOrderNumbered()
    {
        var grouping = new ClaimGrouping();
        grouping.AddRange(Seeds.Value.Take(3));
        var before = grouping.Current.ToList();

        var changes = grouping.Add(Seeds.Value[3]);

        var kept = before.Where(g => !changes.Removed.Contains(g)).ToList();
        Assert.NotEmpty(kept);
        Assert.All(kept, g => Assert.Contains(grouping.Current, c => ReferenceEquals(c, g)));
        Assert.Equal(Serialised(grouping.Groups), Serialised(grouping.Current.Select((g, i) => g with { Id = i + 1 })));
    }

    [Fact]
    public void Add_ArticleWithoutClaims_ChangesNoGroup()
    {
        var grouping = new ClaimGrouping();
        grouping.AddRange(Seeds.Value);

        var changes = grouping.Add(new ArticleClaims("empty.txt", "2013-02-01", ImmutableArray<Claim>.Empty));

        Assert.True(changes.IsEmpty);
        Assert.NotEmpty(grouping.Groups);
        Assert.Equal(1, grouping.WalksResumed);
    }

    /// <summary>
    /// Topic groups with equal counts and first members are listed in the order of their members written out
    /// ("12,40" before "123"): the comparer that replaced the written-out lists must keep that order, or group numbers
    /// would change.
    /// </summary>
    [Theory]
    [InlineData("12,40", "123")]
    [InlineData("12", "123")]
    [InlineData("123", "13")]
    [InlineData("1,2", "1,2,3")]
    [InlineData("1,9", "1,10")]
    [InlineData("1,2", "1,2")]
    [InlineData("5,100,7", "5,100,60")]
    public void MemberList_Compare_OrdersAsTheMembersWrittenOut(string x, string y)
    {
        static List<int> Parse(string text) => [.. text.Split(',').Select(int.Parse)];
        var expected = Math.Sign(string.CompareOrdinal(x, y));

        var compared = Math.Sign(ClaimGrouper.MemberList.Instance.Compare(Parse(x), Parse(y)));
        var reversed = Math.Sign(ClaimGrouper.MemberList.Instance.Compare(Parse(y), Parse(x)));

        Assert.Equal(expected, compared);
        Assert.Equal(-expected, reversed);
        Assert.Equal(expected == 0, ClaimGrouper.MemberList.Instance.Equals(Parse(x), Parse(y)));
    }
}
