using System.Text.Json;
using System.Text.RegularExpressions;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BenghaziLink.Web.Tests.Cli;

/// <summary>
/// The <c>eval</c> verb over a small gold set written here. Counts of gold items are fixed by the gold
/// files; what the pipeline finds is not asserted, so these tests hold as the recognisers improve.
/// </summary>
[Collection(nameof(SerialConsole))]
public sealed class EvalVerbTests : IDisposable
{
    private const string Story =
        "Gunmen Attack Hotel in Mali\n\nGunmen stormed the Radisson Blu hotel in Bamako on Friday, taking about 170 people hostage. " +
        "Mokhtar Belmokhtar's group claimed the attack in November 2015.";

    // Two persons, no group, three places; "Nobody Here" and "the 12th of Never" are not in the text, so they are always missed.
    private const string Gold = """
        {
          "article": "story.txt",
          "published": "2015-11-23",
          "entities": [
            { "type": "person", "canonical": "Mokhtar Belmokhtar", "mentions": [ "Mokhtar Belmokhtar" ] },
            { "type": "person", "canonical": "Nobody Here", "mentions": [ "Nobody Here" ] },
            { "type": "place", "kind": "city", "canonical": "Bamako", "mentions": [ "Bamako" ] },
            { "type": "place", "kind": "facility", "canonical": "Radisson Blu hotel", "mentions": [ "Radisson Blu hotel" ] },
            { "type": "place", "kind": "country", "canonical": "Mali", "mentions": [ "Mali" ] }
          ],
          "dates": [
            { "text": "Friday", "value": "2015-11-20", "relative": true },
            { "text": "November 2015", "value": "2015-11" },
            { "text": "the 12th of Never", "value": null }
          ],
          "claims": []
        }
        """;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benghazilink-eval-");
    private readonly string articles;
    private readonly string gold;

