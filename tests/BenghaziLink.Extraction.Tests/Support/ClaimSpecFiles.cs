using System.Collections.Immutable;
using System.Text.Json;

namespace BenghaziLink.Extraction.Tests.Support;

/// <summary>A claim a case expects: the claim holding <see cref="Quote"/> must have every stated property.</summary>
/// <param name="Quote">A piece of the claim's text that finds it.</param>
/// <param name="Chain">Source names, outermost first; null: not checked.</param>
/// <param name="Hedge">asserted, attributed, reported or denied; null: not checked.</param>
/// <param name="Quantities">Counts the claim states, as "value counts" ("38 hostages"), with optional qualifier and outcome; null: not checked.</param>
/// <param name="Events">Attacks the claim speaks of ("attack in Libya"), all of which it must name; empty: none; null: not checked.</param>
/// <param name="Entities">Exactly the names the claim speaks of (canonical, any order), its sources' names left out; null: not checked.</param>
/// <param name="Content">The claim's content text exactly (the whole claim when it has no separate content); null: not checked.</param>
/// <param name="Mood">statement, question, conditional, exclamation, headline or caption; null: not checked.</param>
internal sealed record ExpectedClaim(string Quote, ImmutableArray<string>? Chain, string? Hedge, ImmutableArray<ExpectedQuantity>? Quantities, ImmutableArray<string>? Events = null, ImmutableArray<string>? Entities = null, string? Content = null, string? Mood = null);

internal sealed record ExpectedQuantity(decimal Value, string Counts, string? Qualifier, string? Outcome);

/// <summary>A case of <c>Specs/Claims</c>: a text, the claims it must yield and the text no claim may cover (<c>none</c>).</summary>
internal sealed record ClaimSpecCase(string Name, string Text, ImmutableArray<ExpectedClaim> Claims, ImmutableArray<string> None);

/// <summary>
/// Reads <c>Specs/Claims/*.json</c>: <c>{"about", "cases": [{"name", "text" | "lines", "claims": [{"quote", "chain",
/// "hedge", "quantities": [{"value", "counts", "qualifier", "outcome"}], "events": ["attack in …"], "content": "the words stated, without the attribution", "mood": "statement|question|…"}], "none": ["…"]}]}</c>.
/// </summary>
internal static class ClaimSpecFiles
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs", "Claims");

    /// <summary>The framing cases sit with the claim cases but have their own form (see <c>FramingSpecTests</c>).</summary>
    public const string FramingCaseFile = "framings.json";

    /// <summary>The clause cases list each sentence's clauses (see <c>ClauseSpecTests</c>).</summary>
    public const string ClauseCaseFile = "clauses.json";

    public static IEnumerable<string> FileNames() => Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Where(f => f is not (FramingCaseFile or ClauseCaseFile)).Order()!;

    /// <summary>The cases of a file of its own form, by name: each case's text and its whole JSON object.</summary>
    public static IReadOnlyDictionary<string, (string Text, JsonElement Case)> Raw(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var cases = new Dictionary<string, (string, JsonElement)>(StringComparer.Ordinal);
        foreach (var item in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            var text = item.TryGetProperty("lines", out var lines)
                ? string.Join('\n', lines.EnumerateArray().Select(l => l.GetString()))
                : item.GetProperty("text").GetString()!;
            if (!cases.TryAdd(name, (text, item.Clone()))) throw new InvalidOperationException($"Duplicate case name '{name}' in {file}.");
        }
        return cases;
    }

    public static IReadOnlyDictionary<string, ClaimSpecCase> Cases(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var cases = new Dictionary<string, ClaimSpecCase>(StringComparer.Ordinal);
        foreach (var item in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            var text = item.TryGetProperty("lines", out var lines)
                ? string.Join('\n', lines.EnumerateArray().Select(l => l.GetString()))
                : item.GetProperty("text").GetString()!;
            ImmutableArray<ExpectedClaim> claims = item.TryGetProperty("claims", out var list) ? [.. list.EnumerateArray().Select(ReadClaim)] : [];
            ImmutableArray<string> none = item.TryGetProperty("none", out var noneList) ? [.. noneList.EnumerateArray().Select(n => n.GetString()!)] : [];
            if (claims.IsEmpty && none.IsEmpty) throw new InvalidOperationException($"Case '{name}' in {file} expects nothing.");
            if (!cases.TryAdd(name, new ClaimSpecCase(name, text, claims, none))) throw new InvalidOperationException($"Duplicate case name '{name}' in {file}.");
        }
        return cases;
    }

    public static TheoryData<string> CaseNames(string file) => [.. Cases(file).Keys];

    private static ExpectedClaim ReadClaim(JsonElement claim) => new(
        claim.GetProperty("quote").GetString()!,
        claim.TryGetProperty("chain", out var chain) ? [.. chain.EnumerateArray().Select(s => s.GetString()!)] : null,
        claim.TryGetProperty("hedge", out var hedge) ? hedge.GetString() : null,
        claim.TryGetProperty("quantities", out var quantities)
            ? [.. quantities.EnumerateArray().Select(q => new ExpectedQuantity(
                q.GetProperty("value").GetDecimal(),
                q.GetProperty("counts").GetString()!,
                q.TryGetProperty("qualifier", out var qualifier) ? qualifier.GetString() : null,
                q.TryGetProperty("outcome", out var outcome) ? outcome.GetString() : null))]
            : null,
        claim.TryGetProperty("events", out var events) ? [.. events.EnumerateArray().Select(e => e.GetString()!)] : null,
        claim.TryGetProperty("entities", out var entities) ? [.. entities.EnumerateArray().Select(e => e.GetString()!)] : null,
        claim.TryGetProperty("content", out var content) ? content.GetString() : null,
        claim.TryGetProperty("mood", out var mood) ? mood.GetString() : null);
}
