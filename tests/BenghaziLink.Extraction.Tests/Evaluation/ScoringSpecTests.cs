using System.Text.Json;
using BenghaziLink.Extraction.Evaluation;

namespace BenghaziLink.Extraction.Tests.Evaluation;

/// <summary>
/// The scoring rules as examples in <c>Specs/Evaluation</c>: each case is a small gold and predicted
/// annotation set (in the gold-file format) and the counts and findings the scorer must give.
/// </summary>
public class ScoringSpecTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Specs", "Evaluation");

    public static TheoryData<string> CasesIn(string file) => [.. Cases(file).Keys];

    [Theory]
    [MemberData(nameof(CasesIn), "entities.json")]
    public void Entities_Case_MatchesSpec(string name) => Run("entities.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "dates.json")]
    public void Dates_Case_MatchesSpec(string name) => Run("dates.json", name);

    [Fact]
    public void CaseFiles_EveryFile_HasATheory()
    {
        var covered = new[] { "dates.json", "entities.json" };

        var files = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order();

        Assert.Equal(covered, files);
    }

    private static void Run(string file, string name)
    {
        var spec = Cases(file)[name];
        var gold = AnnotationJson.Read(spec.GetProperty("gold"), name);
        var predicted = AnnotationJson.Read(spec.GetProperty("predicted"), name);

        var score = Scorer.Score(gold, predicted);

        Check(score, spec.GetProperty("expect"));
    }

    private static void Check(ArticleScore score, JsonElement expect)
    {
        foreach (var property in expect.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "entities":
                    CheckTally(property.Name, value, score.Entities.Overall);
                    break;
                case "person":
                    CheckTally(property.Name, value, score.Entities.Person);
                    break;
                case "group":
                    CheckTally(property.Name, value, score.Entities.Group);
                    break;
                case "place":
                    CheckTally(property.Name, value, score.Entities.Place);
                    break;
                case "dates":
                    CheckTally(property.Name, value, score.Dates.Tally);
                    break;
                case "missed":
                    CheckList(property.Name, value, score.Entities.Missed.Select(m => m.Gold.Canonical));
                    break;
                case "missedAsOtherType":
                    CheckList(property.Name, value, score.Entities.Missed.Where(m => !m.OtherType.IsEmpty).Select(m => m.Gold.Canonical));
                    break;
                case "spurious":
                    CheckList(property.Name, value, score.Entities.Spurious.Select(e => e.Canonical));
                    break;
                case "kindErrors":
                    CheckList(property.Name, value, score.Entities.KindErrors.Select(e => e.Gold.Canonical));
                    break;
                case "split":
                    CheckList(property.Name, value, score.Entities.Splits.Select(s => s.Gold.Canonical));
                    break;
                case "merged":
                    CheckList(property.Name, value, score.Entities.Merges.Select(m => m.Predicted.Canonical));
                    break;
                case "missedDates":
                    CheckList(property.Name, value, score.Dates.Missed.Select(d => d.Text));
                    break;
                case "spuriousDates":
                    CheckList(property.Name, value, score.Dates.Spurious.Select(d => d.Text));
                    break;
                case "valueErrors":
                    CheckList(property.Name, value, score.Dates.ValueErrors.Select(e => e.Gold.Text));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown expectation '{property.Name}'.");
            }
        }
    }

    /// <summary>Compares the counts an example states with the record's properties of the same name.</summary>
    private static void CheckTally(string name, JsonElement expected, object tally)
    {
        foreach (var count in expected.EnumerateObject())
        {
            var property = tally.GetType().GetProperty(char.ToUpperInvariant(count.Name[0]) + count.Name[1..])
                ?? throw new InvalidOperationException($"Unknown count '{count.Name}' in '{name}'.");
            Assert.True(count.Value.GetInt32() == (int)property.GetValue(tally)!,
                $"{name}.{count.Name}: expected {count.Value.GetInt32()}, got {property.GetValue(tally)} ({tally}).");
        }
    }

    private static void CheckList(string name, JsonElement expected, IEnumerable<string> actual)
    {
        var want = expected.EnumerateArray().Select(e => e.GetString()!).ToList();
        var got = actual.ToList();
        Assert.True(want.SequenceEqual(got), $"{name}: expected [{string.Join(", ", want)}], got [{string.Join(", ", got)}].");
    }

    private static Dictionary<string, JsonElement> Cases(string file)
    {
        using var stream = File.OpenRead(Path.Combine(Folder, file));
        using var json = JsonDocument.Parse(stream, AnnotationJson.ReadOptions);
        return json.RootElement.GetProperty("cases").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone(), StringComparer.Ordinal);
    }
}
