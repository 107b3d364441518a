using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("U.S. officials said", "U.S.|officials|said")]
    [InlineData("aid from the U.S.", "aid|from|the|U.S.")]
    [InlineData("the U.S.A. and the U.N.", "the|U.S.A.|and|the|U.N.")]
    [InlineData("George W. Bush", "George|W|.|Bush")]
    [InlineData("Belmokhtar’s men", "Belmokhtar|’s|men")]
    [InlineData("Belmokhtar's men", "Belmokhtar|'s|men")]
    [InlineData("the PENTAGON'S view", "the|PENTAGON|'S|view")]
    [InlineData("O'Brien and d’Estaing", "O'Brien|and|d’Estaing")]
    [InlineData("Al-Qaeda-linked fighters", "Al-Qaeda-linked|fighters")]
    [InlineData("the Signed-in-Blood Battalion", "the|Signed-in-Blood|Battalion")]
    [InlineData("north-west Africa", "north-west|Africa")]
    [InlineData("weapons—and money", "weapons|—|and|money")]
    [InlineData("a well- and ill-kept secret", "a|well|-|and|ill-kept|secret")]
    [InlineData("Hillary\u00a0Clinton", "Hillary|Clinton")]
    [InlineData("Hillary\u2009Clinton\u200b said", "Hillary|Clinton|said")]
    [InlineData("1,200 fighters", "1,200|fighters")]
    [InlineData("3.5 million dollars", "3.5|million|dollars")]
    [InlineData("in 2012.", "in|2012|.")]
    [InlineData("Rep. Mike Rogers (R-Mich.)", "Rep|.|Mike|Rogers|(|R-Mich|.|)")]
    [InlineData("“We will not negotiate,” he said.", "“|We|will|not|negotiate|,|”|he|said|.")]
    [InlineData("the ‘Masked Brigade’", "the|‘|Masked|Brigade|’")]
    [InlineData("Zéid and Ouargla", "Zéid|and|Ouargla")]
    public void Tokenize_Text_SplitsIntoTokens(string text, string expected)
    {
        var tokens = new List<Token>();

        Tokenizer.Tokenize(text, 0, text.Length, tokens);

        Assert.Equal(expected, string.Join('|', tokens.Select(t => t.Of(text).ToString())));
    }

    [Theory]
    [InlineData("U.S.", TokenKind.Word, TokenShape.Capitalized | TokenShape.AllCaps | TokenShape.Dotted)]
    [InlineData("AQIM", TokenKind.Word, TokenShape.Capitalized | TokenShape.AllCaps)]
    [InlineData("Al-Qaeda", TokenKind.Word, TokenShape.Capitalized | TokenShape.Hyphenated)]
    [InlineData("al-Qaeda", TokenKind.Word, TokenShape.Hyphenated)]
    [InlineData("Mali", TokenKind.Word, TokenShape.Capitalized)]
    [InlineData("A", TokenKind.Word, TokenShape.Capitalized)]
    [InlineData("said", TokenKind.Word, TokenShape.None)]
    [InlineData("2013", TokenKind.Number, TokenShape.None)]
    [InlineData("’s", TokenKind.Punctuation, TokenShape.None)]
    public void Tokenize_OneToken_HasKindAndShape(string text, TokenKind kind, TokenShape shape)
    {
        var tokens = new List<Token>();

        Tokenizer.Tokenize(text, 0, text.Length, tokens);

        var token = Assert.Single(tokens);
        Assert.Equal((0, text.Length), (token.Start, token.End));
        Assert.Equal(kind, token.Kind);
        Assert.Equal(shape, token.Shape);
    }

    [Fact]
    public void Tokenize_Range_StaysInsideIt()
    {
        var text = "Before. Mokhtar Belmokhtar. After.";
        var tokens = new List<Token>();

        Tokenizer.Tokenize(text, 8, 26, tokens);

        Assert.Equal("Mokhtar|Belmokhtar", string.Join('|', tokens.Select(t => t.Of(text).ToString())));
    }
}
