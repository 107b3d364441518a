using System.Text.Json;
using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Tests.Search;

/// <summary>Name-search ranking cases from <c>Specs/Search/name-search.json</c>.</summary>
public sealed class NameSearchSpecTests
{
    private static readonly string SpecPath = Path.Combine(AppContext.BaseDirectory, "Specs", "Search", "name-search.json");

    private static JsonElement Spec() => JsonDocument.Parse(File.ReadAllText(SpecPath)).RootElement;

    private static List<NameSearchCandidate> Corpus() => [.. Spec().GetProperty("corpus").EnumerateArray().Select((e, i) => new NameSearchCandidate(
        i, e.GetProperty("canonical").GetString()!, [.. e.GetProperty("names").EnumerateArray().Select(n => n.GetString()!)], e.GetProperty("mentions").GetInt32()))];

    public static TheoryData<string> Queries() => [.. Spec().GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("query").GetString()!)];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Rank_Query_PutsTheIntendedEntityFirst(string query)
    {
        var spec = Spec().GetProperty("cases").EnumerateArray().First(c => c.GetProperty("query").GetString() == query);

        var ranked = NameSearch.Rank(query, Corpus());

        if (spec.TryGetProperty("none", out _))
        {
            Assert.Empty(ranked);
            return;
        }
        Assert.NotEmpty(ranked);
        Assert.Equal(spec.GetProperty("first").GetString(), ranked[0].Candidate.Canonical);
        if (spec.TryGetProperty("how", out var how)) Assert.Equal(how.GetString(), ranked[0].How);
        Assert.Equal(ranked.OrderByDescending(m => m.Score).Select(m => m.Score), ranked.Select(m => m.Score));
    }

    [Theory]
    [InlineData("gaddafi", "kdf")]
    [InlineData("qaddafi", "kdf")]
    [InlineData("kadhafi", "kdf")]
    [InlineData("belmokhtar", "blmktr")]
    [InlineData("belmoktar", "blmktr")]
    [InlineData("mourabitoun", "mrbtn")]
    [InlineData("murabitoon", "mrbtn")]
    public void Skeleton_TransliterationVariants_Agree(string key, string skeleton)
    {
        Assert.Equal(skeleton, NameSearch.Skeleton(key));
    }
}
