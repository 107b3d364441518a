using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Pages.Claims;

namespace BenghaziLink.Web.Tests.Pages.Claims;

/// <summary>A claim group said in words: its short form and its status sentence, on invented groups.</summary>
public sealed class ClaimWordsTests
{
    private static int nextId;

    private static MemberView Member(int article, int origin, string? outlet, ChainLink[] chain, decimal? value = null, string? qualifier = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var claim = new ClaimRef(id, article, $"article-{article}", $"Headline {article}", outlet, "2013-01-20", 0, 10, $"Words of claim {id}.", 1, Hedge.Attributed, "said", chain);
        return new MemberView(claim, origin, false, value, value is null ? null : "killed hostages", qualifier);
    }

    private static readonly ChainLink[] Official = [new("The Daily Courier", SourceClass.NewsOutlet, "the Daily Courier"), new("a senior Ruritanian official", SourceClass.AnonymousSource, "a senior Ruritanian official")];
    private static readonly ChainLink[] Minister = [new("Anna Kovacs", SourceClass.NamedPerson, "Anna Kovacs")];

    private static GroupView Group(GroupStatus status, MemberView[] members, OriginView[] origins, string? quantity = null, string? topic = null) =>
        new(1, status, quantity, topic, members.Select(m => m.Claim.ArticleId).Distinct().Count(), origins.Length, members, [], origins);

    [Fact]
    public void Status_TwoOriginsOneRelayedByThreeArticles_NamesEachWithItsArticles()
    {
        MemberView[] members = [Member(1, 1, "Wire A", Official), Member(2, 1, "Wire B", Official), Member(3, 1, "Wire C", Official), Member(4, 2, "Wire D", Minister)];
        OriginView[] origins = [new(1, "the Daily Courier's senior Ruritanian official", "one outlet's anonymous official", 3, 3), new(2, "Anna Kovacs", "a named person", 1, 1)];

        var words = ClaimWords.Status(Group(GroupStatus.Corroborated, members, origins));

        Assert.Equal("2 independent origins: the Daily Courier's senior Ruritanian official, relayed by 3 articles; and Anna Kovacs.", words);
    }

    [Fact]
    public void Status_ThreeOrigins_SeparatesThemWithSemicolonsAndAnAnd()
    {
        MemberView[] members = [Member(1, 1, "A", Minister), Member(2, 2, "B", []), Member(3, 3, "C", Official)];
        OriginView[] origins = [new(1, "Anna Kovacs", "", 1, 1), new(2, "B in its own voice", "", 1, 1), new(3, "an official", "", 1, 1)];

        var words = ClaimWords.Status(Group(GroupStatus.Corroborated, members, origins));

        Assert.Equal("3 independent origins: Anna Kovacs; B in its own voice; and an official.", words);
    }

    [Theory]
    [InlineData(3, "1 origin relayed by 3 articles: Anna Kovacs.")]
    [InlineData(1, "1 origin, in 1 article: Anna Kovacs.")]
    public void Status_SingleOrigin_SaysHowManyArticlesRelayIt(int articles, string expected)
    {
        var members = Enumerable.Range(1, articles).Select(a => Member(a, 1, $"Outlet {a}", Minister)).ToArray();

        var words = ClaimWords.Status(Group(GroupStatus.SingleOrigin, members, [new(1, "Anna Kovacs", "a named person", articles, articles)]));

        Assert.Equal(expected, words);
    }

    [Fact]
    public void Status_DisputedFigure_PutsTheValuesSideBySideBeforeTheOrigins()
    {
        MemberView[] members = [Member(1, 1, "Wire A", Minister, 37), Member(2, 2, "Wire B", Official, 38, "at least"), Member(3, 2, "Wire C", Official, 38, "at least")];
        OriginView[] origins = [new(1, "Anna Kovacs", "", 1, 1), new(2, "an official", "", 2, 2)];

        var words = ClaimWords.Status(Group(GroupStatus.Disputed, members, origins, quantity: "killed hostages"));

        Assert.Equal("Disputed: 37 (Wire A) against at least 38 (Wire B, Wire C). 2 independent origins: Anna Kovacs; and an official, relayed by 2 articles.", words);
    }

    [Fact]
    public void ShortForm_Figure_IsWhatItCountsAndTheValues()
    {
        MemberView[] members = [Member(1, 1, "Wire A", Minister, 37), Member(2, 2, "Wire B", Official, 38)];

        var shortForm = ClaimWords.ShortForm(Group(GroupStatus.Disputed, members, [], quantity: "killed hostages"));

        Assert.Equal("killed hostages – 37 or 38", shortForm);
    }

    [Theory]
    [InlineData("Ruritania and Freedonia: allegiance", "Ruritania and Freedonia: allegiance")]
    [InlineData(null, "“Words of claim")]
    public void ShortForm_Statement_IsItsTopicElseTheFirstReport(string? topic, string starts)
    {
        var shortForm = ClaimWords.ShortForm(Group(GroupStatus.SingleOrigin, [Member(1, 1, "Wire A", Minister)], [], topic: topic));

        Assert.StartsWith(starts, shortForm, StringComparison.Ordinal);
    }
}
