using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Text;

/// <summary>Sentences as the default pipeline splits them, written one per line of the expected value.</summary>
public class SentenceSplitterTests
{
    [Theory]
    [InlineData("The talks failed. Both sides left.", "The talks failed.|Both sides left.")]
    [InlineData("The raid began on Sept. 11 in the city. It ended at dawn.", "The raid began on Sept. 11 in the city.|It ended at dawn.")]
    [InlineData("Rep. Mike Rogers said so. He left.", "Rep. Mike Rogers said so.|He left.")]
    [InlineData("Rep. Mike Rogers (R-Mich.) said so. He left.", "Rep. Mike Rogers (R-Mich.) said so.|He left.")]
    [InlineData("The vote was Sen. Ron Wyden's (D-Ore.) idea. It passed.", "The vote was Sen. Ron Wyden's (D-Ore.) idea.|It passed.")]
    [InlineData("Mr. Smith met Dr. Jones and Gen. Ham.", "Mr. Smith met Dr. Jones and Gen. Ham.")]
    [InlineData("George W. Bush spoke first. Then he left.", "George W. Bush spoke first.|Then he left.")]
    [InlineData("The money came from the U.S. The rest came from France.", "The money came from the U.S.|The rest came from France.")]
    [InlineData("U.S. officials said so. Nothing more came.", "U.S. officials said so.|Nothing more came.")]
    [InlineData("He met U.S. Ambassador Chris Stevens. They talked.", "He met U.S. Ambassador Chris Stevens.|They talked.")]
    [InlineData("\"We will stay.\" He said it twice.", "\"We will stay.\"|He said it twice.")]
    [InlineData("He spoke to reporters. \"We will stay,\" he added.", "He spoke to reporters.|\"We will stay,\" he added.")]
    [InlineData("\"We will stay.\" \"We will not leave,\" she said.", "\"We will stay.\"|\"We will not leave,\" she said.")]
    [InlineData("He called it 'a trap.' Then he left.", "He called it 'a trap.'|Then he left.")]
    [InlineData("He spoke. 'We stay,' he said.", "He spoke.|'We stay,' he said.")]
    [InlineData("“We will stay.” He said it twice.", "“We will stay.”|He said it twice.")]
    [InlineData("He asked: “Why?” Nobody answered.", "He asked: “Why?”|Nobody answered.")]
    [InlineData("(The group later denied it.) The army did not.", "(The group later denied it.)|The army did not.")]
    [InlineData("Is it over? No. Not yet!", "Is it over?|No.|Not yet!")]
    [InlineData("The file was exhibit No. 3 in the trial. It vanished.", "The file was exhibit No. 3 in the trial.|It vanished.")]
    [InlineData("It cost 3.5 million dollars. That is a lot.", "It cost 3.5 million dollars.|That is a lot.")]
    [InlineData("The group, al-Qaeda et al. in the region, grew.", "The group, al-Qaeda et al. in the region, grew.")]
    [InlineData("It was the end. and then more came.", "It was the end. and then more came.")]
    [InlineData("No full stop at the end", "No full stop at the end")]
    public void Process_Paragraph_SplitsSentences(string text, string expected)
    {
        var document = SpecFiles.Pipeline.Process(text, new ExtractionContext("sentences", null));

        Assert.Equal(expected, string.Join('|', document.Sentences.Select(s => s.Span.Of(text))));
    }

    [Fact]
    public void Process_TwoParagraphs_NoSentenceCrossesThem()
    {
        var text = "The first paragraph ends without a stop\n\nthe second starts in lower case.";

        var document = SpecFiles.Pipeline.Process(text, new ExtractionContext("sentences", null));

        Assert.Equal(2, document.Sentences.Length);
        Assert.All(document.Sentences, s => Assert.True(document.Blocks[s.BlockIndex].Span.Contains(s.Span)));
    }
}
