using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Claims.Matching;

/// <summary>
/// The examples in <c>Specs/Matching/propositions.json</c>: each text runs through the default pipeline and the claim
/// holding the case's words must carry the stated proposition (or none).
/// </summary>
public class PropositionSpecTests
{
    private const string File = "propositions.json";

    public static TheoryData<string> CaseNames() => [.. MatchingSpecFiles.Cases(File).Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void PropositionReader_Case_MatchesSpec(string name)
    {
        var spec = MatchingSpecFiles.Cases(File)[name];
        var text = spec.GetProperty("text").GetString()!;

        var document = SpecFiles.Pipeline.Process(text, new ExtractionContext($"propositions#{name}"));

        var claim = Assert.Single(document.Claims, c => c.Surface.Contains(spec.GetProperty("claim").GetString()!, StringComparison.Ordinal));
        var want = spec.GetProperty("proposition");
        if (want.ValueKind == System.Text.Json.JsonValueKind.Null)
        {
            Assert.Null(claim.Proposition);
            return;
        }
        var got = claim.Proposition;
        Assert.NotNull(got);
        Assert.Equal(want.GetProperty("subject").GetString(), got.Subject);
        Assert.Equal(want.GetProperty("predicate").GetString(), got.Predicate);
        Assert.Equal(want.GetProperty("object").GetString(), got.Object);
        Assert.Equal(want.GetProperty("negated").GetBoolean(), got.Negated);
    }

    [Fact]
    public void Pipeline_Default_ReadsPropositionsAfterClaims()
    {
        var names = SpecFiles.Pipeline.Processors.Select(p => p.Name).ToList();

        Assert.Equal("propositions", names[^1]);
        Assert.InRange(names.IndexOf("claims"), 0, names.Count - 2);
    }
}
