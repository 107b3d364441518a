using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace BenghaziLink.Web.Tests.Cli;

/// <summary>
/// <c>eval --pairs</c> over a small file of invented pairs in the paraphrase corpus' tab-separated format. What the
/// model decides for unclear pairs is not asserted; the identical and unrelated pairs are clear either way.
/// </summary>
[Collection(nameof(SerialConsole))]
public sealed class EvalPairsTests : IDisposable
{
    // Quotes inside the strings: the format is split on tabs only, never read as CSV.
    private const string Pairs =
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n" +
        "1\t11\t12\tThe convoy reached the border town on Tuesday evening.\tThe convoy reached the border town on Tuesday evening.\n" +
        "0\t21\t22\tThe harvest was poor in the southern valleys.\tThe striker scored twice in the cup final.\n" +
        "1\t31\t32\t\"We will rebuild the bridge,\" the mayor said.\t\"We will rebuild the bridge,\" said the mayor.\n" +
        "0\t41\t42\tGunmen killed 12 guards at the depot on the hill.\tGunmen killed 15 guards at the depot on the hill.\n";

    private static readonly string[] Scores = ["precision", "recall", "f1"];
    private static readonly string[] Decisions = ["same", "disputed", "related", "different"];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benghazilink-pairs-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private string Write(string text)
    {
        var path = Path.Combine(folder.FullName, "pairs.txt");
        File.WriteAllText(path, text);
        return path;
    }

    private (int ExitCode, string Output, string Errors) Run(params string[] args) => EntryPoint.Run([.. args,
        $"--ConnectionStrings:BenghaziLink=Data Source={Path.Combine(folder.FullName, "store.db")}"]);

    [Fact]
    public void EvalPairs_File_PrintsPrecisionRecallAndF1OfSame()
    {
        var (exit, output, _) = Run("eval", "--pairs", Write(Pairs));

        Assert.Equal(0, exit);
        Assert.StartsWith("pairs 4 (2 same)", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^same: precision [\d.]+ recall [\d.]+ F1 [\d.]+$", output);
        Assert.Matches(@"(?m)^threshold +precision +recall +F1$", output);
    }

    [Fact]
    public void EvalPairs_Json_GivesScoresAndOneDecisionPerPair()
    {
        var (exit, output, _) = Run("eval", "--pairs", Write(Pairs), "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.All(Scores, p => Assert.InRange(root.GetProperty(p).GetDouble(), 0, 1));
        var pairs = root.GetProperty("pairs").EnumerateArray().ToList();
        Assert.Equal(["11", "21", "31", "41"], pairs.Select(p => p.GetProperty("id1").GetString()));
        Assert.Equal(["12", "22", "32", "42"], pairs.Select(p => p.GetProperty("id2").GetString()));
        Assert.All(pairs, p => Assert.Contains(p.GetProperty("decision").GetString(), Decisions));
        Assert.Equal("same", pairs[0].GetProperty("decision").GetString());
        Assert.Equal("different", pairs[1].GetProperty("decision").GetString());
        Assert.Equal("disputed", pairs[3].GetProperty("decision").GetString());
    }

    [Fact]
    public void EvalPairs_MalformedLine_IsReportedOnceAndTheRestScores()
    {
        var text = Pairs.Replace("0\t21\t22\t", "0\t21\t", StringComparison.Ordinal);

        var (exit, output, errors) = Run("eval", "--pairs", Write(text), "--json", "--without-meaning");

        Assert.Equal(1, exit);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("eval: ", StringComparison.Ordinal));
        Assert.Contains("pairs.txt:3: not a pair", line, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(3, json.RootElement.GetProperty("pairs").GetArrayLength());
    }

    [Fact]
    public void EvalPairs_WithoutMeaning_CallsOnlyNearIdenticalPairsTheSame()
    {
        var (_, output, _) = Run("eval", "--pairs", Write(Pairs), "--json", "--without-meaning");

        using var json = JsonDocument.Parse(output);
        var decisions = json.RootElement.GetProperty("pairs").EnumerateArray().Select(p => p.GetProperty("decision").GetString()).ToList();
        // The third pair only moves the reporting verb: the same content words, so the same claim even without meaning.
        Assert.Equal(["same", "different", "same", "disputed"], decisions);
    }

    [Fact]
    public void EvalPairs_Fit_WritesAWeightsFileTheLibraryReads()
    {
        var many = string.Concat(Enumerable.Repeat(Pairs.Split('\n', 2)[1], 3));
        var weights = Path.Combine(folder.FullName, "weights.tsv");

        var (exit, _, _) = Run("eval", "--pairs", Write("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n" + many), "--fit", weights, "--without-meaning");

        Assert.Equal(0, exit);
        var model = BenghaziLink.Extraction.Claims.Matching.SameClaimModel.Parse(File.ReadAllLines(weights));
        Assert.Contains(model.Weights, w => w != 0);
        Assert.StartsWith("# ", File.ReadAllLines(weights)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_NeitherGoldNorPairs_IsAUsageError()
    {
        var (exit, _, errors) = Run("eval");

        Assert.Equal(2, exit);
        Assert.Contains("eval: --gold is required (or --pairs", errors, StringComparison.Ordinal);
    }
}
