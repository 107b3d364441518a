using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Entities.Tagging;

namespace BenghaziLink.Extraction.Tests.Entities.Tagging;

/// <summary>The trainer's reader of the CoNLL-2003 column format, and the trainer itself, on small invented text.</summary>
public class ConllReaderTests
{
    // Invented: two documents; IOB1 names (B- only where a name follows another of its type), a MISC name, a POS and
    // chunk column that must be ignored.
    private const string Snippet = """
        -DOCSTART- -X- -X- O

        Marta NNP I-NP I-PER
        Velasquez NNP I-NP I-PER
        joined VBD I-VP O
        Kettleby NNP I-NP I-ORG
        Mills NNPS I-NP I-ORG
        in IN I-PP O
        Zaragoza NNP I-NP I-LOC
        . . O O

        Spanish JJ I-NP I-MISC
        fans NNS I-NP O
        cheered VBD I-VP O
        . . O O

        -DOCSTART- -X- -X- O

        Lisbon NNP I-NP I-LOC
        Porto NNP I-NP B-LOC
        rail NN I-NP O
        """;

    [Fact]
    public void Read_Snippet_SplitsDocumentsAndSentences()
    {
        var documents = ConllReader.Read(new StringReader(Snippet));

        Assert.Equal(2, documents.Count);
        Assert.Equal(2, documents[0].Sentences.Count);
        Assert.Equal(["Marta", "Velasquez", "joined", "Kettleby", "Mills", "in", "Zaragoza", "."], documents[0].Sentences[0].Words);
    }

    [Fact]
    public void Read_Snippet_TurnsIob1IntoBeginAndInsideTags()
    {
        var documents = ConllReader.Read(new StringReader(Snippet));

        var first = documents[0].Sentences[0].Tags;
        Assert.Equal([
            NameTags.Of(EntityType.Person, true), NameTags.Of(EntityType.Person, false), NameTags.Outside,
            NameTags.Of(EntityType.Group, true), NameTags.Of(EntityType.Group, false), NameTags.Outside,
            NameTags.Of(EntityType.Place, true), NameTags.Outside], first);
        // MISC is no person, group or place.
        Assert.All(documents[0].Sentences[1].Tags, t => Assert.Equal(NameTags.Outside, t));
        // B- after a name of the same type starts a second name.
        Assert.Equal([(0, 1, EntityType.Place), (1, 2, EntityType.Place)], NameTags.Spans(documents[1].Sentences[0].Tags));
    }

    [Fact]
    public void Train_TinyCorpus_LearnsItsNames()
    {
        var documents = ConllReader.Read(new StringReader(Snippet));

        var model = NameTaggerTrainer.Train(documents, iterations: 10, prune: 0f);

        var (precision, recall, _) = NameTaggerTrainer.Score(model, documents);
        Assert.Equal(1.0, precision);
        Assert.Equal(1.0, recall);
    }
}
