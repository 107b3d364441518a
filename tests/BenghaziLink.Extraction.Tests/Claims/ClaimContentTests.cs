using BenghaziLink.Extraction.Claims;

namespace BenghaziLink.Extraction.Tests.Claims;

public sealed class ClaimContentTests
{
    // "The minister said the convoy left at dawn." starting at offset 100 of its article.
    private const string Surface = "The minister said the convoy left at dawn.";

    [Theory]
    [InlineData(118, 141, "the convoy left at dawn")]
    [InlineData(null, null, Surface)]
    [InlineData(90, 120, Surface)]   // starts before the claim: not a content of it
    [InlineData(120, 118, Surface)]  // ends before it starts
    [InlineData(118, 400, Surface)]  // runs past the claim
    [InlineData(118, 118, Surface)]  // empty
    public void Of_StoredColumns_GivesTheContentOrTheWholeSurface(int? start, int? end, string expected)
    {
        var content = ClaimContent.Of(Surface, 100, start, end);

        Assert.Equal(expected, content);
    }
}
