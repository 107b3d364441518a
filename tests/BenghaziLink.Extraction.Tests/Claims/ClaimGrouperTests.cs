using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Claims;

/// <summary>
/// ClaimGrouper on small hand-written articles, each run through the default pipeline: figures of one event
/// disagree or agree, the same source relayed by two articles is one origin (the later article an echo),
/// different sources are independent, counts of events years apart are not grouped, one article alone makes no
/// group, and unrelated claims stay apart.
/// </summary>
public class ClaimGrouperTests
{
    [Fact]
    public void Group_DifferentCountsOfOneEvent_AreDisputedWithTheValuesSideBySide()
    {
        var articles = Articles(
            ("a.txt", "2013-01-20", "At least 30 hostages were killed in the siege at the gas plant in Algeria on Saturday, the Algerian government said."),
            ("b.txt", "2013-01-22", "Thirty-two foreign hostages were killed in the siege in Algeria on Saturday, according to Reuters."));

        var groups = ClaimGrouper.Group(articles);

        var figure = Assert.Single(groups, g => g.Quantity is not null);
        Assert.Equal(GroupStatus.Disputed, figure.Status);
        Assert.Equal("killed hostages", figure.Quantity);
        Assert.Equal([30m, 32m], figure.Values.Select(v => v.Value).Order());
        Assert.Contains(figure.Values, v => v.Qualifier == "at least");
        Assert.Equal(2, figure.Articles);
    }

    [Fact]
    public void Group_SameCountOfOneEvent_AgreesAndCountsBothOrigins()
    {
        var articles = Articles(
            ("a.txt", "2013-01-20", "The siege in Algeria ended on Saturday with 29 kidnappers killed, the Algerian government said."),
            ("b.txt", "2013-01-21", "Some 29 militants were killed when the siege in Algeria ended on Saturday, according to Reuters."));

        var groups = ClaimGrouper.Group(articles);

        var figure = Assert.Single(groups, g => g.Quantity is not null);
        Assert.Equal(GroupStatus.Corroborated, figure.Status);
        Assert.Equal(2, figure.Origins);
        Assert.Equal("killed attackers", figure.Quantity);
    }

    [Fact]
    public void Group_CountsOfEventsYearsApart_AreNotGrouped()
    {
        var articles = Articles(
            ("a.txt", "2010-05-20", "In May 2010 an attack on a barracks in Algeria left 12 soldiers dead."),
            ("b.txt", "2013-01-21", "In January 2013 an attack on a gas plant in Algeria left 40 soldiers dead."));

        var groups = ClaimGrouper.Group(articles);

        Assert.DoesNotContain(groups, g => g.Quantity is not null);
    }

    [Fact]
    public void Group_SameSourceRelayedByTwoArticles_IsOneOriginAndTheLaterArticleEchoes()
    {
        var articles = Articles(
            ("a.txt", "2013-01-20", "A senior Algerian official told the New York Times that Egyptian militants who attacked the consulate in Benghazi also took part in the siege at the gas plant in Algeria."),
            ("b.txt", "2013-01-25", "Egyptian militants who attacked the consulate in Benghazi also took part in the siege at the gas plant in Algeria, a senior Algerian official told the New York Times."));

        var groups = ClaimGrouper.Group(articles);

        var group = Assert.Single(groups);
        Assert.Equal(GroupStatus.SingleOrigin, group.Status);
        Assert.Equal(2, group.Articles);
        Assert.Equal(1, group.Origins);
        Assert.Equal(["b.txt"], group.Members.Where(m => m.Echo).Select(m => m.Article));
    }

    [Fact]
    public void Group_SameFactFromDifferentSources_IsCorroboratedByIndependentOrigins()
    {
        var articles = Articles(
            ("a.txt", "2013-01-20", "A senior Algerian official told the New York Times that Egyptian militants who attacked the consulate in Benghazi also took part in the siege at the gas plant in Algeria."),
            ("b.txt", "2013-01-25", "Egyptian fighters from the assault on the Benghazi consulate were involved in the siege at a gas plant in Algeria, a French intelligence source told Reuters."),
            ("c.txt", "2013-01-28", "Egyptians who stormed the consulate in Benghazi went on to take part in the siege of a gas plant in Algeria."));

        // c.txt says it in its own voice: its origin is named as the host names the article (its outlet), not by file.
        var groups = ClaimGrouper.Group([.. articles.Select(a => a.Article == "c.txt" ? a with { Voice = "The Desert Courier" } : a)]);

        var group = Assert.Single(groups, g => g.Status != GroupStatus.Related);
        Assert.Equal(GroupStatus.Corroborated, group.Status);
        Assert.Equal(3, group.Articles);
        Assert.Equal(["New York Times' senior Algerian official", "Reuters' French intelligence source", "The Desert Courier in its own voice"], group.OriginDetails.Select(o => o.Label));
        Assert.Equal(3, group.Origins);
        Assert.DoesNotContain(group.Members, m => m.Echo);
    }

