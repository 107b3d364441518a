using System.Collections.Frozen;
using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Entities.Tagging;

/// <summary>
/// One sentence as the tagger sees it: the text, its tokens [First, End), what the gazetteer and the lexicon say of
/// each token, and which words the document also writes in lower case. Built the same way from a training sentence
/// and from a document, so that the features learnt are the features read.
/// </summary>
internal sealed class TaggerSentence
{
    public required string Text { get; init; }
    public required List<Token> Tokens { get; init; }
    public required int First { get; init; }
    public required int End { get; init; }
    /// <summary>Per token of the sentence: 0, or 1 + the gazetteer kind for the first word of a place and 16 + kind for a following word.</summary>
    public required byte[] Gazetteer { get; init; }
    /// <summary>Hashes of the words the document writes starting in lower case: "Police" that starts a sentence is "police" elsewhere.</summary>
    public required HashSet<uint> LowerWords { get; init; }
    /// <summary>Every word of the sentence in capitals (a wire headline): case says little there.</summary>
    public required bool AllCaps { get; init; }

    public int Count => End - First;

    /// <summary>Each word's <see cref="TaggerFeatures"/> lexicon class, read once: a word is asked about as itself and as both neighbours' neighbour.</summary>
    private uint[]? lexical;

    public uint Lexical(int i)
    {
        lexical ??= CreateLexical(Count);
        if (lexical[i] == uint.MaxValue) lexical[i] = TaggerFeatures.Lexical(Word(i));
        return lexical[i];
    }

    private static uint[] CreateLexical(int count)
    {
        var classes = new uint[count];
        Array.Fill(classes, uint.MaxValue);
        return classes;
    }

    public ReadOnlySpan<char> Word(int i) => Tokens[First + i].Of(Text);

    /// <summary>The sentence's text lowered once, character by character as <c>char.ToLowerInvariant</c> lowers (most features read a word in lower case, some several times).</summary>
    private char[]? lowered;

    /// <summary>Word i in lower case, as <c>char.ToLowerInvariant</c> lowers each character of it.</summary>
    public ReadOnlySpan<char> LowerWord(int i)
    {
        var start = Tokens[First].Start;
        if (lowered is null)
        {
            lowered = new char[Tokens[End - 1].End - start];
            for (var c = 0; c < lowered.Length; c++) lowered[c] = char.ToLowerInvariant(Text[start + c]);
        }
        var token = Tokens[First + i];
        return lowered.AsSpan(token.Start - start, token.Length);
    }

    public static TaggerSentence Of(string text, List<Token> tokens, int first, int end, HashSet<uint> lowerWords)
    {
        var gazetteer = new byte[end - first];
        var letters = 0;
        var capitals = 0;
        for (var k = first; k < end;)
        {
            var token = tokens[k];
            if (token.IsWord)
            {
                letters++;
                if (token.IsAllCaps) capitals++;
            }
            var kind = EntityKind.OtherPlace;
            var n = token.IsWord && token.IsCapitalized ? Places.LongestPlace(text, tokens, k, end, out _, out kind) : 0;
            if (n == 0) { k++; continue; }
            gazetteer[k - first] = (byte)(1 + (int)kind);
            for (var j = 1; j < n; j++) gazetteer[k - first + j] = (byte)(16 + (int)kind);
            k += n;
        }
        return new TaggerSentence { Text = text, Tokens = tokens, First = first, End = end, Gazetteer = gazetteer, LowerWords = lowerWords, AllCaps = letters >= 3 && capitals == letters };
    }

    /// <summary>The hashes of a document's words that start with a lower-case letter.</summary>
    public static void AddLowerWords(string text, List<Token> tokens, int first, int end, HashSet<uint> words)
    {
        for (var k = first; k < end; k++)
        {
            if (tokens[k].IsWord && char.IsLower(text[tokens[k].Start])) words.Add(TaggerFeatures.Hash(0, tokens[k].Of(text), lower: true));
        }
    }
}

/// <summary>
/// The tagger's features of one word, as 32-bit hashes of a template number and its strings (nothing allocated):
/// the word, its shape, prefixes and suffixes, the words and shapes around it, the tags before it, the gazetteer
/// (place names, their kind and position), the lexicon (titles, role nouns, organisation heads, institutions,
/// nationality adjectives) and whether the document writes the word in lower case elsewhere.
/// </summary>
internal static class TaggerFeatures
{
    public const int Max = 40;

    // The hashes of the templates that read no word, and of the sentence-boundary marks, computed once.
    private static readonly uint Template1 = Hash(1, [], false);
    private static readonly uint Template21 = Hash(21, [], false);
    private static readonly uint Template22 = Hash(22, [], false);
    private static readonly uint Template26 = Hash(26, [], false);
    private static readonly uint Template27 = Hash(27, [], false);
    private static readonly uint Template28 = Hash(28, [], false);
    private static readonly uint Template29 = Hash(29, [], false);
    private static readonly uint Template31 = Hash(31, [], false);
    private static readonly uint Template32 = Hash(32, [], false);
    private static readonly uint Template33 = Hash(33, [], false);
    private static readonly uint Start15 = Hash(15, "<s>", false);
    private static readonly uint End16 = Hash(16, "</s>", false);
    private static readonly uint Start17 = Hash(17, "<s>", false);
    private static readonly uint End18 = Hash(18, "</s>", false);
    private static readonly uint Start19 = Hash(19, "<s>", false);
    private static readonly uint End20 = Hash(20, "</s>", false);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Lexicon.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = Lexicon.PersonRoles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = Lexicon.NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, EntityKind>.AlternateLookup<ReadOnlySpan<char>> GroupHeads = Lexicon.GroupHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, EntityKind>.AlternateLookup<ReadOnlySpan<char>> Known = Lexicon.KnownInstitutions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether word i needs the model: a word that starts in lower case, a number or punctuation after no name is outside any name.</summary>
    public static bool NeedsModel(TaggerSentence sentence, int i, byte previous) =>
        previous != NameTags.Outside || (sentence.Tokens[sentence.First + i].IsWord && char.IsUpper(sentence.Text[sentence.Tokens[sentence.First + i].Start]));

