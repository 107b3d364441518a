using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Parsing;

/// <summary>
/// The small examples in <c>Specs/Parsing</c>, one theory per file: each case runs through the whole
/// default pipeline and is checked against the properties it states.
/// </summary>
public class ParsingSpecTests
{
    public static TheoryData<string> CasesIn(string file) => SpecFiles.CaseNames(file);

    [Theory]
    [MemberData(nameof(CasesIn), "blocks.json")]
    public void Blocks_Case_MatchesSpec(string name) => Run("blocks.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "furniture.json")]
    public void Furniture_Case_MatchesSpec(string name) => Run("furniture.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "headline.json")]
    public void Headline_Case_MatchesSpec(string name) => Run("headline.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "dateline.json")]
    public void Dateline_Case_MatchesSpec(string name) => Run("dateline.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "byline.json")]
    public void Byline_Case_MatchesSpec(string name) => Run("byline.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "outlet.json")]
    public void Outlet_Case_MatchesSpec(string name) => Run("outlet.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "publication-date.json")]
    public void PublicationDate_Case_MatchesSpec(string name) => Run("publication-date.json", name);

    [Fact]
    public void CaseFiles_EveryFile_HasATheory()
    {
        var covered = new[] { "blocks.json", "furniture.json", "headline.json", "dateline.json", "byline.json", "outlet.json", "publication-date.json" };

        var files = SpecFiles.CaseFileNames();

        Assert.Equal(covered.Order(), files);
    }

    private static void Run(string file, string name)
    {
        var spec = SpecFiles.Cases(file)[name];

        var document = SpecFiles.Pipeline.Process(spec.Text, ExtractionContext.For($"{file}#{name}"));

        SpecExpectations.Check(document, spec.Expect);
    }
}