    public EvalVerbTests()
    {
        articles = Directory.CreateDirectory(Path.Combine(folder.FullName, "articles")).FullName;
        gold = Directory.CreateDirectory(Path.Combine(folder.FullName, "gold")).FullName;
        File.WriteAllText(Path.Combine(articles, "story.txt"), Story);
        File.WriteAllText(Path.Combine(articles, "articles.json"),
            """{ "articles": { "story.txt": { "published": { "value": "2015-11-23", "provenance": "curated", "basis": "test" } } } }""");
        File.WriteAllText(Path.Combine(gold, "story.json"), Gold);
        // A gold folder also holds claim clusters: not an article's gold, skipped.
        File.WriteAllText(Path.Combine(gold, "claim-clusters.json"), """[ { "id": "K1", "members": [], "relation": "agree" } ]""");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private string Database => Path.Combine(folder.FullName, "store.db");

    private (int ExitCode, string Output, string Errors) Run(params string[] args) => EntryPoint.Run([.. args,
        $"--ConnectionStrings:BenghaziLink=Data Source={Database}",
        $"--Extraction:CatalogPath={Path.Combine(RepoPaths.Root, "seeds", "catalog.json")}"]);

    [Fact]
    public void Eval_GoldFolder_PrintsALinePerTypeOverallDatesAndArticle()
    {
        var (exit, output, _) = Run("eval", "--gold", gold, "--articles", articles);

        var lines = output.Split('\n');
        Assert.Equal(0, exit);
        Assert.StartsWith("Scored 1 article: gold ", lines[0], StringComparison.Ordinal);
        Assert.Contains("catalog of ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("entities", StringComparison.Ordinal) && l.Contains("precision", StringComparison.Ordinal) && l.Contains("kind accuracy", StringComparison.Ordinal));
        Assert.Single(lines, l => Regex.IsMatch(l, @"^  person +(n/a|[\d.]+) +\(\d+/\d+\) +[\d.]+ +\(\d/2\) +[\d.]+$"));
        Assert.Single(lines, l => Regex.IsMatch(l, @"^  group +(n/a|[\d.]+) +\(\d+/\d+\) +n/a +\(0/0\) +(n/a|[\d.]+) +(n/a|[\d.]+) +\(\d+/\d+\)$"));
        Assert.Single(lines, l => Regex.IsMatch(l, @"^  place +(n/a|[\d.]+) +\(\d+/\d+\) +[\d.]+ +\(\d/3\) "));
        Assert.Single(lines, l => Regex.IsMatch(l, @"^  overall +(n/a|[\d.]+) +\(\d+/\d+\) +[\d.]+ +\(\d/5\) "));
        Assert.Single(lines, l => Regex.IsMatch(l, @"^  overall +(n/a|[\d.]+) +\(\d+/\d+\) +[\d.]+ +\(\d/3\) "));
        Assert.Single(lines, l => l.StartsWith("  story.txt ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("missed", StringComparison.Ordinal));
        Assert.False(File.Exists(Database), "eval must not create or open the store");
    }

    [Fact]
    public void Eval_Verbose_ListsWhatWasMissedPerArticle()
    {
        var (exit, output, _) = Run("eval", "--gold", gold, "--articles", articles, "--verbose");

        Assert.Equal(0, exit);
        Assert.Contains("      missed    person  Nobody Here (Nobody Here)", output, StringComparison.Ordinal);
        Assert.Contains("      missed    date    \"the 12th of Never\" = null", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_Json_ParsesWithTotalsPerTypePerArticleAndFindings()
    {
        var (exit, output, _) = Run("eval", $"--gold={gold}", "--articles", articles, "--json", "--without-catalog", "--verbose");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("catalogEntries").ValueKind);
        Assert.Equal(1, root.GetProperty("articles").GetInt32());
        var entities = root.GetProperty("entities");
        Assert.Equal(2, entities.GetProperty("person").GetProperty("gold").GetInt32());
        Assert.Equal(0, entities.GetProperty("group").GetProperty("gold").GetInt32());
        Assert.Equal(3, entities.GetProperty("place").GetProperty("gold").GetInt32());
        Assert.Equal(5, entities.GetProperty("overall").GetProperty("gold").GetInt32());
        Assert.Equal(JsonValueKind.Null, entities.GetProperty("group").GetProperty("recall").ValueKind);
        Assert.Equal(3, root.GetProperty("dates").GetProperty("gold").GetInt32());
        var article = Assert.Single(root.GetProperty("perArticle").EnumerateArray());
        Assert.Equal("story.txt", article.GetProperty("article").GetString());
        Assert.Equal(5, article.GetProperty("entities").GetProperty("overall").GetProperty("gold").GetInt32());
        Assert.Contains("Nobody Here", article.GetProperty("missedEntities").EnumerateArray().Select(e => e.GetProperty("canonical").GetString()));
        Assert.Contains("the 12th of Never", article.GetProperty("missedDates").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
    }

    [Fact]
    public void Eval_GoldClaimsAndClusters_ReportsClaimRecallChainsAndGrouping()
    {
        // The quotes are in the story; "Nobody said this" is not, so it is always missed.
        File.WriteAllText(Path.Combine(gold, "story.json"), Gold.Replace("\"claims\": []", """
            "claims": [
              { "id": "s-c1", "quote": "Gunmen stormed the Radisson Blu hotel in Bamako", "attribution_chain": [] },
              { "id": "s-c2", "quote": "Nobody said this", "attribution_chain": [ "Reuters" ] }
            ]
            """, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(gold, "claim-clusters.json"), """[ { "id": "K1", "members": [ "s-c1", "x-c1" ], "relation": "agree" } ]""");

        var (exit, output, _) = Run("eval", "--gold", gold, "--articles", articles, "--json");
        var (_, text, _) = Run("eval", "--gold", gold, "--articles", articles);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var claims = json.RootElement.GetProperty("claims");
        Assert.Equal(2, claims.GetProperty("gold").GetInt32());
        Assert.Equal(1, claims.GetProperty("found").GetInt32());
        Assert.Equal(0.5, claims.GetProperty("recall").GetDouble());
        var grouping = json.RootElement.GetProperty("grouping");
        Assert.Equal(1, grouping.GetProperty("goldPairs").GetInt32());
        Assert.Equal("K1", grouping.GetProperty("clusters")[0].GetProperty("id").GetString());
        Assert.Contains(text.Split('\n'), l => Regex.IsMatch(l, @"^  overall +0\.500 +\(1/2\) +[\d.]+ +\(\d/1\)"));
        Assert.Contains(text.Split('\n'), l => l.StartsWith("grouping", StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_Gold_GroupsClaimsWithTheirMeaningVectorsUnlessToldNotTo()
    {
        var (exit, output, _) = Run("eval", "--gold", gold, "--articles", articles, "--json");
        var (_, without, _) = Run("eval", "--gold", gold, "--articles", articles, "--without-meaning");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        // Every distinct claim content of the story had a vector when the claims were grouped, as in the app once its
        // background embedding is done.
        var contents = json.RootElement.GetProperty("claims").GetProperty("predicted").GetInt32();
        Assert.InRange(json.RootElement.GetProperty("meaningVectors").GetInt32(), 1, contents);
        Assert.Contains("claims grouped without meaning", without.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_WithoutArticles_FindsThemUnderTheConfiguredSeedsPath()
    {
        var (exit, output, _) = Run("eval", "--gold", gold, $"--Ingestion:SeedsPath={articles}", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(articles, json.RootElement.GetProperty("articlesPath").GetString());
    }

    [Fact]
    public void Eval_MissingArticleOrBrokenGold_ReportsEachOnStderrScoresTheRestAndExitsOne()
    {
        File.WriteAllText(Path.Combine(gold, "absent.json"), """{ "article": "absent.txt", "entities": [], "dates": [] }""");
        File.WriteAllText(Path.Combine(gold, "broken.json"), """{ "article": "story.txt", "entities": [ { "type": "thing", "canonical": "X" } ] }""");

        var (exit, output, errors) = Run("eval", "--gold", gold, "--articles", articles);

        Assert.Equal(1, exit);
        Assert.Contains($"eval: absent.json: article absent.txt not found in {articles}", errors, StringComparison.Ordinal);
        Assert.Contains("eval: broken.json: not a usable gold file: entities[0]: unknown type \"thing\"", errors, StringComparison.Ordinal);
        Assert.StartsWith("Scored 1 article", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_FifoAmongGoldFilesOrAsTheArticle_ReportsEachScoresTheRestAndExitsOne()
    {
        SpecialFiles.Fifo(Path.Combine(gold, "pipe.json"));
        File.WriteAllText(Path.Combine(gold, "piped.json"), Gold.Replace("story.txt", "piped.txt", StringComparison.Ordinal));
        SpecialFiles.Fifo(Path.Combine(articles, "piped.txt"));

        var (exit, output, errors) = await SpecialFiles.WithinAsync(() => Run("eval", "--gold", gold, "--articles", articles));

        Assert.Equal(1, exit);
        Assert.StartsWith("Scored 1 article:", output, StringComparison.Ordinal);
        Assert.Contains($"eval: {Path.Combine(gold, "pipe.json")}: not a regular file (FIFO)", errors, StringComparison.Ordinal);
        Assert.Contains("eval: piped.txt: not a regular file (FIFO)", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_Help_PrintsUsageAndExitsZero()
    {
        var (exit, output, _) = Run("eval", "--help");

        Assert.Equal(0, exit);
        Assert.StartsWith("usage: eval", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_WithoutGold_PrintsUsageAndExitsTwo()
    {
        var (exit, output, errors) = Run("eval", "--articles", articles);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("eval: --gold is required", errors, StringComparison.Ordinal);
        Assert.Contains("usage: eval", errors, StringComparison.Ordinal);
    }
}