    [Fact]
    public void Group_SameWordsInTwoArticlesWithoutASource_AreOneOriginByTextReuse()
    {
        var articles = Articles(
            ("a.txt", "2013-01-20", "Egyptian militants who attacked the consulate in Benghazi also took part in the siege at the gas plant in Algeria."),
            ("b.txt", "2013-01-25", "Egyptian militants who attacked the consulate in Benghazi also took part in the siege at the gas plant in Algeria, officials in Paris believe."));

        var groups = ClaimGrouper.Group(articles);

        var group = Assert.Single(groups, g => g.Status != GroupStatus.Related);
        Assert.Equal(GroupStatus.SingleOrigin, group.Status);
        var origin = Assert.Single(group.OriginDetails);
        Assert.Contains("text shared verbatim with", origin.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_OneArticleRepeatingAStatement_MakesNoGroupUntilAnotherArticleStatesIt()
    {
        const string Statement = "Egyptian militants from the Benghazi attack took part in the siege at the gas plant in Algeria.";
        const string Other = "The central bank in Tunis raised interest rates on Monday.";
        var alone = Articles(("a.txt", "2013-01-20", $"{Statement} {Statement}"), ("b.txt", "2013-01-25", Other));
        var echoed = Articles(("a.txt", "2013-01-20", $"{Statement} {Statement}"), ("b.txt", "2013-01-25", $"{Other} {Statement}"));

        var withoutSecondArticle = ClaimGrouper.Group(alone);
        var withSecondArticle = ClaimGrouper.Group(echoed);

        Assert.Empty(withoutSecondArticle);
        var group = Assert.Single(withSecondArticle);
        Assert.Equal(2, group.Articles);
        Assert.Equal(3, group.Members.Length);
    }

    [Fact]
    public void Group_UnnamedSourcesOneOutletCitesInOneArticle_AreOneOrigin()
    {
        var articles = Articles(
            ("a.txt", "2013-01-20", "Omar Haddad leads the Desert Hawks Brigade in northern Niger."),
            ("b.txt", "2013-01-25", "Omar Haddad is the commander of the Desert Hawks Brigade, a security official told Reuters. A second source told Reuters that Omar Haddad heads the Desert Hawks Brigade."));

        var groups = ClaimGrouper.Group(articles);

        var group = Assert.Single(groups, g => g.Status != GroupStatus.Related && g.Members.Length == 3);
        Assert.Equal(2, group.Origins);
        Assert.Equal(GroupStatus.Corroborated, group.Status);
    }

    [Fact]
    public void Group_OrdinalSourceLabelsInTwoArticles_AreTwoOrigins()
    {
        var articles = Articles(
            ("a.txt", "2013-01-20", "A second source told Reuters that Omar Haddad leads the Desert Hawks Brigade."),
            ("b.txt", "2013-01-25", "Omar Haddad heads the Desert Hawks Brigade, a second source said."));

        var groups = ClaimGrouper.Group(articles);

        var group = Assert.Single(groups, g => g.Status != GroupStatus.Related);
        Assert.Equal(2, group.Origins);
    }

    [Fact]
    public void Group_UnrelatedClaims_StayApart()
    {
        var articles = Articles(
            ("a.txt", "2013-01-20", "Mokhtar Belmokhtar married into local tribes in northern Mali."),
            ("b.txt", "2013-01-25", "The United Nations adopted a resolution on Libyan weapons in New York."));

        var groups = ClaimGrouper.Group(articles);

        Assert.Empty(groups);
    }

    private static List<ArticleClaims> Articles(params (string Name, string Published, string Text)[] articles) =>
        [.. articles.Select(a =>
        {
            Assert.True(PartialDate.TryParseIso(a.Published, out var published));
            var document = SpecFiles.Pipeline.Process(a.Text, new ExtractionContext(a.Name, published));
            return new ArticleClaims(a.Name, a.Published, document.Claims);
        })];
}
