using System.Text.Json;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Tests.Support;

/// <summary>
/// Reads the example files copied next to the test assembly: the seed articles (<c>Seeds/*.txt</c>), the
/// expectations for each of them (<c>Specs/Articles/*.json</c>), the small cases per processor
/// (<c>Specs/Parsing/*.json</c>) and the date cases (<c>Specs/Dates/*.json</c>). Paths are relative to the assembly, never to the working directory.
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

    public static IEnumerable<string> DateCaseFileNames() =>
        Directory.GetFiles(Path.Combine(Root, "Specs", "Dates"), "*.json").Select(Path.GetFileName).Order()!;

    /// <summary>
    /// The cases of one file in <c>Specs/Dates</c>, by name. Every case pins its reference date
    /// (<c>"reference": "2013-01-23"</c>, or an explicit null to test what happens without one) and lists every
    /// date expected in the text, in text order: <c>"dates": [{"text": …, "value": …}]</c>, or <c>"none": true</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, DateSpecCase> DateCases(string file)
    {
        var root = Load(Path.Combine("Specs", "Dates", file));
        var cases = new Dictionary<string, DateSpecCase>(StringComparer.Ordinal);
        foreach (var item in root.GetProperty("cases").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            var text = item.TryGetProperty("lines", out var lines)
                ? string.Join('\n', lines.EnumerateArray().Select(l => l.GetString()))
                : item.GetProperty("text").GetString()!;
            if (!item.TryGetProperty("reference", out var referenceElement))
            {
                throw new InvalidOperationException($"Case '{name}' in {file} has no pinned reference date.");
            }
            PartialDate? reference = null;
            if (referenceElement.ValueKind != JsonValueKind.Null)
            {
                if (!PartialDate.TryParseIso(referenceElement.GetString(), out var parsed)) throw new InvalidOperationException($"Bad reference date in '{name}'.");
                reference = parsed;
            }
            var none = item.TryGetProperty("none", out var noneElement) && noneElement.GetBoolean();
            var hasDates = item.TryGetProperty("dates", out var dates);
            if (none == hasDates) throw new InvalidOperationException($"Case '{name}' in {file} needs either \"dates\" or \"none\": true.");
            List<ExpectedDate> expected = hasDates
                ? [.. dates.EnumerateArray().Select(d => new ExpectedDate(
                    d.GetProperty("text").GetString()!,
                    d.GetProperty("value").GetString(),
                    d.TryGetProperty("relative", out var relative) ? relative.GetBoolean() : null,
                    d.TryGetProperty("anchor", out var anchor) ? anchor.GetString() : null))]
                : [];
            if (!cases.TryAdd(name, new DateSpecCase(name, text, reference, expected)))
            {
                throw new InvalidOperationException($"Duplicate case name '{name}' in {file}.");
            }
        }
        return cases;
    }

    public static TheoryData<string> DateCaseNames(string file) => [.. DateCases(file).Keys];

    /// <summary>Every text the specs and seeds feed the pipeline, with the reference date it is read against, for invariant checks.</summary>
    public static IEnumerable<(string Source, string Text, PartialDate? Reference)> AllTexts()
    {
        foreach (var seed in SeedNames()) yield return ($"seed {seed}", SeedText(seed), null);
        foreach (var file in CaseFileNames())
        {
            foreach (var spec in Cases(file).Values) yield return ($"{file}: {spec.Name}", spec.Text, null);
        }
        foreach (var file in DateCaseFileNames())
        {
            foreach (var spec in DateCases(file).Values) yield return ($"dates/{file}: {spec.Name}", spec.Text, spec.Reference);
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

internal sealed record DateSpecCase(string Name, string Text, PartialDate? Reference, IReadOnlyList<ExpectedDate> Dates);

/// <summary>A date the text must yield: its exact surface and ISO value (null when it cannot be resolved), optionally whether it is relative and a part of its anchor.</summary>
internal sealed record ExpectedDate(string Text, string? Value, bool? Relative, string? Anchor);
