using System.Text.Json;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Evaluation;
using BenghaziLink.Web.Cli;

namespace BenghaziLink.Web.Tests.Cli;

/// <summary>The report's wording for every kind of finding, over hand-made gold and predictions.</summary>
public class EvalReportTests
{
    private static readonly EvalSetup Setup = new("gold", "articles", 3);

    private static EvaluationReport Report()
    {
        var gold = new ArticleAnnotations("a.txt", null,
        [
            new(EntityType.Person, null, "Muammar Gaddafi", ["Gaddafi"]),
            new(EntityType.Place, EntityKind.City, "Benghazi", ["Benghazi"]),
            new(EntityType.Group, EntityKind.Media, "Reuters", ["Reuters"]),
            new(EntityType.Group, EntityKind.Militant, "Al-Qaeda in the Islamic Maghreb", ["Al-Qaeda in the Islamic Maghreb", "AQIM"]),
            new(EntityType.Person, null, "Hillary Clinton", ["Hillary Clinton"]),
            new(EntityType.Person, null, "Bill Clinton", ["Bill Clinton"]),
        ],
        [new("Saturday", "2015-11-21", Relative: true), new("last week", "2015-W47", Relative: true)]);
        var predicted = new ArticleAnnotations("a.txt", null,
        [
            new(EntityType.Person, null, "Qaddafi", ["Qaddafi"]),
            new(EntityType.Group, EntityKind.Militant, "Benghazi", ["Benghazi"]),
            new(EntityType.Group, EntityKind.Company, "Reuters", ["Reuters"]),
            new(EntityType.Group, EntityKind.Militant, "Al-Qaeda in the Islamic Maghreb", ["Al-Qaeda in the Islamic Maghreb"]),
            new(EntityType.Group, EntityKind.Militant, "AQIM", ["AQIM"]),
            new(EntityType.Person, null, "Clinton", ["Hillary Clinton", "Bill Clinton"]),
        ],
        [new("Saturday", "2015-11-28", Relative: true), new("Monday", "2015-11-23", Relative: true)]);
        return Scorer.Score([(gold, predicted)]);
    }

