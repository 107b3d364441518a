using System.Text.Json;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Tests.Support;

/// <summary>
/// Reads the example files copied next to the test assembly: the seed articles (<c>Seeds/*.txt</c>), the
/// expectations for each of them (<c>Specs/Articles/*.json</c>) and the small cases per processor
/// (<c>Specs/Parsing/*.json</c>). Paths are relative to the assembly, never to the working directory.
/// </summary>
internal static class SpecFiles
{
    public static readonly ExtractionPipeline Pipeline = ExtractionPipelineBuilder.CreateDefault();

    private static string Root => AppContext.BaseDirectory;

    public static string SeedText(string name) => File.ReadAllText(Path.Combine(Root, "Seeds", name + ".txt"));

    public static IEnumerable<string> SeedNames() =>
        Directory.GetFiles(Path.Combine(Root, "Seeds"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order()!;

    public static IEnumerable<string> ArticleSpecNames() =>
        Directory.GetFiles(Path.Combine(Root, "Specs", "Articles"), "*.json").Select(Path.GetFileNameWithoutExtension).Order()!;

    public static JsonElement ArticleSpec(string name) => Load(Path.Combine("Specs", "Articles", name + ".json"));

    public static IEnumerable<string> CaseFileNames() =>
        Directory.GetFiles(Path.Combine(Root, "Specs", "Parsing"), "*.json").Select(Path.GetFileName).Order()!;

    /// <summary>The cases of one file in <c>Specs/Parsing</c>, by name; names are unique within a file.</summary>
    public static IReadOnlyDictionary<string, SpecCase> Cases(string file)
    {
        var root = Load(Path.Combine("Specs", "Parsing", file));
        var cases = new Dictionary<string, SpecCase>(StringComparer.Ordinal);
        foreach (var item in root.GetProperty("cases").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            var text = item.TryGetProperty("lines", out var lines)
                ? string.Join('\n', lines.EnumerateArray().Select(l => l.GetString()))
                : item.GetProperty("text").GetString()!;
            if (!cases.TryAdd(name, new SpecCase(name, text, item.GetProperty("expect"))))
            {
                throw new InvalidOperationException($"Duplicate case name '{name}' in {file}.");
            }
        }
        return cases;
    }

    public static TheoryData<string> CaseNames(string file) => [.. Cases(file).Keys];

    /// <summary>Every text the specs and seeds feed the pipeline, for invariant checks.</summary>
    public static IEnumerable<(string Source, string Text)> AllTexts()
    {
        foreach (var seed in SeedNames()) yield return ($"seed {seed}", SeedText(seed));
        foreach (var file in CaseFileNames())
        {
            foreach (var spec in Cases(file).Values) yield return ($"{file}: {spec.Name}", spec.Text);
        }
    }

    private static JsonElement Load(string relativePath)
    {
        using var stream = File.OpenRead(Path.Combine(Root, relativePath));
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return json.RootElement.Clone();
    }
}

internal sealed record SpecCase(string Name, string Text, JsonElement Expect);
