using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Tests;

public class ArticleDocumentTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Arms From Libya", 3)]
    [InlineData("Arms From Libya\n\nOfficials said weapons crossed the border.", 9)]
    [InlineData("Arms From Libya\n\nOfficials said weapons crossed the border.\n\nCopyright 2013 ABC News Radio\n\nABC News Radio", 9)]
    [InlineData("« Previous | Main | Next »\n\nArms From Libya", 3)]
    [InlineData("Arms From Libya\n\nHemera/Thinkstock(WASHINGTON) -- Officials said weapons crossed the border.", 10)]
    [InlineData("Arms From Libya\n\nBy John Smith\n\nOfficials said weapons crossed the border.", 9)]
    [InlineData("Arms From Libya\n\nOfficials said weapons crossed the border.\n\nPlease let us know if you're having issues with commenting.", 9)]
    public void WordCount_TextWithFurniture_CountsOnlyTheAuthorsWords(string text, int expected)
    {
        var document = ExtractionPipelineBuilder.CreateDefault().Process(text, ExtractionContext.For("words"));

        var words = document.WordCount;

        Assert.Equal(expected, words);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("Libya", 1)]
    [InlineData("al-Qaeda’s fighters", 2)]
    [InlineData("Hemera/Thinkstock(WASHINGTON)", 3)]
    [InlineData("U.S. officials, 2,000 rifles", 4)]
    [InlineData("“No comment,” he said.", 4)]
    public void CountWords_Text_CountsAsAReaderWould(string text, int expected)
    {
        var count = ArticleDocument.CountWords(text);

        Assert.Equal(expected, count);
    }
}