    [Fact]
    public void Text_Verbose_DescribesEveryFinding()
    {
        var text = EvalReport.Text(Report(), Setup, verbose: true);

        Assert.Contains("Scored 1 article: gold gold, articles articles, catalog of 3 entries", text, StringComparison.Ordinal);
        Assert.Contains("      missed    person  Muammar Gaddafi (Gaddafi)\n", text, StringComparison.Ordinal);
        Assert.Contains("      missed    place   Benghazi [city] (Benghazi) - predicted as group Benghazi\n", text, StringComparison.Ordinal);
        Assert.Contains("      spurious  person  Qaddafi (Qaddafi)\n", text, StringComparison.Ordinal);
        Assert.Contains("      kind      group   Reuters: gold media, predicted company\n", text, StringComparison.Ordinal);
        Assert.Contains("      split     group   Al-Qaeda in the Islamic Maghreb: 2 predicted (Al-Qaeda in the Islamic Maghreb | AQIM)\n", text, StringComparison.Ordinal);
        Assert.Contains("      merged    person  Clinton: covers Hillary Clinton | Bill Clinton\n", text, StringComparison.Ordinal);
        Assert.Contains("      missed    date    \"last week\" = 2015-W47\n", text, StringComparison.Ordinal);
        Assert.Contains("      spurious  date    \"Monday\" = 2015-11-23\n", text, StringComparison.Ordinal);
        Assert.Contains("      value     date    \"Saturday\": gold 2015-11-21, predicted 2015-11-28 (\"Saturday\")\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_Verbose_ListsThePairsTheGroupingGotWrong()
    {
        var grouping = new GroupingScore(new PairTally(2, 1, 2, 1), [], 1) { Missed = [("a-1", "c-1")], Spurious = [("a-1", "d-1")] };
        var report = Report() with { Grouping = grouping };

        var verbose = EvalReport.Text(report, Setup, verbose: true);
        var brief = EvalReport.Text(report, Setup, verbose: false);

        Assert.Contains("      missed    pair    a-1 + c-1\n", verbose, StringComparison.Ordinal);
        Assert.Contains("      spurious  pair    a-1 + d-1\n", verbose, StringComparison.Ordinal);
        Assert.DoesNotContain("pair    a-1", brief, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAndJson_Grouping_ReportTheCorroboratedGroupsThatAreOneGoldClaim()
    {
        var grouping = new GroupingScore(new PairTally(2, 1, 2, 1), [], 3) { Corroborated = new CorroboratedTally(3, 2, 1) };
        var report = Report() with { Grouping = grouping };

        var text = EvalReport.Text(report, Setup, verbose: false);
        using var json = JsonDocument.Parse(EvalReport.Json(report, Setup, verbose: false));

        Assert.Contains("  corroborated groups that are one gold claim 0.667   (2/3)     (1 more hold fewer than two gold claims)\n", text, StringComparison.Ordinal);
        var corroborated = json.RootElement.GetProperty("grouping").GetProperty("corroborated");
        Assert.Equal(2, corroborated.GetProperty("right").GetInt32());
        Assert.Equal(3, corroborated.GetProperty("judged").GetInt32());
    }

    [Fact]
    public void Text_Totals_ShowRatiosWithTheirCounts()
    {
        var text = EvalReport.Text(Report(), Setup, verbose: false);

        var lines = text.Split('\n');
        Assert.Contains("  person   0.500   (1/2)     0.667   (2/3)     0.571", lines);
        Assert.Contains("  group    0.750   (3/4)     1.000   (2/2)     0.857   0.500   (1/2)", lines);
        Assert.Contains("  place    n/a     (0/0)     0.000   (0/1)     0.000   n/a     (0/0)", lines);
        Assert.Contains("  split: 1 gold entities over several predicted ones; merged: 1 predicted entities over several gold ones", lines);
        Assert.Contains("  overall  0.500   (1/2)     0.500   (1/2)     0.000   (0/1)", lines);
        Assert.DoesNotContain(lines, l => l.Contains("missed", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_Report_HasNullForRatiosOverNothing()
    {
        var json = EvalReport.Json(Report(), Setup, verbose: true);

        using var document = JsonDocument.Parse(json);
        var place = document.RootElement.GetProperty("entities").GetProperty("place");
        Assert.Equal(JsonValueKind.Null, place.GetProperty("precision").ValueKind);
        Assert.Equal(0, place.GetProperty("recall").GetDouble());
        Assert.Equal(0.75, document.RootElement.GetProperty("entities").GetProperty("group").GetProperty("precision").GetDouble());
        var article = document.RootElement.GetProperty("perArticle")[0];
        Assert.Equal(["Muammar Gaddafi", "Benghazi"], article.GetProperty("missedEntities").EnumerateArray().Select(e => e.GetProperty("canonical").GetString()));
        Assert.Equal("company", article.GetProperty("kindErrors")[0].GetProperty("predicted").GetString());
        Assert.Equal("2015-11-28", article.GetProperty("dateValueErrors")[0].GetProperty("predicted").GetString());
    }

    [Fact]
    public void Text_GoldClusterInAGroupDisputedByFraming_PrintsTheFramingsSideBySide()
    {
        var group = new ClaimGroup(1, [new("a.txt", 0, 0, false), new("b.txt", 0, 1, false)], GroupStatus.Disputed, null, [], 2, 2, "Desert Hawks Brigade: allegiance")
        {
            Framings = [new("a.txt", 0, "allegiance", "inside-network", "affiliate", new(40, 49)), new("b.txt", 0, "allegiance", "independent", "independent", new(50, 61))],
        };
        var cluster = new GoldCluster("K1", "Inside the network or independent.", ["000-c1", "001-c1"], "disagree");
        var report = Report() with { Grouping = new GroupingScore(new PairTally(1, 1, 1, 1), [new ClusterFinding(cluster, 2, 2, group)], 1) };

        var text = EvalReport.Text(report, Setup, verbose: false);
        using var json = JsonDocument.Parse(EvalReport.Json(report, Setup, verbose: false));

        Assert.Contains("2 in group #1: disputed, 2 articles, 2 independent origins, 0 echoes; allegiance: inside-network “affiliate” (a.txt) vs independent “independent” (b.txt)", text, StringComparison.Ordinal);
        var framings = json.RootElement.GetProperty("grouping").GetProperty("clusters")[0].GetProperty("group").GetProperty("framings");
        Assert.Equal(["inside-network", "independent"], framings.EnumerateArray().Select(f => f.GetProperty("pole").GetString()));
    }
}
