using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// A quotation in a block: from its opening mark to just after its closing mark (or the block's end when it
/// is not closed). <see cref="Transparent"/> quotations report what a source or document says ("It says:
/// ‘According to a source, …’", "a source ‘with access to …’"): attribution inside them counts. Opaque ones
/// are direct speech or titles (“We had 40 fighters,” he said; a headline): words inside them are the
/// content, never an attribution, so a "said" in a quoted headline attributes nothing.
/// </summary>
internal sealed class QuoteRegion(int start, int end, bool transparent)
{
    public int Start { get; } = start;
    public int End { get; } = end;
    public bool Transparent { get; } = transparent;

    /// <summary>The transparent quotation before this one (in this block or the one before), whose source a continuation shares.</summary>
    public QuoteRegion? Previous { get; init; }

    /// <summary>The chain of whoever the quotation is from, once known.</summary>
    public ImmutableArray<ClaimSource>? Outer { get; set; }

    public bool Contains(int position) => Start <= position && position < End;
}

internal static partial class QuoteRegions
{
    /// <summary>Blanks the opaque quotations of <paramref name="regions"/> in <paramref name="visible"/>, so patterns never match inside them.</summary>
    public static void Mask(char[] visible, List<QuoteRegion> regions)
    {
        foreach (var region in regions.Where(r => !r.Transparent))
        {
            for (var i = region.Start; i < region.End; i++) visible[i] = ClaimReader.Masked;
        }
    }

    /// <summary>The outermost quotations of <paramref name="text"/>[start..end), nested ones inside them.</summary>
    public static List<QuoteRegion> Find(string text, int start, int end, QuoteRegion? previous)
    {
        var regions = new List<QuoteRegion>();
        var lastTransparent = previous is { Transparent: true } ? previous : null;
        // The marks open so far, innermost last: a closing mark closes only a quotation opened by its own kind, so the ’
        // of a plural possessive (“the Democrats’ answer”) never closes a double quotation.
        var opened = new Stack<char>();
        var open = -1;
        var straight = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            // Two apostrophes ('') stand for a straight double quotation mark in typewritten and wire copy.
            var doubled = c == '\'' && i + 1 < end && text[i + 1] == '\'';
            if (doubled) c = '"';
            var isOpen = c is '“' or '‘' || (c == '"' && !straight);
            var isClose = c is '”' || (c == '’' && !IsApostrophe(text, i, start, end) && (opened.Count == 0 || opened.Peek() == '‘')) || (c == '"' && straight);
            if (c == '"') straight = !straight;
            if (doubled) i++;
            if (isOpen && !(c == '‘' && opened.Count == 0 && IsApostropheOpening(text, i, start)))
            {
                if (opened.Count == 0) open = doubled ? i - 1 : i;
                opened.Push(c);
            }
            else if (isClose && opened.Count > 0 && Close(opened, c))
            {
                regions.Add(Make(text, start, open, i + 1, regions.Count > 0 ? regions[^1] : previous, lastTransparent));
                if (regions[^1].Transparent) lastTransparent = regions[^1];
            }
        }
        if (opened.Count > 0) regions.Add(Make(text, start, open, end, regions.Count > 0 ? regions[^1] : previous, lastTransparent));
        return regions;
    }

    /// <summary>
    /// Closes the innermost quotation with closing mark <paramref name="mark"/>; a double closing mark also closes a single
    /// quotation left open inside its own. Whether the outermost quotation is now closed.
    /// </summary>
    private static bool Close(Stack<char> opened, char mark)
    {
        var popped = opened.Pop();
        while (mark != '’' && popped == '‘' && opened.Count > 0) popped = opened.Pop();
        return opened.Count == 0;
    }

    private static QuoteRegion Make(string text, int blockStart, int open, int end, QuoteRegion? previous, QuoteRegion? lastTransparent)
    {
        var before = text[blockStart..open].TrimEnd();
        var lastWord = LastWord().Match(before);
        var continues = previous is { Transparent: true } && text[previous.End..open].Trim().Length == 0 && previous.End <= open;
        bool transparent;
        if (before.Length == 0 || before.EndsWith(',') || before.EndsWith('.') || before.EndsWith('?') || before.EndsWith('!'))
        {
            // Speech quoted at the start of a sentence or after "said," is the speaker's words; after a quotation
            // from a document it is the same document going on.
            transparent = continues;
        }
        else if (before.EndsWith(':'))
        {
            transparent = true;
        }
        else
        {
            transparent = !lastWord.Success || !TitleWords().IsMatch(lastWord.Value);
        }
        // “It is the thing that saved us,” said the minister: words closed by a comma and followed by their speaker are
        // the speaker's own, whatever stands before them.
        if (transparent && IsSpokenBy(text, open, end)) transparent = false;
        return new QuoteRegion(open, end, transparent) { Previous = lastTransparent };
    }

    /// <summary>Whether a quotation ends with a comma inside its closing mark and a verb of saying follows it, first or after at most five words of its speaker (“…,” said X / “…,” the mayor said).</summary>
    private static bool IsSpokenBy(string text, int open, int end)
    {
        var inside = text.AsSpan(open, end - open).TrimEnd("”\"'’");
        if (inside.Length == 0 || inside[^1] != ',') return false;
        var window = SpeakerWindow().Match(text, end);
        if (!window.Success) return false;
        var verb = ClaimWords.Speech.Match(window.Value);
        return verb.Success && char.IsLower(verb.Value[0]) && ArticleDocument.CountWords(window.Value.AsSpan(0, verb.Index)) <= 5;
    }

    /// <summary>The words after a closing mark up to the next quotation or the end of the sentence.</summary>
    [GeneratedRegex(@"\G[^.;!?“”""‘\n]{1,80}", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerWindow();

    /// <summary>
    /// ’ between letters is an apostrophe (Belmokhtar’s); after a letter before a space it may close a quote. Before a
    /// figure, after a space, it stands for left-out digits (“in ’08 and ’12”), never a closing mark.
    /// </summary>
    private static bool IsApostrophe(string text, int i, int start, int end) =>
        (i > start && i + 1 < end && char.IsLetterOrDigit(text[i - 1]) && char.IsLetter(text[i + 1])) || IsElision(text, i, start, end);

    /// <summary>‘ right after a letter is a typographic apostrophe written the wrong way round; before a figure it stands for left-out digits (‘08).</summary>
    private static bool IsApostropheOpening(string text, int i, int start) => (i > start && char.IsLetter(text[i - 1])) || IsElision(text, i, start, text.Length);

    private static bool IsElision(string text, int i, int start, int end) =>
        i + 2 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && (i == start || !char.IsLetterOrDigit(text[i - 1]));

    [GeneratedRegex(@"[\p{L}]+$", RegexOptions.CultureInvariant)]
    private static partial Regex LastWord();

    /// <summary>
    /// Words after which a quotation is a title or a name, or a speaker's own words (said “…”), not a report:
    /// its words are never attributions.
    /// </summary>
    [GeneratedRegex(@"^(?:said|says|say|saying|told|added|stated|asked|wrote|replied|entitled|titled|headlined|headline|headlines|called|dubbed|named|nicknamed|slogan|banner|caption|read|reads|reading|chanted|chanting|shouted|shouting|word|words|phrase|term)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleWords();
}
