using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Claims;

/// <summary>
/// The examples in <c>Specs/Claims/clauses.json</c>: each text runs through the pipeline up to <see cref="ClauseSplitter"/>,
/// and its statement clauses must be exactly those listed, in text order (a sentence that must not be cut is listed whole).
/// </summary>
public class ClauseSpecTests
{
    private const string File = ClaimSpecFiles.ClauseCaseFile;

    public static TheoryData<string> CaseNames() => [.. ClaimSpecFiles.Raw(File).Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Clauses_Case_MatchesSpec(string name)
    {
        var (text, spec) = ClaimSpecFiles.Raw(File)[name];
        var want = spec.GetProperty("clauses").EnumerateArray().Select(c => c.GetString()!).ToList();

        var document = SpecFiles.RunThrough("clauses", text, $"clauses#{name}");

        Assert.Equal(want, document.Clauses.Select(c => c.Span.Of(text)));
        Assert.All(document.Clauses, c => Assert.True(document.Sentences[c.Sentence].Span.Contains(c.Span), $"{c} lies outside its sentence."));
    }
}
