using System.Text.Json;

namespace BenghaziLink.Extraction.Tests.Claims.Matching;

/// <summary>Reads <c>Specs/Matching/*.json</c>: <c>{"about", "cases": [{"name", …}]}</c>, cases by name.</summary>
internal static class MatchingSpecFiles
{
    public static IReadOnlyDictionary<string, JsonElement> Cases(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "Matching", file);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var item in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            if (!cases.TryAdd(name, item.Clone())) throw new InvalidOperationException($"Duplicate case name '{name}' in {file}.");
        }
        return cases;
    }
}
