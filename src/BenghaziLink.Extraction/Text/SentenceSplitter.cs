using System.Collections.Frozen;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Text;

/// <summary>
/// Tokenizes every block and splits it into sentences. A period ends a sentence unless it closes an
/// abbreviation ("Sept.", "Rep.", "(R-Mich.)"), an initial ("George W. Bush") or a dotted abbreviation
/// that the next word continues ("U.S. officials"). Closing quotes and brackets stay with their sentence.
/// </summary>
public sealed class SentenceSplitter : IDocumentProcessor
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Rep", "Reps", "Sen", "Sens", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Adm",
        "Gens", "Pres", "Sec", "Amb", "Rev", "Fr", "St", "Mt", "Ft", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "Bros", "No", "Nos", "vs", "v",
        "etc", "al", "approx", "est", "dept", "Dept", "Univ", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
        "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
        "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "cf", "e.g", "i.e", "ca", "Op", "Ed", "ed", "Vol", "vol", "p", "pp", "fig", "Fig",
    ], StringComparer.Ordinal);

    /// <summary>Abbreviations that only stand before a number ("No. 3", "pp. 12"): "No. Not yet" is a word and a stop.</summary>
    private static readonly FrozenSet<string> NumberAbbreviations = FrozenSet.ToFrozenSet(
        ["No", "Nos", "Vol", "vol", "p", "pp", "fig", "Fig"], StringComparer.Ordinal);

    /// <summary>Words that start a new sentence after a dotted abbreviation ("… in the U.S. The next day …").</summary>
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That", "These", "Those",
        "His", "Her", "Their", "Its", "Our", "There", "However", "Meanwhile", "After", "Before", "When", "While", "Some", "Many",
    ], StringComparer.Ordinal);

    public string Name => "sentences";
    public Annotations Requires => Annotations.Blocks;
    public Annotations Produces => Annotations.Sentences;

    public void Process(DocumentBuilder document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var span = document.Blocks[b].Span;
            var first = tokens.Count;
            Tokenizer.Tokenize(text, span.Start, span.End, tokens);
            Split(text, tokens, first, tokens.Count, b, document.Sentences);
        }
    }

    private void Split(string text, List<Token> tokens, int first, int last, int block, List<Sentence> sentences)
    {
        var sentenceStart = first;
        for (var t = first; t < last; t++)
        {
            if (!EndsSentence(text, tokens, t, last)) continue;
            // Closing quotes and brackets right after the stop belong to the sentence they close. A straight quote mark
            // after a space opens the next sentence's quotation instead: 'he said. "We will stay," she added.'
            var end = t;
            while (end + 1 < last && ClosesSentence(text, tokens[end], tokens[end + 1])) end++;
            if (end + 1 >= last) break;
            sentences.Add(new Sentence(new TextSpan(tokens[sentenceStart].Start, tokens[end].End), block, Name));
            sentenceStart = end + 1;
            t = end;
        }
        if (sentenceStart < last)
        {
            sentences.Add(new Sentence(new TextSpan(tokens[sentenceStart].Start, tokens[last - 1].End), block, Name));
        }
    }

    private static bool EndsSentence(string text, List<Token> tokens, int t, int last)
    {
        var token = tokens[t];
        var next = NextNonCloser(text, tokens, t, last);
        if (next < 0) return false;
        var following = tokens[next];
        var continues = following.Kind == TokenKind.Word && !following.IsCapitalized;
        if ((token.Shape & TokenShape.Dotted) != 0)
        {
            // "U.S. officials" continues; "… the U.S. The next day" does not.
            return following.Kind == TokenKind.Word && SentenceStarters.Contains(following.Of(text).ToString()) && token.End < following.Start;
        }
        if (token.Kind != TokenKind.Punctuation) return false;
        var c = text[token.Start];
        if (c is '!' or '?' or '…') return !continues && token.End < following.Start;
        if (c != '.') return false;
        if (continues || token.End == following.Start) return false;
        if (t == 0) return true;
        var previous = tokens[t - 1];
        if (previous.Kind != TokenKind.Word || previous.End != token.Start) return true;
        var word = previous.Of(text);
        var hyphen = word.LastIndexOf('-');
        if (hyphen >= 0) word = word[(hyphen + 1)..];
        // An initial ("W." in "George W. Bush") or a known abbreviation does not end the sentence.
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        if (NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return following.Kind != TokenKind.Number;
        return !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static int NextNonCloser(string text, List<Token> tokens, int t, int last)
    {
        for (var n = t + 1; n < last; n++)
        {
            if (tokens[n].Kind == TokenKind.Punctuation && IsCloser(text[tokens[n].Start])) continue;
            return n;
        }
        return -1;
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    /// <summary>Whether a closer follows the sentence's last token; a straight quote mark, which opens as well as closes, only when nothing is between them.</summary>
    private static bool ClosesSentence(string text, Token last, Token next) =>
        next.Kind == TokenKind.Punctuation && IsCloser(text[next.Start]) && (text[next.Start] is not ('"' or '\'') || next.Start == last.End);
}
