namespace BenghaziLink.Extraction.Entities.Tagging;

/// <summary>One sentence of training text: its words and, for each, the tag (<see cref="NameTags"/>) of the name it is in.</summary>
public sealed record TaggedSentence(string[] Words, byte[] Tags);

/// <summary>Sentences of one document, so that features which look across the document see the same text as at run time.</summary>
public sealed record TaggedDocument(IReadOnlyList<TaggedSentence> Sentences);

/// <summary>
/// Reads the CoNLL-2003 column format ("word POS chunk NER" a line, a blank line between sentences, "-DOCSTART-"
/// between documents, names in IOB1) into documents of words tagged B/I per type. Only the words and the last
/// column are read: text the product sees has no part-of-speech or chunk columns. PER is a person, ORG a group,
/// LOC a place; MISC (nationalities, events, titles of works) is outside any name, as in the product's gold.
/// The caller opens the file: the library reads no files.
/// </summary>
public static class ConllReader
{
    public static List<TaggedDocument> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<TaggedDocument>();
        var sentences = new List<TaggedSentence>();
        var words = new List<string>();
        var labels = new List<string>();
        void EndSentence()
        {
            if (words.Count > 0) sentences.Add(new TaggedSentence([.. words], ToBio(labels)));
            words.Clear();
            labels.Clear();
        }
        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0) documents.Add(new TaggedDocument([.. sentences]));
            sentences.Clear();
        }
        while (reader.ReadLine() is { } line)
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0) { EndSentence(); continue; }
            if (columns[0] == "-DOCSTART-") { EndDocument(); continue; }
            words.Add(columns[0]);
            labels.Add(columns.Length > 1 ? columns[^1] : "O");
        }
        EndDocument();
        return documents;
    }

    /// <summary>IOB1 ("I-PER I-PER B-PER": B only where a name follows another of its type) to B/I tags.</summary>
    internal static byte[] ToBio(IReadOnlyList<string> labels)
    {
        var tags = new byte[labels.Count];
        var previousType = -1;
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            var type = label.Length > 2 && label[1] == '-' ? TypeOf(label.AsSpan(2)) : -1;
            if (type < 0) { tags[i] = NameTags.Outside; previousType = -1; continue; }
            var begins = label[0] == 'B' || previousType != type;
            tags[i] = NameTags.Of((EntityType)type, begins);
            previousType = type;
        }
        return tags;
    }

    private static int TypeOf(ReadOnlySpan<char> type) => type switch
    {
        "PER" => (int)EntityType.Person,
        "ORG" => (int)EntityType.Group,
        "LOC" => (int)EntityType.Place,
        _ => -1,
    };
}