    /// <summary>Writes the features of word i given the two tags before it; returns how many.</summary>
    public static int Of(TaggerSentence sentence, int i, byte previous, byte beforePrevious, Span<uint> features)
    {
        var n = 0;
        var word = sentence.Word(i);
        var lower = sentence.LowerWord(i);
        var caps = sentence.AllCaps ? 1 : 0;
        features[n++] = Template1;
        features[n++] = Hash(2, lower, lower: false);
        features[n++] = Shape(3 + caps, word);
        for (var length = 1; length <= 3 && length <= word.Length; length++) features[n++] = Hash(5 + length, lower[..length], lower: false);
        for (var length = 1; length <= 4 && length <= word.Length; length++) features[n++] = Hash(10 + length, lower[^length..], lower: false);
        features[n++] = i > 0 ? Hash(15, sentence.LowerWord(i - 1), lower: false) : Start15;
        features[n++] = i + 1 < sentence.Count ? Hash(16, sentence.LowerWord(i + 1), lower: false) : End16;
        features[n++] = i > 1 ? Hash(17, sentence.LowerWord(i - 2), lower: false) : Start17;
        features[n++] = i + 2 < sentence.Count ? Hash(18, sentence.LowerWord(i + 2), lower: false) : End18;
        features[n++] = i > 0 ? Shape(19 + caps * 10, sentence.Word(i - 1)) : Start19;
        features[n++] = i + 1 < sentence.Count ? Shape(20 + caps * 10, sentence.Word(i + 1)) : End20;
        features[n++] = Mix(Template21, previous);
        features[n++] = Mix(Mix(Template22, previous), beforePrevious);
        features[n++] = Mix(Hash(23, lower, lower: false), previous);
        features[n++] = Mix(Shape(24 + caps, word), (uint)(i == 0 ? 1 : 0));
        features[n++] = Mix(Template26, sentence.Gazetteer[i]);
        if (i > 0) features[n++] = Mix(Template27, sentence.Gazetteer[i - 1]);
        if (i + 1 < sentence.Count) features[n++] = Mix(Template28, sentence.Gazetteer[i + 1]);
        features[n++] = Mix(Template29, sentence.Lexical(i));
        if (i > 0) features[n++] = Mix(Template31, sentence.Lexical(i - 1));
        if (i + 1 < sentence.Count) features[n++] = Mix(Template32, sentence.Lexical(i + 1));
        if (char.IsUpper(word[0]) && sentence.LowerWords.Contains(Hash(0, lower, lower: false))) features[n++] = Mix(Template33, (uint)(i == 0 ? 1 : 0));
        features[n++] = i + 1 < sentence.Count ? Hash(34, lower, sentence.LowerWord(i + 1)) : Hash(34, lower, "</s>");
        features[n++] = i > 0 ? Hash(35, sentence.LowerWord(i - 1), lower) : Hash(35, "<s>", lower);
        return n;
    }

    /// <summary>What the lexicon and the gazetteer's nationality adjectives say of a word, as a small number.</summary>
    internal static uint Lexical(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0])) return 0;
        if (Titles.Contains(word)) return 1;
        if (Roles.Contains(word)) return 2;
        if (GroupHeads.TryGetValue(word, out var head)) return 10 + (uint)head;
        if (Known.TryGetValue(word, out var known)) return 30 + (uint)known;
        if (Places.IsDemonym(word, out _)) return 3;
        if (NotNames.Contains(word)) return 4;
        return 0;
    }

    public static uint Hash(int template, ReadOnlySpan<char> chars, bool lower)
    {
        var h = 14695981039346656037UL ^ (ulong)template;
        h *= 1099511628211UL;
        foreach (var c in chars)
        {
            h ^= lower ? char.ToLowerInvariant(c) : c;
            h *= 1099511628211UL;
        }
        return Fold(h);
    }

    /// <summary>Two words already in lower case (<see cref="TaggerSentence.LowerWord"/>) and a space between them.</summary>
    private static uint Hash(int template, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var h = 14695981039346656037UL ^ (ulong)template;
        h *= 1099511628211UL;
        foreach (var c in first) { h ^= c; h *= 1099511628211UL; }
        h ^= ' ';
        h *= 1099511628211UL;
        foreach (var c in second) { h ^= c; h *= 1099511628211UL; }
        return Fold(h);
    }

    /// <summary>"Xx", "X.X.", "dd-dd": upper, lower and digits as X, x and d, runs of the same class written once.</summary>
    private static uint Shape(int template, ReadOnlySpan<char> word)
    {
        var h = 14695981039346656037UL ^ (ulong)template;
        h *= 1099511628211UL;
        var last = '\0';
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last) continue;
            last = s;
            h ^= s;
            h *= 1099511628211UL;
        }
        return Fold(h);
    }

    private static uint Mix(uint hash, uint value) => Fold(((ulong)hash * 1099511628211UL) ^ (value + 1) * 0x9E3779B97F4A7C15UL);

    private static uint Fold(ulong h) => (uint)(h ^ (h >> 32));
}
