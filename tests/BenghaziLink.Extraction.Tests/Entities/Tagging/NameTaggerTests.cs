using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Entities.Tagging;
using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Tests.Entities.Tagging;

/// <summary>The shipped tagger on invented sentences: it loads from the assembly, finds a clear name of each type, and tags plain sentences as no name.</summary>
public class NameTaggerTests
{
    [Fact]
    public void Default_EmbeddedModel_LoadsWithWeights()
    {
        var model = NameTaggerModel.Default;

        Assert.True(model.FeatureCount > 10_000, $"{model.FeatureCount} features");
    }

    [Theory]
    [InlineData("Prime Minister Halvard Brennick told reporters on Tuesday that talks would resume.", "Halvard Brennick", EntityType.Person)]
    [InlineData("Heavy rain fell across Portugal on Sunday, the weather service said.", "Portugal", EntityType.Place)]
    [InlineData("Shares in Ostrander Holdings Inc rose 5 percent after the results.", "Ostrander Holdings Inc", EntityType.Group)]
    public void Tag_ClearName_FindsItWithItsType(string sentence, string name, EntityType type)
    {
        var names = Names(NameTaggerModel.Default, sentence);

        Assert.Contains((name, type), names);
    }

    [Theory]
    [InlineData("The weather was mild and the markets were calm all week.")]
    [InlineData("He said it would rain on the coast by the evening.")]
    [InlineData("Prices rose 3.5 percent in the year to June, the figures showed.")]
    public void Tag_SentenceWithoutNames_FindsNone(string sentence)
    {
        var names = Names(NameTaggerModel.Default, sentence);

        Assert.Empty(names);
    }

    [Fact]
    public void WriteThenRead_ShippedModel_TagsTheSame()
    {
        using var stream = new MemoryStream();
        NameTaggerModel.Default.Write(stream);
        stream.Position = 0;

        var copy = NameTaggerModel.Read(stream);

        const string sentence = "Prime Minister Halvard Brennick visited Portugal with officials of Ostrander Holdings Inc.";
        Assert.Equal(Names(NameTaggerModel.Default, sentence), Names(copy, sentence));
        Assert.Equal(NameTaggerModel.Default.FeatureCount, copy.FeatureCount);
    }

    [Fact]
    public void Read_NotAModel_Refuses()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)) zip.Write("hello"u8);
        stream.Position = 0;

        Assert.Throws<InvalidDataException>(() => NameTaggerModel.Read(stream));
    }

    /// <summary>The sentence as one tagger sentence, its names as (surface, type).</summary>
    internal static List<(string, EntityType)> Names(NameTaggerModel model, string sentence)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence, 0, sentence.Length, tokens);
        var lower = new HashSet<uint>();
        TaggerSentence.AddLowerWords(sentence, tokens, 0, tokens.Count, lower);
        var tags = model.Tag(TaggerSentence.Of(sentence, tokens, 0, tokens.Count, lower));
        return [.. NameTags.Spans(tags).Select(s => (sentence[tokens[s.First].Start..tokens[s.End - 1].End], s.Type))];
    }
}
