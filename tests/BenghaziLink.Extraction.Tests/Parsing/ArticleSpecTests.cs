using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Parsing;

/// <summary>Each seed article against its expectations in <c>Specs/Articles/&lt;seed&gt;.json</c>.</summary>
public class ArticleSpecTests
{
    public static TheoryData<string> Articles() => [.. SpecFiles.ArticleSpecNames()];

    [Theory]
    [MemberData(nameof(Articles))]
    public void Process_SeedArticle_MatchesSpec(string seed)
    {
        var text = SpecFiles.SeedText(seed);

        var document = SpecFiles.Pipeline.Process(text, ExtractionContext.For(seed));

        SpecExpectations.Check(document, SpecFiles.ArticleSpec(seed));
    }

    [Fact]
    public void ArticleSpecs_EverySeed_HasASpec()
    {
        var seeds = SpecFiles.SeedNames().ToList();

        var specs = SpecFiles.ArticleSpecNames().ToList();

        Assert.NotEmpty(seeds);
        Assert.Equal(seeds, specs);
    }
}
